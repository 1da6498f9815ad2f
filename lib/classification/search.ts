/**
 * Searching a code list, free of the lists themselves: the server's searchCodes (index.ts) and the
 * editor's code picker (which receives only its draft year's list as data) match the same way.
 * Nothing here imports the data files, so a browser bundle that searches does not carry them.
 */

/** A code as the editor's picker offers it: with the names of its 类 › 款 (› 项), itself last. */
export interface PickerCode {
  code: string;
  name: string;
  /** Names from the 类 down to this code (the code's own name last). */
  path: readonly string[];
}

export interface CodeName {
  code: string;
  name: string;
}

/**
 * A draft year's lists as the server hands them to the editor: every code of each scheme (类, 款,
 * 项), code and name only — the paths are rebuilt in the browser (pickerEntries), which keeps what
 * crosses the wire small.
 */
export interface PickerCodeLists {
  year: number;
  function: readonly CodeName[];
  economic: readonly CodeName[];
}

/** The codes of `digits` digits (7: 项, 5: 款) of a list, each with the names of its 类 › 款 (› 项). */
export function pickerEntries(list: readonly CodeName[], digits: number): PickerCode[] {
  const names = new Map(list.map((c) => [c.code, c.name]));
  return list
    .filter((c) => c.code.length === digits)
    .map((c) => ({
      code: c.code,
      name: c.name,
      path: [3, 5, 7].filter((n) => n < digits).map((n) => names.get(c.code.slice(0, n)) ?? c.code.slice(0, n)).concat(c.name),
    }));
}

/** "一般公共服务支出 › 政府办公厅（室）及相关机构事务 › 行政运行" */
export function pathText(path: readonly string[]): string {
  return path.join(" › ");
}

/**
 * Entries matching every word of `query` — a word of digits matches a code prefix ("2050",
 * "2080505"), any other word the entry's own name or an ancestor's ("教育" finds everything under
 * 205; "教育 行政运行" finds 2050101). In the list's order, entries whose own name matches before
 * entries found through an ancestor. An empty query gives the first `limit` entries.
 */
export function searchEntries<T extends { code: string; name: string }>(
  entries: readonly T[],
  query: string,
  ancestorNames: (entry: T) => readonly string[],
  limit = 20,
): T[] {
  const words = query.trim().split(/\s+/).filter(Boolean);
  const digits = words.filter((w) => /^\d+$/.test(w));
  const texts = words.filter((w) => !/^\d+$/.test(w));
  const direct: T[] = [];
  const inherited: T[] = [];
  for (const entry of entries) {
    if (!digits.every((d) => entry.code.startsWith(d))) continue;
    if (texts.every((t) => entry.name.includes(t))) direct.push(entry);
    else if (texts.every((t) => ancestorNames(entry).some((name) => name.includes(t)))) inherited.push(entry);
    if (direct.length >= limit) break;
  }
  return [...direct, ...inherited].slice(0, Math.max(0, limit));
}

/** The picker's search over its year's list (PickerCode carries its path). */
export function searchPickerCodes(codes: readonly PickerCode[], query: string, limit = 20): PickerCode[] {
  return searchEntries(codes, query, (c) => c.path, limit);
}

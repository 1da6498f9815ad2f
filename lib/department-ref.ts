/**
 * How a public address names a department: its **ref**.
 *
 * A budget-unit code (预算单位编码, "434") is unique within a county, not across a province: two
 * counties may each have a 434. The public pages, downloads and the API name a department by
 *
 * - its code alone ("434") — the department of that code created first on the platform, usually
 *   the only one; or
 * - its county's code, "_" and its code ("130124_434") — any department, and the only way to name
 *   a later county's department whose code an earlier one holds.
 *
 * Each department's own links use the shortest ref that names it (its canonical ref), so an
 * address once given out keeps naming the same department when another county joins with the same
 * codes. "_" never occurs in a code (DEPARTMENT_CODE), so a ref reads one way only.
 * The database side — resolving refs and each row's canonical ref in SQL — is
 * db/queries/department-ref.ts.
 */

/** A budget-unit code as the admin may create it: 1–20 digits, Latin letters or "-". */
export const DEPARTMENT_CODE = /^[0-9A-Za-z-]{1,20}$/;
export const DEPARTMENT_CODE_RULE = "部门编码须为 1–20 位数字、英文字母或 -";

const REF = /^(?:([0-9A-Za-z-]{1,20})_)?([0-9A-Za-z-]{1,20})$/;
export const REF_SEPARATOR = "_";

export interface ParsedRef {
  /** The county's code when the ref names one; null for a code alone. */
  regionCode: string | null;
  code: string;
}

/** A ref read from an address; null when it cannot name any department. */
export function parseDepartmentRef(ref: string): ParsedRef | null {
  const match = REF.exec(ref);
  if (!match) return null;
  return { regionCode: match[1] ?? null, code: match[2]! };
}

export function isDepartmentRef(ref: string): boolean {
  return REF.test(ref);
}

/** The ref naming a department through its county, valid for every department. */
export function qualifiedRef(regionCode: string, code: string): string {
  return `${regionCode}${REF_SEPARATOR}${code}`;
}

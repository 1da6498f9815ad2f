/** The data files themselves: what a new year's list must satisfy before the portal uses it. */
import { describe, expect, it } from "vitest";
import { CLASSIFICATION_YEARS, codesForYear, findCode, type ClassificationScheme } from "./index";
import { CODE_LISTS, CODE_MOVES, entryVerified, verificationCounts } from "./lists";

const SCHEMES: ClassificationScheme[] = ["function", "economic"];
const YEARS = Array.from({ length: CLASSIFICATION_YEARS.last - CLASSIFICATION_YEARS.first + 1 }, (_, i) => CLASSIFICATION_YEARS.first + i);

describe("the code lists", () => {
  it("cover 2016–2027 in both schemes, each year by exactly one list", () => {
    expect(CLASSIFICATION_YEARS).toEqual({ first: 2016, last: 2027 });
    for (const scheme of SCHEMES) {
      for (const year of YEARS) {
        const lists = CODE_LISTS.filter((l) => l.scheme === scheme && l.years.from <= year && year <= l.years.to);
        expect(lists, `${scheme} ${year}`).toHaveLength(1);
      }
    }
  });

  it("cite a source and say what was verified", () => {
    for (const list of CODE_LISTS) {
      expect(list.source.issuer).toBe("财政部");
      expect(list.source.title).toMatch(/政府收支分类科目|支出经济分类科目/);
      expect(list.verification.length).toBeGreaterThan(50);
    }
  });

  it("record each verified code as its source shows it: the code in force that year, under that name", () => {
    for (const list of CODE_LISTS) {
      const { sources, verified } = list.evidence;
      for (const v of verified) {
        const label = `${list.title}: ${v.code} ${v.name} (${v.source})`;
        const source = sources[v.source];
        expect(source, label).toBeDefined();
        expect(source!.year, label).toBeGreaterThanOrEqual(list.years.from);
        expect(source!.year, label).toBeLessThanOrEqual(list.years.to);
        expect(findCode(list.scheme, v.code, source!.year)?.name, label).toBe(v.name);
      }
      const keys = verified.map((v) => `${v.code}|${v.name}|${v.source}`);
      expect(new Set(keys).size, `${list.title}: a record twice`).toBe(keys.length);
    }
  });

  it("give every source as a web address with its year, and cite each one", () => {
    for (const list of CODE_LISTS) {
      for (const [key, source] of Object.entries(list.evidence.sources)) {
        expect(["http:", "https:"], key).toContain(new URL(source.url).protocol);
        expect(list.evidence.verified.some((v) => v.source === key), `${key} cited`).toBe(true);
      }
    }
  });

  it("state in each note how much is verified, as the records count it, and call the rest recalled", () => {
    for (const list of CODE_LISTS) {
      const counts = `${verificationCounts(list)}。`;
      expect(list.verification.slice(0, counts.length), list.title).toBe(counts);
      if (list.codes.some((entry) => !entryVerified(list, entry))) expect(list.verification).toContain("[recalled]");
    }
    const economic2018 = CODE_LISTS.find((l) => l.scheme === "economic" && l.years.from === 2018)!;
    expect(verificationCounts(economic2018)).toMatch(/^已核对：类 \d+\/\d+，款 \d+\/\d+$/);
  });

  it("count an entry verified only by a record of its own name from a year the entry is in force", () => {
    const function2019 = CODE_LISTS.find((l) => l.scheme === "function" && l.years.from === 2019)!;
    const [poverty, revitalisation] = function2019.codes.filter((e) => e.code === "21305");
    expect(poverty?.name).toBe("扶贫"); // until 2020; the 2024 source shows the 2021 name
    expect(entryVerified(function2019, poverty!)).toBe(false);
    expect(entryVerified(function2019, revitalisation!)).toBe(true);
    const renamed = { ...function2019, evidence: { ...function2019.evidence, verified: [{ code: "21305", name: "扶贫", source: "xzcs-2024-21305" }] } };
    expect(entryVerified(renamed, poverty!)).toBe(false); // the name, but 2024 is outside 2019–2020
  });

  it("keep each entry's own years inside its list's years, and give each year's codes in ascending (official) order", () => {
    for (const list of CODE_LISTS) {
      for (const entry of list.codes) {
        expect(entry.from ?? list.years.from).toBeGreaterThanOrEqual(list.years.from);
        expect(entry.to ?? list.years.to).toBeLessThanOrEqual(list.years.to);
        expect(entry.from ?? list.years.from).toBeLessThanOrEqual(entry.to ?? list.years.to);
      }
    }
    for (const scheme of SCHEMES) {
      for (const year of YEARS) {
        const codes = codesForYear(scheme, year).map((c) => c.code);
        expect(codes, `${scheme} ${year}`).toEqual([...codes].sort());
      }
    }
  });

  for (const scheme of SCHEMES) {
    it(`${scheme}: every code well formed, under an existing parent, once a year with one name`, () => {
      for (const year of YEARS) {
        const codes = codesForYear(scheme, year);
        const seen = new Set<string>();
        for (const c of codes) {
          expect(c.code, `${year}`).toMatch(scheme === "function" ? /^2\d{2}(\d{2}){0,2}$/ : /^3\d{2}(\d{2})?$/);
          expect({ 3: "类", 5: "款", 7: "项" }[c.code.length]).toBe(c.level);
          expect(seen.has(c.code), `${c.code} twice in ${scheme} ${year}`).toBe(false);
          seen.add(c.code);
          if (c.level === "类") expect(c.parent).toBeNull();
          else {
            expect(c.code.startsWith(c.parent!)).toBe(true);
            expect(findCode(scheme, c.parent!, year), `parent of ${c.code} in ${year}`).toBeDefined();
          }
          expect(c.name.trim()).toBe(c.name);
        }
      }
    });
  }

  it("hold every 类 of the function classification and the 款 county departments use", () => {
    const classes = (year: number) => codesForYear("function", year).filter((c) => c.level === "类").map((c) => c.code);
    expect(classes(2018)).toEqual([
      "201", "202", "203", "204", "205", "206", "207", "208", "209", "210", "211", "212", "213", "214", "215",
      "216", "217", "219", "220", "221", "222", "223", "227", "229", "230", "231", "232", "233",
    ]);
    expect(classes(2020)).toEqual(expect.arrayContaining(["224", "234"]));
    expect(classes(2022)).toContain("224");
    expect(classes(2022)).not.toContain("234");
    for (const code of ["2010301", "2010302", "2010350", "2010399", "2080501", "2080502", "2080505", "2080506", "2101101", "2101102", "2210201", "2210202", "2210203"]) {
      expect(findCode("function", code, 2019), code).toBeDefined();
      expect(findCode("function", code, 2025), code).toBeDefined();
    }
    expect(findCode("function", "2080505", 2016)?.name).toBe("机关事业单位基本养老保险缴费支出");
    // Every 类 in force has at least one 款.
    for (const year of YEARS) {
      const codes = codesForYear("function", year);
      for (const c of codes.filter((x) => x.level === "类" && x.code !== "227")) {
        expect(codes.some((x) => x.parent === c.code), `${c.code} ${year}`).toBe(true);
      }
    }
  });

  it("hold the whole economic classification 301–399 to the 款, with the 三公 and 人员经费 codes", () => {
    const codes = codesForYear("economic", 2024);
    expect(codes.filter((c) => c.level === "类").map((c) => c.code)).toEqual(["301", "302", "303", "307", "309", "310", "311", "312", "313", "399"]);
    for (const code of ["30101", "30108", "30113", "30212", "30217", "30219", "30223", "30231", "30299", "30302", "31002", "31013", "39999"]) {
      expect(findCode("economic", code, 2024), code).toBeDefined();
    }
    expect(codes.every((c) => c.level !== "项")).toBe(true);
  });

  it("record moves whose old code ends and whose new code starts the year of the move", () => {
    for (const move of CODE_MOVES) {
      const label = `${move.from} → ${move.to} (${move.year})`;
      expect(findCode(move.scheme, move.from, move.year - 1), label).toBeDefined();
      expect(findCode(move.scheme, move.from, move.year), label).toBeUndefined();
      expect(findCode(move.scheme, move.to, move.year), label).toBeDefined();
      expect(move.from.length, label).toBe(move.to.length);
    }
  });
});

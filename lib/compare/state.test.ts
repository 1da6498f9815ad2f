import { describe, expect, it } from "vitest";
import {
  MAX_DEPARTMENTS,
  compareHref,
  parseCompareQuery,
  resolveCompareState,
  serializeCompareState,
  withDepartment,
  withoutDepartment,
  type CompareState,
} from "./state";
import { noticeText } from "./labels";

const known = { departmentRefs: ["434", "401", "402", "403"], availableYears: [2016, 2017, 2018, 2019] };

function resolve(params: Record<string, string | string[]> | URLSearchParams, k = known) {
  const parsed = parseCompareQuery(params);
  const resolved = resolveCompareState(parsed.query, k);
  return { ...resolved, parseNotices: parsed.notices, q: parsed.query.q };
}

describe("parsing the comparison URL", () => {
  it("reads the issue's example", () => {
    const { state, notices, parseNotices } = resolve(
      new URLSearchParams("departments=434,401,402,403&years=2016,2017,2018,2019&measure=total&chart=bar"),
    );
    expect(state).toEqual({ departments: ["434", "401", "402", "403"], years: [2016, 2017, 2018, 2019], measure: "total", chart: "bar" });
    expect([...notices, ...parseNotices]).toEqual([]);
  });

  it("accepts the form's repeated fields and keeps the order of departments", () => {
    const { state } = resolve(new URLSearchParams("departments=402,434&years=2019&years=2017&measure=sangongTotal&chart=line&q=教育"));
    expect(state).toEqual({ departments: ["402", "434"], years: [2017, 2019], measure: "sangongTotal", chart: "line" });
  });

  it("defaults: measure total, bar chart, every year with published data", () => {
    const { state } = resolve({});
    expect(state).toEqual({ departments: [], years: [2016, 2017, 2018, 2019], measure: "total", chart: "bar" });
  });

  it("drops unknown and malformed codes and duplicates, with a notice", () => {
    const { state, notices, parseNotices } = resolve({ departments: "434,999,434,<script>,401" });
    expect(state.departments).toEqual(["434", "401"]);
    expect(parseNotices).toEqual([{ kind: "unknown-departments", values: ["<script>"] }]);
    expect(notices).toEqual([{ kind: "unknown-departments", values: ["999"] }]);
  });

  it("keeps at most 20 departments", () => {
    const codes = Array.from({ length: 25 }, (_, i) => String(100 + i));
    const { state, parseNotices } = resolve({ departments: codes.join(",") }, { departmentRefs: codes, availableYears: [2018] });
    expect(state.departments).toEqual(codes.slice(0, MAX_DEPARTMENTS));
    expect(parseNotices).toEqual([{ kind: "too-many-departments", values: codes.slice(20) }]);
  });

  it("keeps at most 20 years, the latest", () => {
    const years = Array.from({ length: 25 }, (_, i) => 2000 + i);
    const all = { departmentRefs: [], availableYears: years };
    expect(resolve({}, all).state.years).toEqual(years.slice(5));
    const asked = resolve({ years: years.join(",") }, all);
    expect(asked.state.years).toEqual(years.slice(5));
    expect(asked.notices).toEqual([{ kind: "too-many-years", values: ["2000", "2001", "2002", "2003", "2004"] }]);
  });

  it("drops invalid and unpublished years; with none left, shows every year", () => {
    const some = resolve({ years: "2018,abc,2031,1800" });
    expect(some.state.years).toEqual([2018]);
    expect(some.parseNotices).toEqual([{ kind: "unknown-years", values: ["abc", "1800"] }]);
    expect(some.notices).toEqual([{ kind: "unknown-years", values: ["2031"] }]);
    expect(resolve({ years: "2031" }).state.years).toEqual([2016, 2017, 2018, 2019]);
  });

  it("falls back on an unknown measure or chart, with a notice", () => {
    const { state, parseNotices } = resolve({ measure: "salary", chart: "pie" });
    expect(state.measure).toBe("total");
    expect(state.chart).toBe("bar");
    expect(parseNotices.map((n) => n.kind)).toEqual(["invalid-measure", "invalid-chart"]);
  });

  it("takes a function or economic class as the measure (fn:205, econ:30201, a 项 fn:2050101)", () => {
    for (const measure of ["fn:205", "fn:20502", "fn:2050101", "econ:301", "econ:30201"]) {
      const { state, parseNotices } = resolve({ measure });
      expect(state.measure).toBe(measure);
      expect(parseNotices).toEqual([]);
    }
  });

  it("refuses an unknown or malformed class with a Chinese message and compares the total instead", () => {
    const unknown = resolve({ measure: "fn:999" });
    expect(unknown.state.measure).toBe("total");
    expect(unknown.parseNotices).toEqual([{ kind: "invalid-class", values: [expect.stringContaining("支出功能分类中没有科目编码 999")] }]);
    expect(noticeText(unknown.parseNotices[0]!).zh).toMatch(/没有科目编码 999.*已改为“支出总计”/);
    for (const measure of ["econ:2050101", "fn:20", "fn:205,206", `fn:${"9".repeat(300)}`, "fn:<b>205</b>"]) {
      const bad = resolve({ measure });
      expect(bad.state.measure).toBe("total");
      expect(bad.parseNotices[0]?.kind).toBe("invalid-class");
      expect(bad.parseNotices[0]!.values.join("").length).toBeLessThan(150);
    }
  });

  it("caps the search text", () => {
    expect(resolve({ q: "  教育  " }).q).toBe("教育");
    expect(resolve({ q: "x".repeat(80) }).q).toHaveLength(50);
  });
});

describe("serialising the state", () => {
  const state: CompareState = { departments: ["434", "401", "402", "403"], years: [2016, 2017, 2018, 2019], measure: "total", chart: "bar" };

  it("writes the canonical, readable URL", () => {
    expect(compareHref(state)).toBe("/compare?departments=434,401,402,403&years=2016,2017,2018,2019&measure=total&chart=bar");
    expect(serializeCompareState(state, { q: "县 教育", format: "csv" })).toContain("&q=%E5%8E%BF%20%E6%95%99%E8%82%B2&format=csv");
  });

  it("round-trips: parse(serialise(state)) is the state", () => {
    const states: CompareState[] = [
      state,
      { departments: [], years: [2018], measure: "assetTotal", chart: "line" },
      { departments: ["403", "434"], years: [2016, 2019], measure: "sangongReception", chart: "bar" },
      { departments: ["401", "402"], years: [2016, 2017, 2018, 2019], measure: "fn:205", chart: "line" },
      { departments: ["401"], years: [2019], measure: "econ:30201", chart: "bar" },
    ];
    for (const s of states) {
      const again = resolve(new URLSearchParams(serializeCompareState(s)));
      expect(again.state).toEqual(s);
      expect([...again.notices, ...again.parseNotices]).toEqual([]);
    }
  });

  it("adds and removes departments without duplicates or exceeding the limit", () => {
    expect(withDepartment(state, "405").departments).toEqual(["434", "401", "402", "403", "405"]);
    expect(withDepartment(state, "401")).toBe(state);
    expect(withoutDepartment(state, "401").departments).toEqual(["434", "402", "403"]);
    const full = { ...state, departments: Array.from({ length: 20 }, (_, i) => String(i)) };
    expect(withDepartment(full, "999")).toBe(full);
  });
});

describe("notices of a refused class", () => {
  it("keep the whole Chinese message through the merge", async () => {
    const { mergeNotices } = await import("./state");
    const { notices } = parseCompareQuery({ measure: "fn:999" });
    expect(mergeNotices(notices, [])[0]!.values[0]).toMatch(/^支出功能分类中没有科目编码 999（已收录\d{4}—\d{4}年），无法按此比较。$/);
  });
});

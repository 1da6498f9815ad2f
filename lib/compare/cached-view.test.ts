import { describe, expect, it } from "vitest";
import { HEADLINE_MEASURES } from "../disclosure/figures";
import { compareRewrites, formRedirect, viewQuery } from "./cached-view";
import { parseCompareQuery } from "./state";

describe("compareRewrites", () => {
  const all = [...compareRewrites(), ...compareRewrites("/en")];
  const rules = all.filter((r) => r.source === "/compare");

  it("tries the fullest address first (the portal's own links carry all four parameters), the bare one last", () => {
    expect(rules.map((r) => (r.has ?? []).length)).toEqual([4, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 0]);
  });

  it("has the same rules for the English page, into the English cached route (the Chinese one is under /zh)", () => {
    const english = all.filter((r) => r.source === "/en/compare");
    expect(english).toHaveLength(16);
    expect(english.map((r) => r.destination)).toEqual(rules.map((r) => r.destination.replace(/^\/zh\//, "/en/")));
  });

  it("has one rule per combination of present and absent parameters, each sending q and form submissions on", () => {
    expect(rules).toHaveLength(16);
    const combos = new Set(rules.map((r) => (r.has ?? []).map((h) => h.key).join("+")));
    expect(combos.size).toBe(16);
    for (const rule of rules) {
      expect(rule.source).toBe("/compare");
      expect(rule.missing?.map((m) => m.key)).toEqual(expect.arrayContaining(["q", "form"]));
    }
  });

  it("carries present values into the path and fills absent ones with the defaults", () => {
    const all = rules.find((r) => r.has?.length === 4)!;
    expect(all.destination).toBe("/zh/compare/view/:departments/:years/:measure/:chart");
    const none = rules.find((r) => (r.has ?? []).length === 0)!;
    expect(none.destination).toBe("/zh/compare/view/_none/all/total/bar");
    const noChart = rules.find((r) => r.has?.length === 3 && !r.has.some((h) => h.key === "chart"))!;
    expect(noChart.destination).toBe("/zh/compare/view/:departments/:years/:measure/bar");
  });

  it("accepts only path-safe values (Next anchors each pattern)", () => {
    const pattern = (key: string) => new RegExp(`^${rules.find((r) => r.has?.length === 4)!.has!.find((h) => h.key === key)!.value}$`);
    expect(pattern("departments").test("434,401,a-1")).toBe(true);
    expect(pattern("departments").test("434/../x")).toBe(false);
    expect(pattern("departments").test("<script>")).toBe(false);
    expect(pattern("years").test("2016,2017")).toBe(true);
    expect(pattern("years").test("2016 or 1=1")).toBe(false);
    for (const measure of HEADLINE_MEASURES) expect(pattern("measure").test(measure)).toBe(true);
    expect(pattern("measure").test("salary")).toBe(false);
    // A class's 类 or 款 that a code list holds is kept; a 项, an unknown code or anything else is not.
    for (const measure of ["fn:205", "fn:20502", "econ:301", "econ:30201"]) expect(pattern("measure").test(measure)).toBe(true);
    for (const measure of ["fn:999", "fn:2050101", "econ:99999", "fn:205/x"]) expect(pattern("measure").test(measure)).toBe(false);
    expect(pattern("chart").test("line")).toBe(true);
    expect(pattern("chart").test("pie")).toBe(false);
  });
});

describe("viewQuery", () => {
  it("decodes the segments, which reach the page still encoded after the rewrite", () => {
    expect(viewQuery({ departments: "434%2C401", years: "2016%2C2017", measure: "total", chart: "bar" })).toEqual({
      departments: "434,401",
      years: "2016,2017",
      measure: "total",
      chart: "bar",
    });
  });

  it("reads the cached route's segments as the query they stand for", () => {
    expect(parseCompareQuery(viewQuery({ departments: "434,401", years: "2016,2017", measure: "basic", chart: "line" })).query).toEqual(
      parseCompareQuery(new URLSearchParams("departments=434,401&years=2016,2017&measure=basic&chart=line")).query,
    );
    expect(parseCompareQuery(viewQuery({ departments: "_none", years: "all", measure: "total", chart: "bar" })).query).toEqual(
      parseCompareQuery(new URLSearchParams("")).query,
    );
  });
});

describe("formRedirect", () => {
  it("sends a form submission (years repeated, empty search, the form marker) to the canonical address", () => {
    const submitted = new URLSearchParams("departments=434,401&form=1&q=&years=2017&years=2016&measure=total&chart=bar");
    expect(formRedirect(submitted)).toBe("/compare?departments=434,401&years=2016,2017&measure=total&chart=bar");
    expect(formRedirect({ departments: "434", years: ["2016", "2017"] })).toBe("/compare?departments=434&years=2016,2017&measure=total&chart=bar");
  });

  it("leaves alone what is already canonical, a search, and values the page must correct with a notice", () => {
    expect(formRedirect(new URLSearchParams("departments=434&years=2016,2017&measure=total&chart=bar"))).toBeNull();
    expect(formRedirect(new URLSearchParams("departments=434&q=办公室&form=1"))).toBeNull();
    expect(formRedirect(new URLSearchParams("departments=434&years=19x8&form=1"))).toBeNull();
  });
});

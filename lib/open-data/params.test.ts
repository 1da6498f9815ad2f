import { describe, expect, it } from "vitest";
import { departmentsQuery, disclosuresQuery, figuresQuery, parseQuery, pathCode, pathYear } from "./params";

const q = (query: string) => new URLSearchParams(query);

describe("open-data parameters", () => {
  it("defaults page 1 and pageSize 50, and accepts 1–200", () => {
    expect(parseQuery(departmentsQuery, q(""))).toEqual({ ok: true, value: { page: 1, pageSize: 50 } });
    expect(parseQuery(departmentsQuery, q("page=3&pageSize=200&other=x"))).toEqual({ ok: true, value: { page: 3, pageSize: 200 } });
    expect(parseQuery(departmentsQuery, q("pageSize=1"))).toMatchObject({ ok: true, value: { pageSize: 1 } });
  });

  it.each(["page=0", "page=-1", "page=1.5", "page=abc", "page=", "pageSize=0", "pageSize=201", "pageSize=1e2", "page=1&page=2"])(
    "refuses %s with a bilingual 400 naming the parameter",
    (query) => {
      const result = parseQuery(departmentsQuery, q(query));
      expect(result.ok).toBe(false);
      if (result.ok) return;
      const name = query.split("=")[0]!;
      expect(result.error).toMatchObject({ status: 400, code: "invalid_parameter", parameters: [{ name }] });
      expect(result.error.message).toMatch(/请求参数无效/);
      expect(result.error.messageEn).toMatch(/Invalid query parameter/);
      expect(result.error.parameters?.[0]?.messageEn).toContain(name);
    },
  );

  it("reads the disclosure filters", () => {
    expect(parseQuery(disclosuresQuery, q("year=2018&department=434"))).toEqual({
      ok: true,
      value: { page: 1, pageSize: 50, year: 2018, department: "434" },
    });
    expect(parseQuery(disclosuresQuery, q("year=18")).ok).toBe(false);
    expect(parseQuery(disclosuresQuery, q("year=2018&year=2019")).ok).toBe(false);
    expect(parseQuery(disclosuresQuery, q("department=4%2034")).ok).toBe(false);
    expect(parseQuery(disclosuresQuery, q("department=a'b")).ok).toBe(false);
  });

  it("reads comma lists of departments and years, de-duplicated, and a measure defaulting to total", () => {
    expect(parseQuery(figuresQuery, q("departments=401,434,401&years=2017, 2018"))).toEqual({
      ok: true,
      value: { departments: ["401", "434"], years: [2017, 2018], measure: "total" },
    });
    expect(parseQuery(figuresQuery, q("departments=401&departments=434&years=2018&measure=sangongTotal"))).toMatchObject({
      ok: true,
      value: { departments: ["401", "434"], measure: "sangongTotal" },
    });
  });

  it("refuses missing lists, bad items, too many items and unknown measures, naming each", () => {
    const bad = parseQuery(figuresQuery, q("departments=&years=20x8&measure=salary"));
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.error.parameters?.map((p) => p.name)).toEqual(["departments", "years", "measure"]);
    expect(bad.error.parameters?.[2]?.message).toContain("sangongTotal");
    const many = Array.from({ length: 101 }, (_, i) => String(i)).join(",");
    expect(parseQuery(figuresQuery, q(`departments=${many}&years=2018`)).ok).toBe(false);
    expect(parseQuery(figuresQuery, q("years=2018")).ok).toBe(false);
  });

  it("reads path codes and years, or nothing", () => {
    expect(pathCode("434")).toBe("434");
    expect(pathCode("../x")).toBeNull();
    expect(pathYear("2018")).toBe(2018);
    expect(pathYear("2018.csv")).toBeNull();
    expect(pathYear("1800")).toBeNull();
  });
});

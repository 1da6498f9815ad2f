import { describe, expect, it } from "vitest";
import { label, labelf, LABELS } from "./labels";
import { isDepartmentRef } from "../../lib/department-ref";
import { measureParam, pageParam, searchQuery, yearParam } from "./url-params";

describe("URL parameters", () => {
  it("takes one search text, trimmed, spaces collapsed, at most 50 characters", () => {
    expect(searchQuery(undefined)).toBe("");
    expect(searchQuery("  县  教育局 ")).toBe("县 教育局");
    expect(searchQuery(["434", "401"])).toBe("434");
    expect(searchQuery("财".repeat(80))).toHaveLength(50);
  });

  it("accepts only known measures, codes and four-digit years", () => {
    expect(measureParam("sangongTotal")).toBe("sangongTotal");
    expect(measureParam("constructor")).toBe("total");
    expect(measureParam(undefined)).toBe("total");
    expect(measureParam(["basic"])).toBe("basic");
    expect(isDepartmentRef("434")).toBe(true);
    expect(isDepartmentRef("../x")).toBe(false);
    expect(isDepartmentRef("130124_434")).toBe(true); // another county's 434
    expect(isDepartmentRef("130124_")).toBe(false);
    expect(isDepartmentRef("a_b_434")).toBe(false);
    expect(yearParam("2018")).toBe(2018);
    expect(yearParam("18")).toBeNull();
    expect(yearParam("2018.csv")).toBeNull();
  });

  it("reads a page number, 1 for anything else", () => {
    expect(pageParam("3")).toBe(3);
    expect(pageParam(["2", "5"])).toBe(2);
    expect(pageParam("999999")).toBe(999999);
    for (const bad of [undefined, null, "", "0", "-1", "1e3", "07", "1000000", "２"]) expect(pageParam(bad)).toBe(1);
  });
});

describe("labels", () => {
  it("has both languages for every label and fills placeholders", () => {
    for (const entry of Object.values(LABELS)) {
      expect(entry.zh.length).toBeGreaterThan(0);
      expect(entry.en.length).toBeGreaterThan(0);
    }
    expect(label("searchLabel")).toBe("搜索部门名称或编码");
    expect(label("searchLabel", "en")).toBe("Search by department name or code");
    expect(labelf("yearLinkName", { name: "正定县人民政府办公室", year: 2018 })).toBe("正定县人民政府办公室2018年部门预算");
    expect(labelf("yearLink", { year: 2016 })).toBe("2016年");
  });
});

import { describe, expect, it } from "vitest";
import {
  ClassificationYearError,
  SANGONG_ECONOMIC_CODES,
  codePath,
  codesForYear,
  equivalentCode,
  findCode,
  personnelOrPublic,
  searchCodes,
} from "./index";

const codesOf = (list: { code: string }[]) => list.map((c) => c.code);

describe("findCode and codePath", () => {
  it("answer a code with its name for that year (the 2019 renames keep their codes)", () => {
    expect(findCode("function", "207", 2018)?.name).toBe("文化体育与传媒支出");
    expect(findCode("function", "207", 2019)?.name).toBe("文化旅游体育与传媒支出");
    expect(findCode("function", "210", 2018)?.name).toBe("医疗卫生与计划生育支出");
    expect(findCode("function", "210", 2019)?.name).toBe("卫生健康支出");
    expect(findCode("function", "224", 2018)).toBeUndefined();
    expect(findCode("function", "9999999", 2019)).toBeUndefined();
  });

  it("walks 类 → 款 → 项", () => {
    expect(codePath("function", "2010301", 2018).map((c) => `${c.level}${c.code}${c.name}`)).toEqual([
      "类201一般公共服务支出",
      "款20103政府办公厅（室）及相关机构事务",
      "项2010301行政运行",
    ]);
    expect(codesOf(codePath("economic", "30217", 2020))).toEqual(["302", "30217"]);
    expect(codePath("function", "2101101", 2017)).toEqual([]); // 21011 only from 2018
  });

  it("lists a year in official order and never lets a caller change it", () => {
    const codes = codesForYear("function", 2019);
    expect(codesOf(codes.slice(0, 3))).toEqual(["201", "20101", "2010101"]);
    expect(() => (codes as unknown as unknown[]).push({})).toThrow();
  });
});

describe("years outside the lists", () => {
  it("throw a ClassificationYearError that names the covered years", () => {
    for (const call of [
      () => codesForYear("function", 2015),
      () => findCode("economic", "30101", 2028),
      () => searchCodes("function", 1999, "教育"),
      () => codePath("function", "205", 2030),
      () => equivalentCode("function", "205", 2019, 2028),
      () => codesForYear("function", 2019.5),
    ]) {
      expect(call).toThrow(ClassificationYearError);
    }
    expect(() => codesForYear("function", 2015)).toThrow("2015年的政府收支分类科目尚未收录（已收录2016—2027年）");
  });
});

describe("searchCodes (the editor's picker)", () => {
  it("finds by name: 教育 gives the class first, then what lies under it", () => {
    const found = searchCodes("function", 2020, "教育", 50);
    expect(found[0]?.code).toBe("205");
    expect(codesOf(found)).toEqual(expect.arrayContaining(["20501", "20502", "2050201"]));
    expect(found.every((c) => c.code.startsWith("205") || c.name.includes("教育"))).toBe(true);
  });

  it("finds by code prefix, in official order, up to the limit", () => {
    const found = searchCodes("function", 2020, "2050", 5);
    expect(codesOf(found)).toEqual(["20501", "2050101", "2050102", "2050103", "2050199"]);
    expect(searchCodes("function", 2020, "2080505").map((c) => c.name)).toEqual(["机关事业单位基本养老保险缴费支出"]);
  });

  it("finds 行政运行 in every 款 that has it, and narrows by the 款's or 类's name", () => {
    const all = searchCodes("function", 2019, "行政运行", 500);
    expect(all.length).toBeGreaterThan(30);
    expect(all.every((c) => c.level === "项" && c.name === "行政运行")).toBe(true);
    expect(codesOf(searchCodes("function", 2019, "教育 行政运行"))).toEqual(["2050101"]);
    expect(codesOf(searchCodes("function", 2019, "201 行政运行", 3))).toEqual(["2010101", "2010201", "2010301"]);
  });

  it("offers only codes valid that year", () => {
    expect(codesOf(searchCodes("function", 2018, "市场监督"))).toEqual([]);
    expect(codesOf(searchCodes("function", 2019, "市场监督", 1))).toEqual(["20138"]);
    expect(searchCodes("economic", 2019, "公务接待").map((c) => c.code)).toEqual(["30217"]);
    expect(searchCodes("function", 2019, "不存在的科目")).toEqual([]);
  });
});

describe("equivalentCode", () => {
  it("answers the 2019 renames both ways", () => {
    expect(equivalentCode("function", "207", 2018, 2019)).toBe("207");
    expect(equivalentCode("function", "207", 2019, 2018)).toBe("207");
    expect(equivalentCode("function", "210", 2016, 2025)).toBe("210");
    expect(equivalentCode("function", "210", 2025, 2016)).toBe("210");
  });

  it("follows moved codes both ways, across several years", () => {
    expect(equivalentCode("function", "2100501", 2016, 2024)).toBe("2101101");
    expect(equivalentCode("function", "2101101", 2024, 2016)).toBe("2100501");
    expect(equivalentCode("function", "22004", 2018, 2019)).toBe("22405");
    expect(equivalentCode("function", "22405", 2020, 2017)).toBe("22004");
    expect(equivalentCode("economic", "30311", 2017, 2018)).toBe("30113");
  });

  it("gives undefined where there is no single answer", () => {
    expect(equivalentCode("function", "20138", 2019, 2018)).toBeUndefined(); // three 款 merged into it
    expect(equivalentCode("function", "20110", 2018, 2019)).toBeUndefined(); // dropped
    expect(equivalentCode("function", "224", 2018, 2019)).toBeUndefined(); // not valid in 2018
    expect(equivalentCode("function", "20115", 2018, 2019)).toBe("20138"); // forward the merge is clear
  });
});

describe("personnelOrPublic and the 三公 codes", () => {
  it("splits 基本支出 into 人员经费 (301, 303) and 公用经费 (the rest)", () => {
    expect(personnelOrPublic("30101")).toBe("personnel");
    expect(personnelOrPublic("303")).toBe("personnel");
    expect(personnelOrPublic("30302")).toBe("personnel");
    expect(personnelOrPublic("30201")).toBe("public");
    expect(personnelOrPublic("31002")).toBe("public");
    expect(() => personnelOrPublic("2010301")).toThrow("不是支出经济分类的类或款编码");
    expect(() => personnelOrPublic("")).toThrow();
  });

  it("names 三公 items by economic 款s that exist in every year since the 2018 reform", () => {
    for (let year = 2016; year <= 2027; year++) {
      for (const code of Object.values(SANGONG_ECONOMIC_CODES)) {
        expect(findCode("economic", code, year), `${code} ${year}`).toBeDefined();
      }
    }
    expect(findCode("economic", SANGONG_ECONOMIC_CODES.vehicleOperation, 2020)?.name).toBe("公务用车运行维护费");
  });
});

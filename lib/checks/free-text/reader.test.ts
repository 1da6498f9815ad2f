import { describe, expect, it } from "vitest";
import { measureById } from "./measures";
import { readClaims, type Claim } from "./reader";

const priorYear = 2017;
/** "kind measure quote" per claim, e.g. "change sangongReception 减少5万元". */
function read(text: string, explains?: string): string[] {
  const options = { priorYear, ...(explains ? { explains: measureById(explains) } : {}) };
  return readClaims(text, options).map((c: Claim) => `${c.kind}${c.kind === "level" ? `:${c.year}` : ""} ${c.measure.id} ${c.quote}`);
}

describe("reading numbers in 说明 texts", () => {
  it("ties each amount of the seed's 三公 sentence to the item named just before it", () => {
    expect(
      read("2018年我部门财政拨款三公经费预算安排79.1万元，其中：因公出国（境）费0万元；公务用车购置及运维费57.1万元（包含：公务用车购置费0万元，公务用车运行维护费57.1万元）；公务接待费 22万元。"),
    ).toEqual([
      "level:current sangongTotal 79.1万元",
      "level:current sangongAbroad 0万元",
      "level:current sangongVehicle 57.1万元",
      "level:current sangongVehiclePurchase 0万元",
      "level:current sangongVehicleOperation 57.1万元",
      "level:current sangongReception 22万元",
    ]);
  });

  it("reads changes, a verb before the name, and 持平 for every item of a list", () => {
    expect(
      read("2018年预算收支安排1028.57万元，较2017年预算减少206.78万元，其中基本支出减少52.58万元，主要包括：因人员变化减少人员经费支出69.72万元。"),
    ).toEqual([
      "level:current expenditureTotal 1028.57万元",
      "change expenditureTotal 减少206.78万元",
      "change basic 减少52.58万元",
      "change personnel 减少人员经费支出69.72万元",
    ]);
    expect(read("公务用车购置费、公务用车运行维护费、公务接待费与上年持平。")).toEqual([
      "flat sangongVehiclePurchase 持平",
      "flat sangongVehicleOperation 持平",
      "flat sangongReception 持平",
    ]);
  });

  it("reads 机关运行经费's own 公务用车运行维护费 line as that line, not as the 三公 item", () => {
    const text = "2018年机关运行经费共计安排88.68万元，用于保障我部门正常运转。主要包括：办公及印刷费12.4万元、公务用车运行维护费17.1万元、公务接待费3万元。";
    expect(read(text)).toEqual(["level:current operatingCosts 88.68万元"]);
    expect(read(`${text}三公经费79.1万元，其中公务用车运行维护费57.1万元。`)).toContain("level:current sangongVehicleOperation 57.1万元");
  });

  it("tells a revenue source from the total its name ends with (一般预算收入 is not 预算收入)", () => {
    expect(read("2018年预算收入1028.57万元，其中：一般预算收入1028.57万元，基金预算收入0万元")).toEqual([
      "level:current revenueTotal 1028.57万元",
      "level:current revenue.general 1028.57万元",
      "level:current revenue.fund 0万元",
    ]);
  });

  it("reads full-width digits, full-width signs and thousands separators", () => {
    expect(read("公务接待费比上年下降１６．６７％，收入总计1，028.57万元，支出总计2,500元")).toEqual([
      "percent sangongReception 下降16.67%",
      "level:current revenueTotal 1028.57万元",
      "level:current expenditureTotal 2500元",
    ]);
  });

  it("reads last year's amount as such, and a percentage only with a verb of change", () => {
    expect(read("上年公务接待费27万元，2017年基本支出758.15万元")).toEqual([
      "level:prior sangongReception 27万元",
      "level:prior basic 758.15万元",
    ]);
    expect(read("公务接待费增幅为3%，降幅3%，占三公经费的27.8%，下降2个百分点")).toEqual([
      "percent sangongReception 增幅为3%",
      "percent sangongReception 降幅3%",
    ]);
  });

  it("in a reason field, a clause that compares with last year and names nothing else is about the field's item", () => {
    expect(read("严格执行接待标准，比上年下降10%", "sangongReception")).toEqual(["percent sangongReception 下降10%"]);
    expect(read("压减接待批次，同比减少1万元", "sangongReception")).toEqual(["change sangongReception 减少1万元"]);
    expect(read("车辆未增加，与上年持平", "sangongVehicleOperation")).toEqual(["flat sangongVehicleOperation 持平"]);
    // Without the comparison, or in a text that explains nothing, the same clause is not read.
    expect(read("严格执行接待标准，下降10%", "sangongReception")).toEqual([]);
    expect(read("严格执行接待标准，比上年下降10%")).toEqual([]);
  });

  it("reads nothing from counts, dates, document numbers, standards, hedges, other years or lists", () => {
    for (const text of [
      "根据〔2019〕5号文件，新增编制3人，车辆2辆，项目12项，2019年12月31日前完成",
      "对外联络服务满意率≥95%，差错率<5%",
      "公务接待费约下降20%，人员经费增长10%以上，接待费标准每人100元/餐",
      "公务接待费比2015年下降40%",
      "人员经费和日常公用经费共计380万元",
      "公务接待费与上年基本持平",
      "接待人次比上年下降30%",
    ]) expect(read(text, "sangongReception"), text).toEqual([]);
    // A project's amount after the project total is the project's, not the total's.
    expect(read("项目支出323万元，包括人防办经费项目60万元")).toEqual(["level:current project 323万元"]);
  });
});

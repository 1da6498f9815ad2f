import { describe, expect, it } from "vitest";
import { ZHENGDING_434_2018 } from "../../db/seed/zhengding-434-2018";
import { wan } from "../money";
import {
  assetsSentence,
  changeSentence,
  chineseDate,
  expenditureSentence,
  movement,
  narrative,
  operatingCostsSentence,
  revenueSentence,
  sangongChangeSentence,
  sangongItemsSentence,
} from "./narrative";
import { chineseNumeral, itemNumber, sectionNumber, subsectionNumber } from "./numbering";
import type { DisclosureDocument } from "./schema";

const SEED = ZHENGDING_434_2018;

/** A copy without any stated figure: every sentence then prints derived figures. */
function derivedOnly(doc: DisclosureDocument): DisclosureDocument {
  const copy = structuredClone(doc);
  delete copy.revenue.statedTotal;
  delete copy.expenditure.statedTotal;
  delete copy.expenditure.statedBasic;
  delete copy.expenditure.statedProject;
  copy.change.stated = {};
  delete copy.operatingCosts.statedTotal;
  delete copy.sangong.statedTotal;
  delete copy.sangong.statedVehicle;
  delete copy.sangong.statedChange;
  delete copy.assets.statedPlannedTotal;
  delete copy.assets.table.statedTotal;
  return copy;
}

describe("numbering", () => {
  it("writes Chinese numerals up to 99", () => {
    expect([1, 2, 9, 10, 11, 14, 19, 20, 21, 35, 99].map(chineseNumeral)).toEqual([
      "一", "二", "九", "十", "十一", "十四", "十九", "二十", "二十一", "三十五", "九十九",
    ]);
    expect(() => chineseNumeral(0)).toThrow(RangeError);
    expect(() => chineseNumeral(100)).toThrow(RangeError);
    expect(() => chineseNumeral(1.5)).toThrow(RangeError);
  });

  it("numbers sections, subsections and items", () => {
    expect(sectionNumber(1)).toBe("一、");
    expect(sectionNumber(9)).toBe("九、");
    expect(subsectionNumber(3)).toBe("（三）");
    expect(itemNumber(14)).toBe("14、");
  });
});

describe("narrative of the 2018 seed, as published", () => {
  it("revenue", () => {
    expect(revenueSentence(SEED, 2018)).toBe(
      "反映本部门当年全部收入，2018年预算收入1028.57万元，其中：一般预算收入1028.57万元，基金预算收入0.00万元，财政专户核拨收入0.00万元，其它来源收入0.00万元。",
    );
  });

  it("expenditure", () => {
    expect(expenditureSentence(SEED, 2018)).toBe(
      "收支预算总表支出栏、基本支出表、项目支出表按经济分类和支出功能分类科目编制，反映我部门本年度支出预算的总体情况。" +
        "2018年支出预算1028.57万元，其中：基本支出705.57万元，包括人员经费616.89万元和日常公用经费88.68万元；" +
        "项目支出323.00万元，包括政府政务信息及门户网站运行经费项目29.50万元、人防办经费项目60.00万元、大气办和治超办工作经费50.00万元、" +
        "招聘合同制人员做好应急值守工作经费16.50万元、保障政府办公室正常运转工作经费130.00万元、" +
        "政府金融办、法制办、整治办、外侨办及法律顾问等工作经费37.00万元。",
    );
  });

  it("change prints the stated total change, slip included", () => {
    expect(changeSentence(SEED, 2018)).toBe(
      "2018年预算收支安排1028.57万元，较2017年预算减少206.78万元，其中基本支出减少52.58万元，主要包括：因人员变化减少人员经费支出69.72万元，因工作实际增加日常公用经费支出17.14万元。" +
        "项目支出减少154.00万元，主要为2018年正博会秘书处预算划归商务局，我办不再安排预算。",
    );
  });

  it("change prints the derived figure where nothing was stated", () => {
    expect(changeSentence(derivedOnly(SEED), 2018)).toContain("较2017年预算减少206.58万元");
  });

  it("operating costs", () => {
    expect(operatingCostsSentence(SEED, 2018)).toBe(
      "2018年机关运行经费共计安排88.68万元，用于保障我部门正常运转。主要包括：办公及印刷费12.40万元、邮电费21.68万元、差旅费2.50万元、会议费2.50万元、工会经费6.05万元、福利费3.97万元、公务用车运行维护费17.10万元、其他交通费用21.59万元、其他商品服务支出0.89万元。",
    );
  });

  it("三公 items and change", () => {
    expect(sangongItemsSentence(SEED, 2018)).toBe(
      "2018年我部门财政拨款三公经费预算安排79.10万元，其中：因公出国（境）费0.00万元；公务用车购置及运维费57.10万元（包含：公务用车购置费0.00万元，公务用车运行维护费57.10万元）；公务接待费22.00万元。",
    );
    expect(sangongChangeSentence(SEED)).toBe(
      "我部门财政拨款三公经费与上年相比减少5.00万元，其中：因公出国（境）费比上年减少5.00万元，减少原因是该项预算由财政局统筹安排，要求部门不再编制；公务用车购置费、公务用车运行维护费、公务接待费与上年持平。",
    );
  });

  it("assets", () => {
    expect(assetsSentence(SEED, 2018)).toBe(
      "我部门上年末固定资产金额为5308.07万元，2018年我部门拟安排固定资产购置预算7.00万元：分别是空调4台，预算2.00万元、办公电脑和打印机8套，预算4.40万元、办公沙发1套，预算0.23万元、其他办公类资产预算0.37万元。",
    );
  });

  it("bundles every sentence", () => {
    const all = narrative(SEED, 2018);
    expect(all.revenue).toBe(revenueSentence(SEED, 2018));
    expect(all.sangongChange).toBe(sangongChangeSentence(SEED));
    expect(Object.keys(all)).toHaveLength(7);
  });

  it("writes dates the Chinese way", () => {
    expect(chineseDate("2017-12-31")).toBe("2017年12月31日");
    expect(chineseDate("2019-01-05")).toBe("2019年1月5日");
  });
});

describe("narrative of changed data", () => {
  it("chooses 增加 / 减少 / 持平 from the sign", () => {
    expect([movement(1), movement(-1), movement(0)]).toEqual(["增加", "减少", "持平"]);
  });

  it("an increase, with an unchanged item left out of the details", () => {
    const doc = derivedOnly(SEED);
    doc.change.prior = { personnel: wan("616.89"), publicFunds: wan("80"), project: wan("300") };
    doc.change.reasons.project = "新增应急平台运维项目";
    expect(changeSentence(doc, 2018)).toBe(
      "2018年预算收支安排1028.57万元，较2017年预算增加31.68万元，其中基本支出增加8.68万元，主要包括：因工作实际增加日常公用经费支出8.68万元。" +
        "项目支出增加23.00万元，主要为新增应急平台运维项目。",
    );
  });

  it("no change at all", () => {
    const doc = derivedOnly(SEED);
    doc.change.prior = { personnel: wan("616.89"), publicFunds: wan("88.68"), project: wan("323") };
    doc.change.reasons.project = "";
    expect(changeSentence(doc, 2018)).toBe(
      "2018年预算收支安排1028.57万元，与2017年预算持平，其中基本支出与上年持平。项目支出与上年持平。",
    );
  });

  it("三公 increase and decrease together, a changed item without reason", () => {
    const doc = derivedOnly(SEED);
    doc.sangong.current.reception = wan("25");
    doc.sangong.reasons.reception = "迎接省级检查任务增加";
    doc.sangong.current.vehicleOperation = wan("50");
    expect(sangongItemsSentence(doc, 2018)).toBe(
      "2018年我部门财政拨款三公经费预算安排75.00万元，其中：因公出国（境）费0.00万元；公务用车购置及运维费50.00万元（包含：公务用车购置费0.00万元，公务用车运行维护费50.00万元）；公务接待费25.00万元。",
    );
    expect(sangongChangeSentence(doc)).toBe(
      "我部门财政拨款三公经费与上年相比减少9.10万元，其中：因公出国（境）费比上年减少5.00万元，减少原因是该项预算由财政局统筹安排，要求部门不再编制；" +
        "公务用车运行维护费比上年减少7.10万元；公务接待费比上年增加3.00万元，增加原因是迎接省级检查任务增加；公务用车购置费与上年持平。",
    );
  });

  it("三公 unchanged", () => {
    const doc = derivedOnly(SEED);
    doc.sangong.prior.abroad = 0;
    expect(sangongChangeSentence(doc)).toBe("我部门财政拨款三公经费与上年持平。");
  });

  it("no planned asset purchases, and an intro without closing punctuation", () => {
    const doc = derivedOnly(SEED);
    doc.assets.plannedPurchases = [];
    expect(assetsSentence(doc, 2018)).toBe(
      "我部门上年末固定资产金额为5308.07万元，2018年我部门未安排固定资产购置预算。",
    );
    doc.expenditure.intro = "";
    doc.expenditure.projects = [];
    expect(expenditureSentence(doc, 2018)).toBe(
      "2018年支出预算705.57万元，其中：基本支出705.57万元，包括人员经费616.89万元和日常公用经费88.68万元；项目支出0.00万元。",
    );
  });
});

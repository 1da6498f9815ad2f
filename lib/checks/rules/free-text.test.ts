/**
 * Real-style sentences (the wording of county disclosures and of the seed 434/2018) written into
 * the texts of the consistent fixture, whose figures (万元) are: personnel 300.20 (prior 280,
 * +20.20, +7.21 %), public 60.30 (prior 70.30, −10, −14.22 %), basic 360.50 (+10.20, +2.91 %),
 * project 140 (prior 200, −60, −30 %), total 500.50 (prior 550.30, −49.80, −9.05 %), revenue
 * 500.50 = 480.50 + 20, 机关运行经费 60.30; 三公 20 (prior 23, −3, −13.04 %): 出国 0 (prior 2),
 * 购置 0 (0), 运行维护 15 (15), 接待 5 (prior 6, −1, −16.67 %).
 */
import { describe, expect, it } from "vitest";
import { consistentDocument } from "../fixture";
import { runChecks } from "../index";
import { expectOneFinding } from "../test-helpers";
import { freeTextNumbers } from "./free-text";
import type { DisclosureDocument } from "../../disclosure/schema";

type TextField =
  | "overview" | "revenue.intro" | "expenditure.intro" | "operatingCosts.purpose" | "otherMatters"
  | "change.reasons.personnel" | "change.reasons.publicFunds" | "change.reasons.project"
  | "sangong.reasons.abroad" | "sangong.reasons.vehiclePurchase" | "sangong.reasons.vehicleOperation" | "sangong.reasons.reception";

function withText(field: TextField, text: string): DisclosureDocument {
  const doc = consistentDocument();
  const [root, a, b] = field.split(".") as [string, string?, string?];
  if (b !== undefined) (doc as unknown as Record<string, Record<string, Record<string, string>>>)[root]![a!]![b] = text;
  else if (a !== undefined) (doc as unknown as Record<string, Record<string, string>>)[root]![a] = text;
  else (doc as unknown as Record<string, string>)[root] = text;
  return doc;
}

const findings = (field: TextField, text: string) => freeTextNumbers.check(withText(field, text), {});

const CONSISTENT: readonly (readonly [TextField, string])[] = [
  ["sangong.reasons.reception", "严格执行公务接待标准，比上年下降16.67%"],
  ["sangong.reasons.reception", "严格控制接待批次和陪餐人数，较上年下降17%"],
  ["sangong.reasons.reception", "公务接待费比上年减少1万元，主要是压减接待批次"],
  ["sangong.reasons.reception", "公务接待费比上年减少１万元"],
  ["sangong.reasons.abroad", "因公出国（境）费比上年减少2万元，下降100%，原因是本年度未安排出国计划"],
  ["sangong.reasons.vehicleOperation", "公务用车运行维护费与上年持平"],
  ["sangong.reasons.vehicleOperation", "车辆数量未变，与上年持平"],
  ["overview", "2025年财政拨款三公经费预算20万元，较上年减少3万元，下降13.04%。"],
  ["overview", "我部门2025年收入总计500.5万元，支出总计500.50万元。"],
  ["expenditure.intro", "基本支出360.5万元，包括人员经费300.2万元和日常公用经费60.3万元；项目支出140万元。"],
  ["change.reasons.personnel", "因新增编制人员3人，人员经费比上年增长7.2%"],
  ["change.reasons.publicFunds", "严格落实过紧日子要求，比上年下降14%"],
  ["change.reasons.project", "项目支出较上年减少60万元，下降30%，主要为应急值守经费压减"],
  ["otherMatters", "本部门基本支出同比增长2.91%。"],
  ["otherMatters", "2025年收支预算较2024年预算减少49.8万元，下降9.05%。"],
  ["revenue.intro", "反映本部门当年全部收入，其中一般公共预算拨款收入480.5万元，政府性基金预算拨款收入20万元"],
  ["operatingCosts.purpose", "机关运行经费60.30万元，用于保障机关正常运转"],
  ["otherMatters", "公务接待费预算50000元，上年公务接待费6万元。"],
  ["otherMatters", "因工作实际减少日常公用经费支出10万元，因人员变化增加人员经费支出20.2万元。"],
  ["otherMatters", "公务接待费上年预算6万元，本年5万元。"],
  ["otherMatters", "公务接待费比上年减少1万元，为5万元。"],
  [
    "overview",
    "2025年“三公”经费预算数为20万元，比2024年减少3万元，下降13%。其中：因公出国（境）费0万元，比上年减少2万元；" +
      "公务用车购置及运行费15万元，与上年预算数持平；公务接待费5万元，比上年减少1万元，降幅为16.7%。",
  ],
];

/** [field, text, what the finding must name]. */
const MISMATCHED: readonly (readonly [TextField, string, readonly string[]])[] = [
  ["sangong.reasons.reception", "严格执行公务接待标准，比上年下降10%", ["公务接待费说明写“下降10%”，按数据计算为下降16.67%"]],
  ["sangong.reasons.reception", "公务接待费比上年增长16.67%", ["写“增长16.67%”", "下降16.67%"]],
  ["sangong.reasons.reception", "公务接待费比上年减少2万元", ["写“减少2万元”", "减少1.00万元"]],
  ["sangong.reasons.abroad", "本年度未安排出国计划，比上年减少3万元", ["因公出国（境）费说明", "减少3万元", "减少2.00万元"]],
  ["sangong.reasons.vehicleOperation", "公务用车运行维护费比上年增加1.5万元", ["增加1.5万元", "持平"]],
  ["sangong.reasons.vehicleOperation", "公务用车运行维护费比上年下降3.5%", ["下降3.5%", "持平"]],
  ["overview", "三公经费较上年减少3万元，下降15%", ["总体情况说明中“三公”经费写“下降15%”", "下降13.04%"]],
  ["otherMatters", "人员经费增加30万元。", ["其他需要说明的事项中人员经费", "增加30万元", "增加20.20万元"]],
  ["change.reasons.personnel", "因人员变化，人员经费比上年增长8%", ["增长8%", "增长7.21%"]],
  ["change.reasons.publicFunds", "日常公用经费比上年增长14.22%", ["增长14.22%", "下降14.22%"]],
  ["change.reasons.project", "项目支出比上年下降25%", ["下降25%", "下降30.00%"]],
  ["expenditure.intro", "项目支出150万元", ["支出说明中项目支出写“150万元”", "140.00万元"]],
  ["revenue.intro", "本年收入总计520万元", ["520万元", "500.50万元"]],
  ["otherMatters", "基本支出同比增长3.4%", ["增长3.4%", "增长2.91%"]],
  ["operatingCosts.purpose", "机关运行经费共计安排62万元", ["62万元", "60.30万元"]],
  ["otherMatters", "上年公务接待费5万元", ["写上年“5万元”", "上年为6.00万元"]],
  ["otherMatters", "支出总计５１０万元", ["510万元", "500.50万元"]],
  ["overview", "收入总计1,028.57万元", ["1028.57万元", "500.50万元"]],
  ["otherMatters", "公务用车购置费、公务用车运行维护费、公务接待费与上年持平。", ["公务接待费写“持平”", "减少1.00万元"]],
  ["overview", "本部门2025年收支总预算510万元。", ["支出总计写“510万元”", "500.50万元"]],
  ["otherMatters", "2025年“三公”经费预算数为20万元，比上年减少3万元，下降10%。", ["写“下降10%”", "下降13.04%"]],
];

/** Numbers that name no measure, or that cannot be compared: nothing, however wrong they look. */
const NOTHING_TO_COMPARE: readonly (readonly [TextField, string])[] = [
  ["otherMatters", "根据县委〔2019〕5号文件精神，严格控制一般性支出。"],
  ["otherMatters", "本年度新增编制人员3人，购置执法车辆2辆，共安排项目12项。"],
  ["otherMatters", "上述工作于2019年12月31日前完成。"],
  ["otherMatters", "对外联络服务满意率≥95%，差错率下降5个百分点。"],
  ["otherMatters", "公务接待费占三公经费的25%。"],
  ["sangong.reasons.reception", "接待人次比上年下降30%"],
  ["otherMatters", "公务接待费约下降20%，人员经费增长10%以上。"],
  ["expenditure.intro", "项目支出140万元，包括政务服务经费项目90万元、应急值守经费项目100万元。"],
  ["otherMatters", "人员经费和日常公用经费共计380万元。"],
  ["otherMatters", "公务接待费比2022年下降40%。"],
  ["sangong.reasons.reception", "公务接待费与上年基本持平"],
  ["otherMatters", "机关运行经费比上年增长5%，收入总计比上年增长12%。"], // prior years the document does not hold
  ["change.reasons.project", "主要为政务服务经费减少40万元"],
  ["otherMatters", "一般公共预算财政拨款基本支出800万元，财政拨款项目支出90万元。"], // the part one source funds
  ["overview", "收入总预算比上年增加100万元，增长25%。"], // last year's revenue: not held
  ["otherMatters", "因退休减少人员经费15万元，因新增人员增加人员经费35.2万元。"], // parts of one change, by cause
  ["change.reasons.project", "压减会议费，下降10%"], // a part of the project change, not said to compare with last year
  ["sangong.reasons.vehiclePurchase", "按规定更新一辆已达报废年限的执法执勤用车，单价不超过18万元"],
];

describe("numbers in 说明 texts (rule text.numbers)", () => {
  it.each(CONSISTENT)("%s “%s” agrees: no finding", (field, text) => {
    expect(findings(field, text)).toEqual([]);
  });

  it.each(MISMATCHED)("%s “%s” disagrees: one warning naming both numbers", (field, text, mentions) => {
    expectOneFinding(findings(field, text), { ruleId: "text.numbers", severity: "warning", field, mentions });
  });

  it.each(NOTHING_TO_COMPARE)("%s “%s” names no comparable measure: nothing", (field, text) => {
    expect(findings(field, text)).toEqual([]);
  });

  it("has at least 30 real-style sentences, half of them consistent", () => {
    expect(CONSISTENT.length + MISMATCHED.length).toBeGreaterThanOrEqual(30);
    expect(CONSISTENT.length).toBeGreaterThanOrEqual(MISMATCHED.length);
  });

  it("a mismatch is a warning: it blocks nothing, and reaches runChecks", () => {
    const all = runChecks(withText("sangong.reasons.reception", "比上年下降10%"));
    expect(all.map((f) => [f.ruleId, f.severity])).toEqual([["text.numbers", "warning"]]);
  });

  it("reads each claim once per text and reports every text that disagrees", () => {
    const doc = withText("otherMatters", "人员经费增加30万元。人员经费增加30万元。");
    doc.overview = "基本支出同比增长3.4%";
    expect(freeTextNumbers.check(doc, {}).map((f) => f.field)).toEqual(["overview", "otherMatters"]);
  });
});

describe("revenue and 机关运行经费 changes, compared once the prior year is known", () => {
  const withPriors = (text: string, priors: { revenue: number | null; operating: number | null }) => {
    const doc = withText("otherMatters", text);
    doc.revenue.prior = priors.revenue;
    doc.operatingCosts.prior = priors.operating;
    return freeTextNumbers.check(doc, {});
  };
  // Revenue 500.50 against 455.00 (+45.50, +10.00 %); 机关运行经费 60.30 against 70.30 (−10).
  const stated = { revenue: 4_550_000, operating: 703_000 };

  it("agrees with what the lines and the stated prior year give", () => {
    expect(withPriors("收入总计比上年增加45.5万元，增长10%。机关运行经费比上年减少10万元。", stated)).toEqual([]);
  });

  it("finds a revenue percentage or a 机关运行经费 change that disagrees, naming both numbers", () => {
    const found = withPriors("收入总计比上年增长20%。机关运行经费比上年减少12万元。", stated);
    expect(found.map((f) => f.message)).toEqual([
      expect.stringMatching(/收入总计.*增长20%.*增长10\.00%/),
      expect.stringMatching(/机关运行经费.*减少12万元.*减少10\.00万元/),
    ]);
  });

  it("says nothing while the prior year is not stated", () => {
    expect(withPriors("收入总计比上年增长20%。机关运行经费比上年减少12万元。", { revenue: null, operating: null })).toEqual([]);
  });
});

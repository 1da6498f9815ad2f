import { describe, expect, it } from "vitest";
import { runChecks } from "../checks";
import { consistentDocument } from "../checks/fixture";
import { wan } from "../money";
import { deriveFigures, headlineFigures } from "./figures";
import { expenditureSentence, narrative, sangongItemsSentence, staffSentence } from "./narrative";
import { ZHENGDING_434_2018 } from "../../db/seed/zhengding-434-2018";
import { draftFromPrevious, emptyDocument } from "./new-draft";
import { documentWithLines } from "./tables/fixture";

describe("a figure not stated", () => {
  it("prints no sentence in a new draft: no 0.00万元, no 与上年持平", () => {
    const text = narrative(emptyDocument(2026), 2026);
    expect(text.revenue).toBe("");
    expect(text.expenditure).toBe("");
    expect(text.change).toBe("");
    expect(text.operatingCosts).toBe("");
    expect(text.sangongChange).toBe("");
    expect(Object.values(text).join("")).not.toContain("持平");
  });

  it("is named by the completeness check instead", () => {
    const messages = runChecks(emptyDocument(2026)).filter((f) => f.ruleId === "completeness.not-stated").map((f) => f.message);
    // 收入 and 机关运行经费 are marked, so named by the registry's warnings (below), not here.
    expect(messages).toEqual([
      "预算支出：未列示支出金额，不生成支出说明",
      "比上年增减：未列示上年人员经费、日常公用经费、项目支出，相应增减额和增减率不予生成",
      "“三公”经费：未列示上年因公出国（境）费、公务用车购置费、公务用车运行维护费、公务接待费，相应增减不予生成",
      "人员情况：未列示编制数和实有人数",
      "部门预算公开表：未填列支出明细（按支出功能分类科目），公开表无法生成",
    ]);
  });

  it("is every figure of a new draft: each named for the editor, none published as 0", () => {
    const doc = emptyDocument(2026);
    const headline = headlineFigures(doc);
    const unstated = ["total", "basic", "personnel", "publicFunds", "sangongTotal", "sangongAbroad", "sangongVehiclePurchase", "sangongVehicleOperation", "sangongReception", "operatingCosts"] as const;
    for (const m of unstated) expect(headline[m], m).toBeNull();
    const f = deriveFigures(doc);
    expect([f.revenueTotal, f.revenueCurrent, f.operatingCosts]).toEqual([null, null, null]);
    const warnings = runChecks(doc).filter((x) => x.ruleId.startsWith("completeness.not-stated.")).map((x) => x.message);
    expect(warnings).toEqual([
      "收入：本年收入未列示",
      "预算支出：人员经费未列示",
      "预算支出：日常公用经费未列示",
      "机关运行经费：本年机关运行经费未列示",
      "“三公”经费：因公出国（境）费未列示",
      "“三公”经费：公务用车购置费未列示",
      "“三公”经费：公务用车运行维护费未列示",
      "“三公”经费：公务接待费未列示",
    ]);
  });

  it("is every figure of a draft copied from last year: its carried rows state no 0.00", () => {
    const previous = consistentDocument();
    const next = draftFromPrevious(previous, 2026);
    expect(next.operatingCosts.items.length).toBeGreaterThan(0); // the rows are carried…
    const f = deriveFigures(next);
    expect([f.revenueTotal, f.operatingCosts, f.personnel, f.publicFunds, f.sangong.total]).toEqual([null, null, null, null, null]); // …the figures not
    expect(narrative(next, 2026).operatingCosts).toBe("");
    expect(headlineFigures(next).operatingCosts).toBeNull();
    // Last year's figures are the prior year as before.
    expect(next.operatingCosts.prior).toBe(deriveFigures(previous).operatingCosts);
    expect(next.revenue.prior).toBe(deriveFigures(previous).revenueTotal);
    // A last year that stated no revenue, 机关运行经费 or expenditure (nothing entered) gives no 0.00 base.
    const blank = emptyDocument(2025);
    delete blank.revenue.notStated;
    delete blank.operatingCosts.notStated;
    const after = draftFromPrevious(blank, 2026);
    expect([after.revenue.prior, after.operatingCosts.prior]).toEqual([null, null]);
    expect(after.change.prior).toEqual({ personnel: null, publicFunds: null, project: null });
  });

  it("is no longer 未列示 for 人员经费 / 日常公用经费 once the budget lines state them; revenue 未列示 is not compared with the lines", () => {
    const doc = emptyDocument(2025);
    doc.lines = structuredClone(documentWithLines().lines);
    const findings = runChecks(doc);
    const ids = findings.map((x) => x.ruleId);
    expect(ids).not.toContain("completeness.not-stated.personnel");
    expect(ids).not.toContain("completeness.not-stated.public-funds");
    expect(ids).not.toContain("lines.revenue-by-source");
    expect(ids).not.toContain("lines.typed-figures");
    expect(ids).toContain("completeness.not-stated.revenue");
    expect(deriveFigures(doc).personnel).toBe(deriveFigures(documentWithLines()).personnel);
    doc.revenue.notStated = false; // stated 0.00 while the lines spend: now a finding
    expect(runChecks(doc).map((x) => x.ruleId)).toContain("lines.revenue-by-source");
  });

  it("reads a revenue with nothing entered and no mark (an older draft) as not stated, not as 0.00", () => {
    const doc = emptyDocument(2026);
    delete doc.revenue.notStated;
    delete doc.operatingCosts.notStated;
    const f = deriveFigures(doc);
    expect([f.revenueTotal, f.revenueCurrent, f.operatingCosts]).toEqual([null, null, null]);
    doc.revenue.sources[1]!.amount = 5;
    expect(deriveFigures(doc).revenueTotal).toBe(5);
  });

  it("is not 0: a stated prior year of 0 gives a change, an unstated one gives none", () => {
    const doc = consistentDocument();
    doc.change.stated = {};
    doc.change.prior.project = null;
    const f = deriveFigures(doc);
    expect(f.change.project).toBeNull();
    expect(f.change.total).toBeNull();
    expect(f.changePercent.basic).toBe(2.91);
    expect(narrative(doc, 2025).change).toBe("");
    doc.change.prior.project = 0;
    expect(deriveFigures(doc).change.project).toBe(wan("140"));
    expect(deriveFigures(doc).changePercent.project).toBeNull(); // nothing to divide by
  });

  it("takes last year's published figure as the base where the document states none", () => {
    const doc = consistentDocument();
    doc.change.stated = {};
    doc.change.prior = { personnel: null, publicFunds: null, project: null };
    const previous = consistentDocument();
    const f = deriveFigures(doc, previous);
    expect(f.prior.total).toBe(wan("500.50"));
    expect(f.change.total).toBe(0);
    expect(f.revenuePrior).toBe(wan("500.50"));
    expect(narrative(doc, 2025, previous).change).toContain("与2024年预算持平");
  });
});

describe("changes and percentages with their prior-year base", () => {
  it("cover revenue, 机关运行经费 and every 三公 item", () => {
    const doc = documentWithLines();
    doc.revenue.prior = wan("476.67");
    doc.operatingCosts.prior = wan("50");
    const f = deriveFigures(doc);
    expect(f.revenueChange).toBe(wan("23.83"));
    expect(f.revenueChangePercent).toBe(5);
    expect(f.operatingCostsChangePercent).toBe(20.6);
    expect(f.sangongChangePercent).toMatchObject({ abroad: -100, vehicleOperation: 0, reception: -16.67, total: -13.04 });
    const text = narrative(doc, 2025);
    expect(text.revenue).toContain("2025年预算收入500.50万元，比上年增加23.83万元，增长5.00%，其中：");
    expect(text.operatingCosts).toContain("共计安排60.30万元，比上年增加10.30万元，增长20.60%");
  });

  it("come from the lines where the document has lines", () => {
    const doc = documentWithLines();
    doc.lines!.expenditure[0]!.amount += wan("1");
    expect(deriveFigures(doc).personnel).toBe(wan("301.20"));
    expect(runChecks(doc).map((f) => f.ruleId)).toContain("lines.typed-figures");
  });
});

describe("staff counts", () => {
  it("are told as stated", () => {
    expect(staffSentence(documentWithLines())).toBe("本部门编制数30人；实有人数40人，其中在职28人、离退休12人。");
    expect(staffSentence(consistentDocument())).toBe("");
  });
});

describe("this year's 三公 items, 人员经费 and 日常公用经费 not stated", () => {
  /** The consistent fixture without the figures a historic text printed: every total computed. */
  function computedOnly() {
    const doc = consistentDocument();
    for (const key of ["statedTotal", "statedVehicle", "statedChange"] as const) delete doc.sangong[key];
    for (const key of ["statedTotal", "statedBasic", "statedProject"] as const) delete doc.expenditure[key];
    doc.change.stated = {};
    return doc;
  }

  it("name the item 未列示, with no total, 公务用车 sum, change or percentage built on it", () => {
    const doc = computedOnly();
    doc.sangong.current.vehicleOperation = null;
    const f = deriveFigures(doc);
    expect([f.sangong.vehicle, f.sangong.total, f.sangongChange.vehicleOperation, f.sangongChangePercent.total]).toEqual([null, null, null, null]);
    expect(f.sangong.abroad).not.toBeNull();
    const sentence = sangongItemsSentence(doc, 2025);
    expect(sentence).toContain("公务用车运行维护费未列示");
    expect(sentence).toMatch(/^2025年我部门财政拨款三公经费预算安排中：/);
    expect(sentence).toContain("公务用车购置及运维费（包含：");
    expect(narrative(doc, 2025).sangongChange).not.toContain("公务用车运行维护费比上年");
  });

  it("print no 三公 sentence at all when no item is stated", () => {
    const doc = computedOnly();
    doc.sangong.current = { abroad: null, vehiclePurchase: null, vehicleOperation: null, reception: null };
    expect(sangongItemsSentence(doc, 2025)).toBe("");
    expect(narrative(doc, 2025).sangongChange).toBe("");
  });

  it("leave 基本支出 and the totals unknown when 日常公用经费 is not stated", () => {
    const doc = computedOnly();
    doc.expenditure.publicFunds = null;
    const sentence = expenditureSentence(doc, 2025);
    expect(sentence).toContain("基本支出包括人员经费");
    expect(sentence).toContain("日常公用经费未列示");
    expect(sentence).not.toMatch(/支出预算\d/);
    expect(deriveFigures(doc).changePercent.basic).toBeNull();
    expect(runChecks(doc).filter((finding) => finding.severity === "error")).toEqual([]);
  });

  it("in a document with printed totals (434/2018): the printed total over it is no longer printed, and the check says so", () => {
    const doc = structuredClone(ZHENGDING_434_2018);
    expect(narrative(doc, 2018).sangongItems).toContain("预算安排79.10万元");
    expect(narrative(doc, 2018).sangongItems).toContain("公务用车购置及运维费57.10万元");
    expect(narrative(doc, 2018).sangongChange).toContain("减少5.00万元");
    doc.sangong.current.vehicleOperation = null;
    const text = narrative(doc, 2018);
    expect(text.sangongItems).not.toContain("79.10");
    expect(text.sangongItems).not.toContain("57.10");
    expect(text.sangongItems).toContain("公务用车运行维护费未列示");
    expect(text.sangongItems).toContain("公务接待费22.00万元"); // the stated items stay
    expect(text.sangongChange).toBe("");
    const messages = runChecks(doc).filter((x) => x.ruleId === "completeness.not-stated").map((x) => [x.field, x.message]);
    expect(messages).toContainEqual(["sangong.statedTotal", "原文所列“三公”经费合计79.10万元：其中有未列示的数字，公开页面不印出此数"]);
    expect(messages).toContainEqual(["sangong.statedVehicle", "原文所列公务用车购置及运行维护费57.10万元：其中有未列示的数字，公开页面不印出此数"]);
    expect(messages).toContainEqual(["sangong.statedChange", "原文所列“三公”经费比上年增减-5.00万元：其中有未列示的数字，公开页面不印出此数"]);

    const personnel = structuredClone(ZHENGDING_434_2018);
    personnel.expenditure.personnel = null;
    const spent = narrative(personnel, 2018);
    expect(spent.expenditure).not.toContain("1028.57");
    expect(spent.expenditure).not.toContain("705.57");
    expect(spent.expenditure).toContain("人员经费未列示");
    expect(spent.expenditure).toContain("项目支出323.00万元"); // a printed figure over stated parts stays
    expect(spent.change).toBe("");
    const fields = runChecks(personnel).filter((x) => x.ruleId === "completeness.not-stated").map((x) => x.field);
    expect(fields).toEqual(expect.arrayContaining(["expenditure.statedTotal", "expenditure.statedBasic"]));

    const operating = structuredClone(ZHENGDING_434_2018);
    operating.operatingCosts.notStated = true;
    expect(narrative(operating, 2018).operatingCosts).toBe("");
    expect(runChecks(operating).map((x) => x.field)).toContain("operatingCosts.statedTotal");
    // The seed itself, every part stated, prints and is checked as before.
    expect(runChecks(ZHENGDING_434_2018).filter((x) => x.message.startsWith("原文所列"))).toEqual([]);
  });

  it("are not 0: the seed's stated 0.00 三公 items still print as 0.00", () => {
    const text = narrative(ZHENGDING_434_2018, 2018);
    expect(text.sangongItems).toContain("0.00万元");
    expect(text.sangongItems).not.toContain("未列示");
  });
});

describe("收入 and 机关运行经费 marked 未列示 (revenue.notStated / operatingCosts.notStated)", () => {
  const ruleIds = (doc: ReturnType<typeof consistentDocument>) => runChecks(doc).map((f) => f.ruleId);

  it("机关运行经费: no figure, change or sentence, a null headline, and the completeness warning instead", () => {
    const doc = consistentDocument();
    doc.operatingCosts.prior = wan("50");
    expect(narrative(doc, 2025).operatingCosts).toContain("比上年");
    doc.operatingCosts.notStated = true;
    const f = deriveFigures(doc);
    expect(f.stated.operatingCosts).toBe(false);
    expect([f.operatingCosts, f.operatingCostsChange, f.operatingCostsChangePercent]).toEqual([null, null, null]);
    expect(headlineFigures(doc).operatingCosts).toBeNull();
    expect(headlineFigures(doc).total).toBe(headlineFigures(consistentDocument()).total); // nothing else moves
    expect(narrative(doc, 2025).operatingCosts).toBe("");
    const messages = runChecks(doc).filter((x) => x.ruleId.startsWith("completeness.not-stated")).map((x) => x.message);
    expect(messages).toContain("机关运行经费：本年机关运行经费未列示");
    // Named once: not also by the implicit rule; and no sum or 公用经费 check over a figure not stated.
    expect(messages.join("")).not.toContain("不生成机关运行经费说明");
    expect(ruleIds(doc)).not.toContain("operating.total");
    expect(ruleIds(doc)).not.toContain("operating.public-funds");
  });

  it("收入: no total, change or sentence; the warning 收入：本年收入未列示; no 收支不平衡 over it", () => {
    const doc = consistentDocument();
    doc.revenue.prior = wan("400");
    doc.revenue.notStated = true;
    const f = deriveFigures(doc);
    expect([f.revenueTotal, f.revenueCurrent, f.revenueChange, f.revenueChangePercent]).toEqual([null, null, null, null]);
    expect(f.stated.revenue).toBe(false);
    expect(narrative(doc, 2025).revenue).toBe("");
    const findings = runChecks(doc);
    expect(findings.find((x) => x.ruleId === "completeness.not-stated.revenue")?.message).toBe("收入：本年收入未列示");
    expect(findings.map((x) => x.message).join("")).not.toContain("未列示收入金额");
    expect(findings.map((x) => x.ruleId)).not.toContain("revenue-expenditure.balance");
    expect(findings.map((x) => x.ruleId)).not.toContain("revenue.total");
    // Expenditure is untouched.
    expect(narrative(doc, 2025).expenditure).toBe(narrative(consistentDocument(), 2025).expenditure);
  });

  it("the explicit flag wins over the implicit rule: false states a 0 with no rows, absent keeps the old rule", () => {
    const doc = emptyDocument(2026);
    expect(deriveFigures(doc).stated.operatingCosts).toBe(false);
    expect(headlineFigures(doc).operatingCosts).toBeNull();
    doc.operatingCosts.notStated = false;
    doc.revenue.notStated = false;
    const f = deriveFigures(doc);
    expect(f.stated).toMatchObject({ revenue: true, operatingCosts: true });
    expect(headlineFigures(doc).operatingCosts).toBe(0);
    expect(narrative(doc, 2026).operatingCosts).toBe("2026年机关运行经费共计安排0.00万元。");
    // …and true wins over rows that hold amounts.
    const listed = consistentDocument();
    expect(deriveFigures(listed).stated.operatingCosts).toBe(true);
    listed.operatingCosts.notStated = true;
    expect(deriveFigures(listed).stated.operatingCosts).toBe(false);
  });

  it("gives no prior-year base next year: last year's 未列示 is no 0", () => {
    const previous = consistentDocument();
    previous.operatingCosts.notStated = true;
    previous.revenue.notStated = true;
    const doc = consistentDocument();
    doc.operatingCosts.prior = null;
    doc.revenue.prior = null;
    const f = deriveFigures(doc, previous);
    expect([f.operatingCostsPrior, f.operatingCostsChange, f.revenuePrior, f.revenueChange]).toEqual([null, null, null, null]);
    const next = draftFromPrevious(previous, 2026);
    expect([next.operatingCosts.prior, next.revenue.prior]).toEqual([null, null]);
    // An entered prior year is not checked against a figure last year did not state.
    doc.operatingCosts.prior = wan("1");
    expect(runChecks(doc, { previous }).map((x) => x.ruleId)).not.toContain("prior-year.totals");
    expect(runChecks(doc, { previous: consistentDocument() }).map((x) => x.ruleId)).toContain("prior-year.totals");
  });

  it("leaves the seed 434/2018 as it was: no mark, the same sentences", () => {
    expect(Object.hasOwn(ZHENGDING_434_2018.operatingCosts, "notStated")).toBe(false);
    const marked = structuredClone(ZHENGDING_434_2018);
    marked.operatingCosts.notStated = false;
    marked.revenue.notStated = false;
    expect(narrative(marked, 2018)).toEqual(narrative(ZHENGDING_434_2018, 2018));
    expect(headlineFigures(marked)).toEqual(headlineFigures(ZHENGDING_434_2018));
  });
});

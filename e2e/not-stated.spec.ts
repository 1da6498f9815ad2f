import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { createDraft, signedInPage } from "./helpers";

/**
 * A figure not stated (未列示), distinct from 0, through the browser: the editor of 县教育局 marks
 * this year's 公务接待费 未列示 with its checkbox in a correction of 2018; the amount can no longer
 * be typed, the computed 三公 total is 未列示 too, and the completeness finding names the item
 * live, as a warning that blocks nothing. The reviewer sees the finding and approves; the public
 * page then shows 未列示 in the 三公 table, no change for the item, no sentence built on it, and
 * the finding in its 数据核对 panel. Unchecking gives the field back as an amount (0, typed over).
 * The same draft marks 机关运行经费 未列示 with its section's checkbox: its items can no longer be
 * typed or added, its total reads 未列示, and the public page prints 未列示 and no sentence for it;
 * and 本年收入, which the 部门收支总表 then prints as 未列示 (not a blank) on its revenue side.
 *
 * The second test opens (or starts) 434's 2019 draft copied from its published 2018: every figure
 * of the year starts 未列示, its box checked, each named by the checks; it leaves the draft as found.
 */

const FINDING = "“三公”经费：公务接待费未列示";

test("an editor marks 公务接待费 未列示: the finding is named, the public page prints no figure for it", async ({ browser }) => {
  test.setTimeout(180_000);
  const editor = await signedInPage(browser, "editor401");
  const versionId = await createDraft(editor, /^401 /, 2018, "更正本年已公开的版本");

  const amount = editor.getByLabel("本年公务接待费（万元）", { exact: true });
  const box = editor.getByRole("checkbox", { name: "本年公务接待费未列示" });
  await expect(box).not.toBeChecked();
  await expect(amount).toBeEditable();
  // Unchecked and checked again: back to an amount of 0 in between, never silently null.
  await box.check();
  await expect(amount).toHaveValue("未列示");
  await expect(amount).not.toBeEditable();
  await expect(editor.getByTestId("computed-sangong-total")).toHaveText("未列示");
  await expect(editor.getByTestId("computed-sangong-reception-change")).toHaveText("未列示");
  const finding = editor.getByTestId("editor-finding").filter({ hasText: FINDING });
  await expect(finding).toHaveAttribute("data-severity", "warning");
  await expect(finding).toHaveAttribute("data-field", "sangong.current.reception");
  await box.uncheck();
  await expect(amount).toBeEditable();
  await expect(amount).toHaveValue("0.00");
  await expect(finding).toHaveCount(0);
  await box.check();
  await expect(finding).toBeVisible();

  // 机关运行经费 未列示: the whole section's amounts are disabled, the total is not stated.
  const operating = editor.getByRole("checkbox", { name: "机关运行经费未列示" });
  await expect(operating).not.toBeChecked();
  await expect(editor.getByTestId("add-operating-item")).toBeEnabled();
  await operating.check();
  await expect(editor.getByTestId("add-operating-item")).toBeDisabled();
  await expect(editor.getByTestId("computed-operating-total")).toHaveText("未列示");
  const operatingFinding = editor.getByTestId("editor-finding").filter({ hasText: "机关运行经费：本年机关运行经费未列示" });
  await expect(operatingFinding).toHaveAttribute("data-severity", "warning");
  await expect(operatingFinding).toHaveAttribute("data-field", "operatingCosts.notStated");

  // 本年收入 未列示 as well: the sources can no longer be typed, the total is not stated.
  const revenueBox = editor.getByRole("checkbox", { name: "本年收入未列示" });
  await expect(revenueBox).not.toBeChecked();
  await revenueBox.check();
  await expect(editor.getByLabel("收入来源1 金额（万元）", { exact: true })).toBeDisabled();
  await expect(editor.getByTestId("computed-revenue-total")).toHaveText("未列示");
  await expect(editor.getByTestId("editor-finding").filter({ hasText: "收入：本年收入未列示" })).toHaveAttribute("data-field", "revenue.notStated");

  // Submitting is not blocked by the warning.
  await expect(editor.getByTestId("save-status")).toHaveText("已保存", { timeout: 15_000 });
  await editor.getByTestId("submit-draft").click();
  await editor.getByTestId("confirm-submit").click();
  await expect(editor.getByTestId("submit-ok")).toHaveText("已提交，等待财政局审核");
  // After a reload, the draft still says 未列示 (stored as null, not 0).
  await editor.reload();
  await expect(editor.getByLabel("本年公务接待费（万元）", { exact: true })).toHaveValue("未列示");

  const reviewer = await signedInPage(browser, "reviewer");
  await reviewer.goto(`/review/${versionId}`);
  await expect(reviewer.getByTestId("check-finding").filter({ hasText: FINDING })).toHaveAttribute("data-severity", "warning");
  await reviewer.getByRole("checkbox", { name: /我已核对/ }).check();
  await reviewer.getByRole("button", { name: "审核通过并公开" }).click();
  await expect(reviewer.getByTestId("review-message")).toContainText("已审核通过并公开");

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto("/departments/401/2018");
  await expect(visitor.getByTestId("sangong-reception")).toHaveText("未列示");
  await expect(visitor.getByTestId("sangong-reception-change")).toHaveText("");
  await expect(visitor.getByTestId("narrative-sangong-items")).toContainText("公务接待费未列示");
  // The change sentence leads with the 三公 total's change, over the unstated item: not printed at all
  // (not even the change this demo document printed).
  await expect(visitor.getByTestId("narrative-sangong-change")).toHaveCount(0);
  await expect(visitor.getByTestId("sangong-table")).not.toContainText("%");
  await expect(visitor.getByTestId("checks-panel").getByTestId("check-finding").filter({ hasText: FINDING })).toBeVisible();
  await expect(visitor.getByTestId("operating-costs-total")).toHaveText("未列示");
  await expect(visitor.getByTestId("narrative-operating-costs")).toHaveCount(0);
  // The 三公 total this demo document printed is over the unstated item: no longer printed.
  await expect(visitor.getByTestId("narrative-sangong-items")).toContainText("三公经费预算安排中：");
  // 部门收支总表: 未列示 on the revenue side (never a blank), the expenditure side as computed; readable by a screen reader.
  await expect(visitor.getByTestId("narrative-revenue")).toHaveCount(0);
  await expect(visitor.getByTestId("revenue-total")).toHaveText("未列示");
  const summary = visitor.getByTestId("budget-table-summary");
  const amountBeside = (item: string) => summary.getByRole("rowheader", { name: item, exact: true }).locator("xpath=following-sibling::td[1]");
  await expect(amountBeside("本年收入合计")).toHaveText("未列示");
  await expect(amountBeside("收入总计")).toHaveText("未列示");
  await expect(amountBeside("一般公共预算拨款收入")).toHaveText("未列示");
  await expect(amountBeside("本年支出合计")).toHaveText(/^\d+\.\d{2}$/);
  for (const header of await summary.getByRole("rowheader").all()) {
    await expect(header.locator("xpath=following-sibling::td[1]")).not.toHaveText("");
  }
  const axe = await new AxeBuilder({ page: visitor }).include('[data-testid="budget-table-summary"]').withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  // The open data: null in the JSON, and the figure left out of the year's ranking by 公务接待费.
  const api = (await browser.newContext()).request;
  const json = (await (await api.get("/api/v1/disclosures/401/2018")).json()) as { data: { figures: { sangongReception: unknown; operatingCosts: unknown } } };
  expect(json.data.figures.sangongReception).toBeNull();
  expect(json.data.figures.operatingCosts).toBeNull();
  await visitor.goto("/years/2018?measure=sangongReception");
  await expect(visitor.getByTestId("ranking-not-stated")).toHaveText("另有1个部门未列示此项，未参与排名，也未计入合计。");
  await expect(visitor.getByTestId("year-ranking-table")).not.toContainText("县教育局");
});

test("a draft copied from last year starts with this year's figures 未列示: boxes checked, nothing typed as 0.00, each named", async ({ browser }) => {
  test.setTimeout(120_000);
  const editor = await signedInPage(browser, "editor434");
  await editor.goto("/edit");
  const open = editor.getByRole("link", { name: /^编辑 正定县人民政府办公室2019年第/ });
  if ((await open.count()) > 0) await editor.goto((await open.first().getAttribute("href"))!);
  else await createDraft(editor, /^434 /, 2019, "以上年已公开的预算为基础");
  await expect(editor.getByTestId("save-status")).toHaveText("已保存");

  // 收入 and 机关运行经费: checked, the carried rows kept but not typeable, the totals 未列示.
  const revenue = editor.getByRole("checkbox", { name: "本年收入未列示" });
  await expect(revenue).toBeChecked();
  await expect(editor.getByLabel("收入来源1 金额（万元）", { exact: true })).toBeDisabled();
  await expect(editor.getByTestId("computed-revenue-total")).toHaveText("未列示");
  await expect(editor.getByRole("checkbox", { name: "机关运行经费未列示" })).toBeChecked();
  await expect(editor.getByLabel("机关运行经费项目1 名称", { exact: true })).toHaveValue("办公及印刷费");
  await expect(editor.getByTestId("add-operating-item")).toBeDisabled();
  await expect(editor.getByTestId("computed-operating-total")).toHaveText("未列示");
  await expect(editor.getByLabel("上年机关运行经费（万元）", { exact: true })).toHaveValue("88.68"); // last year's, as before
  // 人员经费, 日常公用经费 and the 三公 items: 未列示 in place of an amount.
  for (const name of ["人员经费", "日常公用经费", "本年公务接待费", "本年因公出国（境）费"]) {
    await expect(editor.getByRole("checkbox", { name: `${name}未列示` })).toBeChecked();
    await expect(editor.getByLabel(`${name}（万元）`, { exact: true })).toHaveValue("未列示");
  }
  // The checks say what is still missing, and a budget of nothing cannot be submitted.
  const findings = editor.getByTestId("editor-finding");
  for (const text of ["收入：本年收入未列示", "预算支出：人员经费未列示", "机关运行经费：本年机关运行经费未列示", "“三公”经费：公务接待费未列示"]) {
    await expect(findings.filter({ hasText: text })).toHaveAttribute("data-severity", "warning");
  }
  await expect(findings.filter({ hasText: "预算收入和支出均未填写金额" })).toHaveAttribute("data-severity", "error");

  // Unchecked, the figure is stated (0.00, to type over) and its finding goes; checked again, as found.
  await revenue.uncheck();
  await expect(editor.getByLabel("收入来源1 金额（万元）", { exact: true })).toBeEnabled();
  await expect(editor.getByTestId("computed-revenue-total")).toHaveText("0.00");
  await expect(findings.filter({ hasText: "收入：本年收入未列示" })).toHaveCount(0);
  await revenue.check();
  await expect(editor.getByTestId("computed-revenue-total")).toHaveText("未列示");
  await expect(editor.getByTestId("save-status")).toHaveText("已保存", { timeout: 15_000 });
});

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
 * typed or added, its total reads 未列示, and the public page prints 未列示 and no sentence for it.
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
  await expect(visitor.getByTestId("narrative-sangong-change")).not.toContainText("公务接待费比上年");
  await expect(visitor.getByTestId("sangong-table")).not.toContainText("%");
  await expect(visitor.getByTestId("checks-panel").getByTestId("check-finding").filter({ hasText: FINDING })).toBeVisible();
  await expect(visitor.getByTestId("operating-costs-total")).toHaveText("未列示");
  await expect(visitor.getByTestId("narrative-operating-costs")).toHaveCount(0);

  // The open data: null in the JSON, and the figure left out of the year's ranking by 公务接待费.
  const api = (await browser.newContext()).request;
  const json = (await (await api.get("/api/v1/disclosures/401/2018")).json()) as { data: { figures: { sangongReception: unknown; operatingCosts: unknown } } };
  expect(json.data.figures.sangongReception).toBeNull();
  expect(json.data.figures.operatingCosts).toBeNull();
  await visitor.goto("/years/2018?measure=sangongReception");
  await expect(visitor.getByTestId("ranking-not-stated")).toHaveText("另有1个部门未列示此项，未参与排名，也未计入合计。");
  await expect(visitor.getByTestId("year-ranking-table")).not.toContainText("县教育局");
});

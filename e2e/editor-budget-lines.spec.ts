import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { emptyDocument } from "../lib/disclosure/new-draft";
import { builtActions, callAction } from "./authz/server-actions";
import { openOrCreateDraft, signIn } from "./helpers";

/**
 * An editor enters a draft's budget lines (部门预算公开表明细, in 二) through the code picker: one
 * expenditure line found by its name with the keyboard, one by its code, an economic 款 line; the
 * running totals follow as they type; autosave keeps them through a reload. Refused: a code that
 * is not one of the draft year's cannot be chosen (the picker says so in Chinese), and a save that
 * carries one anyway is refused by the server with the row and a Chinese message, saving nothing.
 * Draft: 499/2016 (shared by the specs that need any draft of 499; 224 应急管理 exists from 2019).
 */

const combobox = (page: Page, name: string) => page.getByRole("combobox", { name, exact: true });

async function saved(page: Page) {
  await expect(page.getByTestId("save-status")).toHaveText("已保存", { timeout: 20_000 });
}

function saveAction() {
  const action = builtActions().find((a) => a.file === "app/(workspace)/edit/[versionId]/actions.ts" && a.name === "saveDraftAction");
  if (!action) throw new Error("saveDraftAction is not in the built app");
  return action;
}

test("an editor enters budget lines through the code picker; totals follow; they survive a reload; a code of another year is refused", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, "editor434");
  const versionId = await openOrCreateDraft(page, /^499 /, "县政务服务管理办公室", 2016);
  const lines = page.getByTestId("editor-lines");
  await lines.scrollIntoViewIfNeeded();
  // Another spec of the same draft may have left rows: ours come after them.
  const before = await page.getByTestId("editor-expenditure-line").count();
  const economicBefore = await page.getByTestId("editor-economic-line").count();
  const a = `支出明细${before + 1}`;
  const b = `支出明细${before + 2}`;
  const c = `支出明细${before + 3}`;
  const e = `经济分类明细${economicBefore + 1}`;

  // 1. By name, with the keyboard: "行政运行" lists 2010101, 2010201, 2010301 … first; ↓ ↓ Enter.
  await page.getByTestId("add-expenditure-line").click();
  const first = combobox(page, `${a} 功能分类科目`);
  await expect(first).toBeFocused();
  await first.pressSequentially("行政运行");
  await expect(first).toHaveAttribute("aria-expanded", "true");
  const listbox = page.getByRole("listbox", { name: `${a} 功能分类科目 可选科目` });
  await expect(listbox.getByRole("option").first()).toContainText("2010101");
  await first.press("ArrowDown");
  await first.press("ArrowDown");
  await expect(listbox.getByRole("option", { selected: true })).toContainText("2010301 行政运行");
  await first.press("Enter");
  await expect(first).toHaveValue("2010301 行政运行");
  await expect(first).toHaveAttribute("aria-expanded", "false");
  await expect(lines.getByText("一般公共服务支出 › 政府办公厅（室）及相关机构事务 › 行政运行")).toBeVisible();
  await page.getByLabel(`${a} 金额（万元）`, { exact: true }).fill("120.5");
  await expect(page.getByTestId("computed-lines-total")).toHaveText("120.50");
  await expect(page.getByTestId("computed-lines-personnel")).toHaveText("120.50");

  // 2. By code, a project line: typed code, Enter; 项目支出 with its project name.
  await page.getByTestId("add-expenditure-line").click();
  const second = combobox(page, `${b} 功能分类科目`);
  await second.fill("2010302");
  await expect(page.getByRole("listbox", { name: `${b} 功能分类科目 可选科目` }).getByRole("option")).toHaveCount(1);
  await second.press("Enter");
  await expect(second).toHaveValue("2010302 一般行政管理事务");
  await page.getByLabel(`${b} 支出类别`, { exact: true }).selectOption({ label: "项目支出" });
  await page.getByLabel(`${b} 项目名称`, { exact: true }).fill("政务服务经费");
  await page.getByLabel(`${b} 金额（万元）`, { exact: true }).fill("30");
  await expect(page.getByTestId("computed-lines-total")).toHaveText("150.50");
  await expect(page.getByTestId("computed-lines-basic")).toHaveText("120.50");
  await expect(page.getByTestId("computed-lines-project")).toHaveText("30.00");
  await expect(page.getByTestId("computed-lines-source-general")).toHaveText("150.50");
  await expect(page.getByTestId("computed-lines-general-project")).toHaveText("30.00");

  // 3. An economic 款 by name, chosen with the mouse.
  await page.getByTestId("add-economic-line").click();
  const economic = combobox(page, `${e} 经济分类科目`);
  await economic.pressSequentially("基本工资");
  await page.getByRole("listbox", { name: `${e} 经济分类科目 可选科目` }).getByRole("option", { name: /30101 基本工资/ }).click();
  await expect(economic).toHaveValue("30101 基本工资");
  await page.getByLabel(`${e} 金额（万元）`, { exact: true }).fill("120.5");
  await expect(page.getByTestId("computed-lines-economic-total")).toHaveText("120.50");
  await expect(page.getByTestId("computed-lines-economic-personnel")).toHaveText("120.50");

  // 4. Refused in the picker: 2240101 is a 2019 code; nothing is offered, Enter and Tab take nothing.
  await page.getByTestId("add-expenditure-line").click();
  const third = combobox(page, `${c} 功能分类科目`);
  await third.fill("2240101");
  await expect(page.getByTestId("code-note")).toHaveText("2240101不是2016年支出功能分类的项级科目，不能选用。");
  await expect(third).toHaveAttribute("aria-expanded", "false");
  await expect(third).toHaveAttribute("aria-invalid", "true");
  await third.press("Enter");
  await third.press("Tab");
  await expect(page.getByTestId("code-note")).toBeVisible();
  // Escape puts back what the row holds (no code yet); the row is then removed, and that is undoable.
  await third.focus();
  await third.press("Escape");
  await expect(third).toHaveValue("");
  await page.getByRole("button", { name: `删除${c}`, exact: true }).click();
  await expect(page.getByTestId("removal-notice")).toContainText(`已删除${c}`);
  await expect(page.getByTestId("editor-expenditure-line")).toHaveCount(before + 2);

  // The checks run on the lines as typed: the revenue does not pay for them yet. A new draft's
  // 本年收入 starts 未列示, and nothing is compared with a figure not stated: state it (0.00 so far).
  const revenueUnstated = page.getByRole("checkbox", { name: "本年收入未列示" });
  if (await revenueUnstated.isChecked()) await revenueUnstated.uncheck();
  await expect(page.getByTestId("editor-checks").locator('[data-rule-id="lines.revenue-by-source"]').first()).toBeVisible();

  // At 375 px the lines and their picker fit and axe finds nothing, with the list open.
  await page.setViewportSize({ width: 375, height: 800 });
  await first.focus();
  await first.press("ArrowDown");
  await expect(first).toHaveAttribute("aria-expanded", "true");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const axe = await new AxeBuilder({ page }).include('[data-testid="editor-lines"]').withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`)).toEqual([]);
  await first.press("Escape");
  await expect(first).toHaveValue("2010301 行政运行");
  await page.setViewportSize({ width: 1280, height: 900 });

  // Autosave, then a reload finds every line.
  await saved(page);
  await page.reload();
  await expect(combobox(page, `${a} 功能分类科目`)).toHaveValue("2010301 行政运行");
  await expect(combobox(page, `${b} 功能分类科目`)).toHaveValue("2010302 一般行政管理事务");
  await expect(page.getByLabel(`${b} 项目名称`, { exact: true })).toHaveValue("政务服务经费");
  await expect(combobox(page, `${e} 经济分类科目`)).toHaveValue("30101 基本工资");
  await expect(page.getByTestId("editor-expenditure-line")).toHaveCount(before + 2);
  await expect(page.getByTestId("computed-lines-total")).toHaveText("150.50");
  await expect(page.getByTestId("computed-lines-economic-total")).toHaveText("120.50");

  // Refused by the server: a save that carries a code of another year, as the editor's own session.
  const forged = emptyDocument(2016);
  forged.preamble = "不应保存的开篇段落。";
  forged.lines = { expenditure: [{ functionCode: "2240101", kind: "personnel", source: "general", project: "", amount: 100 }], economic: [], carryForward: 0 };
  const refused = await callAction(page.request, saveAction(), [{ versionId, revision: 1_000_000, document: forged }]);
  expect(refused).toEqual({
    value: {
      ok: false,
      reason: "invalid",
      message: "有科目编码不在本年度的分类科目中，未保存。",
      errors: [{ field: "lines.expenditure.0.functionCode", message: "支出明细第1行：科目编码2240101不是2016年支出功能分类的项级科目，请从科目列表中选择" }],
    },
  });
  await page.reload();
  await expect(combobox(page, `${a} 功能分类科目`)).toHaveValue("2010301 行政运行");
  await expect(page.getByLabel("开篇段落（按照《预算法》…）", { exact: true })).not.toHaveValue("不应保存的开篇段落。");
});

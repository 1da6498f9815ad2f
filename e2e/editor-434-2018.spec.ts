import { expect, test, type Locator, type Page } from "@playwright/test";
import { formatWan } from "../lib/money";
import { documentToWorkbook } from "../lib/excel/workbook";
import { createDraft, signIn } from "./helpers";
import { fillTemplate, SEED, seedWithoutTypedSections } from "./fixtures";

/**
 * A department editor drafts the whole 434/2018 disclosure for a department that has none: the
 * revenue, expenditure with projects, changes, 机关运行经费, 三公 and performance sections typed
 * through the editor, the rest uploaded in the portal's own template. The preview must then match
 * the published 434/2018 page figure for figure.
 */

/** The seed states every prior-year figure it uses; a null (not stated) would leave the field empty. */
const wan = (yuan: number | null) => (yuan === null ? "" : formatWan(yuan));

async function fill(page: Page, label: string, value: string) {
  await page.getByLabel(label, { exact: true }).fill(value);
}

async function typeSections(page: Page) {
  // 二、revenue: the source labels came with the template; the amounts are typed.
  for (const [i, source] of SEED.revenue.sources.entries()) {
    await fill(page, `收入来源${i + 1} 金额（万元）`, wan(source.amount));
  }
  await fill(page, "人员经费（万元）", wan(SEED.expenditure.personnel));
  await fill(page, "日常公用经费（万元）", wan(SEED.expenditure.publicFunds));
  for (const [i, project] of SEED.expenditure.projects.entries()) {
    await page.getByTestId("add-project").click();
    await fill(page, `项目${i + 1} 名称`, project.name);
    await fill(page, `项目${i + 1} 金额（万元）`, wan(project.amount));
  }
  await fill(page, "上年人员经费（万元）", wan(SEED.change.prior.personnel));
  await fill(page, "上年日常公用经费（万元）", wan(SEED.change.prior.publicFunds));
  await fill(page, "上年项目支出（万元）", wan(SEED.change.prior.project));
  await fill(page, "人员经费变动原因", SEED.change.reasons.personnel);
  await fill(page, "日常公用经费变动原因", SEED.change.reasons.publicFunds);
  await fill(page, "项目支出变动原因", SEED.change.reasons.project);

  // 三、机关运行经费
  await fill(page, "机关运行经费用途", SEED.operatingCosts.purpose);
  for (const [i, item] of SEED.operatingCosts.items.entries()) {
    await page.getByTestId("add-operating-item").click();
    await fill(page, `机关运行经费项目${i + 1} 名称`, item.name);
    await fill(page, `机关运行经费项目${i + 1} 金额（万元）`, wan(item.amount));
  }

  // 四、三公
  const sangongLabels = {
    abroad: "因公出国（境）费",
    vehiclePurchase: "公务用车购置费",
    vehicleOperation: "公务用车运行维护费",
    reception: "公务接待费",
  } as const;
  for (const [key, label] of Object.entries(sangongLabels) as [keyof typeof sangongLabels, string][]) {
    await fill(page, `本年${label}（万元）`, wan(SEED.sangong.current[key]));
    await fill(page, `上年${label}（万元）`, wan(SEED.sangong.prior[key]));
    if (SEED.sangong.reasons[key]) await fill(page, `${label}变动原因`, SEED.sangong.reasons[key]);
  }

  // 五、绩效: overall goals, activities in two levels, indicators with 优/良/中/差
  for (const [i, goal] of SEED.performance.overallGoals.entries()) {
    await page.getByTestId("add-goal").click();
    await fill(page, `总体绩效目标${i + 1}`, goal);
  }
  for (const [n, activity] of SEED.performance.activities.entries()) {
    await page.getByTestId("add-activity").click();
    const a = `一级活动${n + 1}`;
    await fill(page, `${a} 名称`, activity.title);
    if (activity.budget !== null) await fill(page, `${a} 年度预算数（万元）`, wan(activity.budget));
    await fill(page, `${a} 内容描述`, activity.description);
    await fill(page, `${a} 绩效目标`, activity.goal);
    const row: Locator = page.getByTestId("editor-activity").nth(n);
    for (const [m, child] of activity.children.entries()) {
      await row.getByTestId("add-subactivity").click();
      const c = `${a} 的二级活动${m + 1}`;
      await fill(page, `${c} 名称`, child.title);
      if (child.budget !== null) await fill(page, `${c} 年度预算数（万元）`, wan(child.budget));
      await fill(page, `${c} 内容描述`, child.description);
      await fill(page, `${c} 绩效目标`, child.goal);
      for (const [k, indicator] of child.indicators.entries()) {
        await row.getByTestId("editor-subactivity").nth(m).getByTestId("add-indicator").click();
        const p = `${c} 绩效指标${k + 1}`;
        await fill(page, `${p} 名称`, indicator.name);
        await fill(page, `${p} 优`, indicator.excellent);
        await fill(page, `${p} 良`, indicator.good);
        await fill(page, `${p} 中`, indicator.fair);
        await fill(page, `${p} 差`, indicator.poor);
      }
    }
  }
}

/** Every figure, sentence and table the two renderings must share (not the department's name). */
const SHARED = [
  "preamble", "overview", "duties", "units-table", "revenue-table", "revenue-total", "expenditure-table",
  "expenditure-total", "expenditure-basic", "expenditure-personnel", "expenditure-public", "expenditure-project",
  "change-table", "operating-costs-table", "operating-costs-total", "sangong-table", "overall-goals",
  "procurement-total", "procurement-empty-statement", "asset-as-of", "asset-total", "asset-buildings",
  "asset-office", "asset-vehicles", "asset-equipment", "asset-other", "planned-purchases-table",
  "planned-purchases-total", "glossary", "other-matters", "narrative-revenue", "narrative-expenditure",
  "narrative-change", "narrative-operating-costs", "narrative-sangong-items", "narrative-sangong-change",
  "narrative-assets", "checks-summary", "checks-findings",
];

async function renderedFigures(page: Page) {
  const figures: Record<string, string | string[]> = {};
  for (const id of SHARED) figures[id] = (await page.getByTestId(id).innerText()).trim();
  figures["activity-row"] = (await page.getByTestId("activity-row").allInnerTexts()).map((t) => t.trim());
  return figures;
}

test("an editor enters 434/2018; the preview matches the published page figure for figure", async ({ page }) => {
  test.setTimeout(300_000);
  await signIn(page, "editor434");
  const versionId = await createDraft(page, /^499 /, 2018, "空白草稿");
  await expect(page.getByTestId("save-status")).toHaveText("已保存");

  // At 1280 px the Excel buttons take a real click (the 数据核对 panel no longer lies over them),
  // and the form column is wide enough for its tables.
  for (const name of ["下载空白模板", "导出本草稿"]) {
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name, exact: true }).click();
    expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);
  }
  expect((await page.getByTestId("editor-section-2").boundingBox())!.width).toBeGreaterThan(780);

  // Another department's workbook is refused whole, naming both departments.
  page.on("dialog", (dialog) => void dialog.accept());
  const upload = (name: string, buffer: Buffer) =>
    page.getByLabel("上传填好的 Excel").setInputFiles({ name, mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer });
  await upload("434.xlsx", await documentToWorkbook(SEED, { departmentCode: "434", departmentName: "正定县人民政府办公室", year: 2018 }));
  await page.getByRole("button", { name: "导入", exact: true }).click();
  await expect(page.getByTestId("import-errors")).toContainText("正定县人民政府办公室（部门代码 434）");
  await expect(page.getByLabel("职责1", { exact: true })).toHaveCount(0);

  // The rest, from the blank template the portal hands out.
  const template = await page.request.get("/edit/template?department=499&year=2018");
  expect(template.status()).toBe(200);
  const workbook = await fillTemplate(Buffer.from(await template.body()), seedWithoutTypedSections(), {
    departmentCode: "499",
    departmentName: "县政务服务管理办公室",
    year: 2018,
  });
  await upload("县政务服务管理办公室2018.xlsx", workbook);
  await page.getByRole("button", { name: "导入", exact: true }).click();
  await expect(page.getByTestId("import-ok")).toBeVisible();
  await expect(page.getByLabel("职责14", { exact: true })).toHaveValue(SEED.duties[13]!);

  await typeSections(page);

  // Totals, changes and percentages are computed as the editor types.
  await expect(page.getByTestId("computed-revenue-total")).toHaveText("1028.57");
  await expect(page.getByTestId("computed-basic")).toHaveText("705.57");
  await expect(page.getByTestId("computed-project")).toHaveText("323.00");
  await expect(page.getByTestId("computed-expenditure-total")).toHaveText("1028.57");
  await expect(page.getByTestId("computed-change-total")).toHaveText("-206.58");
  await expect(page.getByTestId("computed-operating-total")).toHaveText("88.68");
  await expect(page.getByTestId("computed-sangong-total")).toHaveText("79.10");
  await expect(page.getByTestId("computed-activity-total")).toHaveText("323.00");
  // Tab from an amount goes to the row's toolbar, never to 删除; a removal is undone in place by the
  // next Space (the notice's 撤销 has the focus).
  await page.getByLabel("项目1 金额（万元）", { exact: true }).focus();
  await page.keyboard.press("Tab");
  await expect(page.locator(":focus")).toHaveAttribute("aria-label", "下移项目1");
  await page.getByRole("button", { name: "删除项目2", exact: true }).click();
  await expect(page.getByTestId("removal-notice")).toContainText("已删除项目2");
  await expect(page.getByLabel("项目2 名称", { exact: true })).toHaveValue(SEED.expenditure.projects[2]!.name);
  await expect(page.getByTestId("undo-removal")).toBeFocused();
  await page.keyboard.press("Space");
  await expect(page.getByTestId("removal-notice")).toHaveCount(0);
  await expect(page.getByLabel("项目2 名称", { exact: true })).toHaveValue(SEED.expenditure.projects[1]!.name);
  await expect(page.getByTestId("generated-revenue-text")).toContainText("2018年预算收入1028.57万元");

  // The live checks show the original's slip (its stated 206.78 came with the workbook), nothing else.
  await expect(page.getByTestId("editor-finding")).toHaveCount(1);
  await expect(page.getByTestId("editor-finding")).toContainText("206.78");
  await expect(page.getByTestId("save-status")).toHaveText("已保存", { timeout: 15_000 });

  // The preview and the published page agree, figure for figure.
  await page.goto(`/edit/${versionId}/preview`);
  await expect(page.getByTestId("preview-banner")).toBeVisible();
  const preview = await renderedFigures(page);
  await page.goto("/departments/434/2018");
  const published = await renderedFigures(page);
  expect(preview).toEqual(published);
  expect(preview["activity-row"]).toHaveLength(published["activity-row"]!.length);

  // A refused new draft keeps what the editor chose (499, 2018), so the next click is not for
  // another department; nothing is published for 499, so copy-forward is not offered.
  await page.goto("/edit");
  const department = page.getByLabel("部门", { exact: true });
  const option499 = await department.locator("option", { hasText: /^499 / }).getAttribute("value");
  await department.selectOption(option499!);
  await page.getByLabel("年度", { exact: true }).selectOption("2018");
  await expect(page.getByLabel(/以上年已公开的预算为基础/)).toBeDisabled();
  await page.getByRole("button", { name: "创建草稿" }).click();
  await expect(page.getByTestId("create-draft-error")).toContainText("已有未完成的版本");
  await expect(department).toHaveValue(option499!);
  await expect(page.getByLabel("年度", { exact: true })).toHaveValue("2018");
});

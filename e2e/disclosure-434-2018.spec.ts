import { expect, test, type Locator } from "@playwright/test";

/**
 * The public page of the real 434/2018 disclosure shows every figure of domain.md's "The seed as
 * data", section by section, and the 数据核对 panel shows its one slip.
 */
async function expectCells(row: Locator, cells: string[]) {
  for (const cell of cells) await expect(row).toContainText(cell);
}

test("434/2018: every section's figures and the 数据核对 finding", async ({ page }) => {
  await page.goto("/departments/434/2018");
  await expect(page.getByTestId("disclosure-title")).toHaveText("正定县人民政府办公室2018年部门预算信息公开");
  await expect(page.getByTestId("disclosure-view").getByText("示例数据")).toHaveCount(0); // real, not demo
  // When it was published and which version it is, under the title.
  await expect(page.getByTestId("publication-line")).toHaveText(/^公开日期：\d{4}-\d{2}-\d{2}\s*版本：第\d+版$/);
  // 打印 / 保存为 PDF opens the browser's print dialog (stubbed here: a real one would block the test).
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void (window as unknown as { printed: number }).printed++;
  });
  await page.getByRole("button", { name: "打印 / 保存为 PDF" }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  // 一、duties and units
  const s1 = page.locator("#section-1");
  await expect(s1.getByRole("heading", { level: 2 })).toHaveText("一、部门职责及机构设置情况");
  await expect(page.getByTestId("duties").locator("li")).toHaveCount(14);
  await expectCells(page.getByTestId("units-table"), ["正定县人民政府办公室", "行政", "正科级", "财政拨款"]);

  // 二、revenue, expenditure, change
  await expect(page.locator("#section-2 h2")).toHaveText("二、部门预算安排的总体情况");
  await expect(page.getByTestId("revenue-total")).toHaveText("1028.57");
  await expect(page.getByTestId("narrative-revenue")).toContainText(
    "2018年预算收入1028.57万元，其中：一般预算收入1028.57万元，基金预算收入0.00万元",
  );
  await expect(page.getByTestId("expenditure-total")).toHaveText("1028.57");
  await expect(page.getByTestId("expenditure-basic")).toHaveText("705.57");
  await expect(page.getByTestId("expenditure-personnel")).toHaveText("616.89");
  await expect(page.getByTestId("expenditure-public")).toHaveText("88.68");
  await expect(page.getByTestId("expenditure-project")).toHaveText("323.00");
  for (const [name, amount] of [
    ["政府政务信息及门户网站运行经费项目", "29.50"],
    ["人防办经费项目", "60.00"],
    ["大气办和治超办工作经费", "50.00"],
    ["招聘合同制人员做好应急值守工作经费", "16.50"],
    ["保障政府办公室正常运转工作经费", "130.00"],
    ["政府金融办、法制办、整治办、外侨办及法律顾问等工作经费", "37.00"],
  ]) {
    await expectCells(page.getByTestId("expenditure-table").locator("tr", { hasText: name! }), [amount!]);
  }
  await expect(page.getByTestId("narrative-change")).toContainText(
    "较2017年预算减少206.78万元，其中基本支出减少52.58万元，主要包括：因人员变化减少人员经费支出69.72万元，因工作实际增加日常公用经费支出17.14万元。项目支出减少154.00万元",
  );
  await expect(page.getByTestId("change-basic")).toContainText("52.58");
  await expect(page.getByTestId("change-personnel")).toContainText("69.72");
  await expect(page.getByTestId("change-publicFunds")).toContainText("17.14");
  await expect(page.getByTestId("change-project")).toContainText("154.00");
  await expect(page.getByTestId("change-total")).toContainText("206.58"); // the table computes

  // 三、机关运行经费
  await expect(page.locator("#section-3 h2")).toHaveText("三、机关运行经费安排情况");
  await expect(page.getByTestId("operating-costs-total")).toHaveText("88.68");
  await expect(page.getByTestId("operating-costs-table").locator("tbody tr").filter({ hasNotText: "合计" })).toHaveCount(9);
  await expect(page.getByTestId("narrative-operating-costs")).toContainText(
    "办公及印刷费12.40万元、邮电费21.68万元、差旅费2.50万元、会议费2.50万元、工会经费6.05万元、福利费3.97万元、公务用车运行维护费17.10万元、其他交通费用21.59万元、其他商品服务支出0.89万元",
  );

  // 四、三公
  await expect(page.locator("#section-4 h2")).toContainText("四、财政拨款“三公”经费预算情况及增减变化原因");
  await expect(page.getByTestId("sangong-total")).toHaveText("79.10");
  await expect(page.getByTestId("sangong-abroad")).toHaveText("0.00");
  await expect(page.getByTestId("sangong-vehiclePurchase")).toHaveText("0.00");
  await expect(page.getByTestId("sangong-vehicleOperation")).toHaveText("57.10");
  await expect(page.getByTestId("sangong-reception")).toHaveText("22.00");
  await expect(page.getByTestId("sangong-total-change")).toContainText("5.00");
  await expect(page.getByTestId("sangong-abroad-change")).toContainText("5.00");
  await expect(page.getByTestId("narrative-sangong-change")).toContainText("因公出国（境）费比上年减少5.00万元");

  // 五、绩效 — activity budgets 29.5 + 126.5 + 167 = 323
  await expect(page.locator("#section-5 h2")).toHaveText("五、绩效预算信息");
  await expect(page.getByTestId("overall-goals").locator("li")).toHaveCount(9);
  const performance = page.getByTestId("performance-table");
  await expectCells(performance.locator("tr", { hasText: "一、政务服务与政务管理" }), ["29.50"]);
  await expectCells(performance.locator("tr", { hasText: "二、应急管理" }), ["126.50"]);
  await expectCells(performance.locator("tr", { hasText: "四、综合业务、事务管理" }), ["167.00"]);
  await expectCells(performance.locator("tr", { hasText: "对外联络服务满意率" }), ["≥95%", "≥90%", "≥80%", "<80%"]);
  await expectCells(performance.locator("tr", { hasText: "网络畅通率" }), ["95%及以上", "75%以下"]);
  await expect(performance).toContainText("十四、县政府门户网站维护");

  // 六、政府采购: none, with its statement
  await expect(page.locator("#section-6 h2")).toHaveText("六、政府采购预算情况");
  await expect(page.getByTestId("procurement-line")).toHaveCount(0);
  await expect(page.getByTestId("procurement-total")).toHaveText("0.00");
  await expect(page.getByTestId("procurement-empty-statement")).toHaveText("2018年度未安排政府采购预算，空表列示。");

  // 七、国有资产
  await expect(page.locator("#section-7 h2")).toHaveText("七、国有资产信息");
  await expect(page.getByTestId("asset-total")).toContainText("5308.07");
  const assetRow = (testId: string) => page.locator("tr", { has: page.getByTestId(testId) });
  await expect(page.getByTestId("asset-buildings")).toHaveText("4000.00");
  await expectCells(assetRow("asset-buildings"), ["40000"]);
  await expect(page.getByTestId("asset-office")).toHaveText("4000.00");
  await expectCells(assetRow("asset-office"), ["40000"]);
  await expect(page.getByTestId("asset-vehicles")).toHaveText("227.45");
  await expectCells(assetRow("asset-vehicles"), ["10"]);
  await expect(page.getByTestId("asset-equipment")).toHaveText("0.00");
  await expect(page.getByTestId("asset-other")).toHaveText("1080.62");
  await expect(page.getByTestId("asset-as-of")).toContainText("2017年12月31日");
  await expect(page.getByTestId("planned-purchases-total")).toHaveText("7.00");
  await expect(page.getByTestId("narrative-assets")).toContainText(
    "上年末固定资产金额为5308.07万元，2018年我部门拟安排固定资产购置预算7.00万元",
  );
  for (const amount of ["2.00", "4.40", "0.23", "0.37"]) {
    await expect(page.getByTestId("planned-purchases-table")).toContainText(amount);
  }

  // 八、九
  await expect(page.locator("#section-8 h2")).toHaveText("八、专业名词解释");
  await expect(page.getByTestId("glossary").locator("li")).toHaveCount(5);
  await expect(page.locator("#section-9 h2")).toHaveText("九、其他需要说明的事项");
  await expect(page.getByTestId("other-matters")).toHaveText("无。");

  // 数据核对: the seed's own slip, and nothing else
  const panel = page.getByTestId("checks-panel");
  await expect(panel.getByRole("heading", { name: "数据核对" })).toBeVisible();
  const findings = panel.getByTestId("check-finding");
  await expect(findings).toHaveCount(1);
  await expect(findings.first()).toHaveAttribute("data-severity", "error");
  await expect(findings.first()).toContainText("206.78");
  await expect(findings.first()).toContainText("206.58");
});

test("the document, sent as compact data, hydrates into exactly the served page without an error", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  const response = await page.request.get("/departments/434/2018");
  const served = await response.text();
  await page.goto("/departments/434/2018", { waitUntil: "networkidle" });
  // React has taken over the page (a hydrated element carries React's own properties) …
  await expect
    .poll(() => page.getByTestId("disclosure-view").evaluate((el) => Object.keys(el).some((key) => key.startsWith("__react"))))
    .toBe(true);
  // … without reporting a mismatch, and the document is still the one served.
  expect(errors).toEqual([]);
  const rendered = await page.getByTestId("disclosure-view").evaluate((el) => el.outerHTML);
  expect(served).toContain(rendered.slice(0, 2000));
  expect(await page.getByTestId("disclosure-view").locator("td").count()).toBe((served.match(/<td[ >]/g) ?? []).length);
});

test("the index lists 434 and the demo departments, labelled 示例数据", async ({ page }) => {
  await page.goto("/");
  const office = page.getByRole("row", { name: /正定县人民政府办公室/ });
  await expect(office).not.toContainText("示例数据");
  await office.getByRole("link", { name: /2018年部门预算/ }).click();
  await expect(page).toHaveURL(/\/departments\/434\/2018$/);

  await page.goto("/");
  const demoRows = page.getByRole("row").filter({ hasText: "示例数据" });
  expect(await demoRows.count()).toBeGreaterThanOrEqual(8);
  // A row links its latest year and the department page's list of all its years.
  await demoRows.first().getByRole("link", { name: /全部\d+个已公开年度/ }).click();
  await expect(page).toHaveURL(/\/departments\/[^/]+#years-title$/);
  await page.getByTestId("department-years").getByRole("link", { name: /2016年/ }).click();
  await expect(page.getByTestId("disclosure-title")).toContainText("2016年部门预算信息公开");
  await expect(page.getByTestId("disclosure-view").getByText("示例数据")).toBeVisible();
  await expect(page.getByTestId("check-finding")).toHaveCount(0);
});

test("a department or year without a published disclosure is not found", async ({ page }) => {
  for (const path of ["/departments/434/2017", "/departments/999/2018", "/departments/434/abcd"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "未找到" })).toBeVisible();
  }
});

import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { parseCsv, signIn } from "./helpers";

/**
 * The admin's audit trail in the running portal: an admin's change shows on /admin/audit with
 * its old and new values, the filters narrow the list, the CSV holds exactly the filtered rows
 * (a name typed as a formula defused), and nobody but an admin reads either.
 */

test("an admin's department change is on the audit page with old → new, the filters find it, the CSV holds it", async ({ page }) => {
  const code = `AU${Date.now() % 100000}`;
  const name = `审计端到端局${code}`;
  const renamed = `=1+2${name}`; // a name a spreadsheet would run as a formula
  await signIn(page, "admin");
  await page.goto("/admin/departments");
  const create = page.getByRole("form", { name: "添加部门" });
  await create.getByLabel("预算单位编码").fill(code);
  await create.getByLabel("部门名称").fill(name);
  await create.getByRole("button", { name: "添加部门" }).click();
  await expect(create.getByText(`已添加部门 ${code} ${name}。`)).toBeVisible();
  const row = page.getByRole("row", { name: new RegExp(code) });
  await row.locator("summary").click();
  await row.getByLabel("新名称").fill(renamed);
  await row.getByRole("button", { name: "保存名称" }).click();
  await expect(row.getByText(`已将部门更名为 ${renamed}。`)).toBeVisible();

  await page.goto("/admin");
  await page.getByRole("link", { name: "审计记录" }).click();
  await expect(page.getByRole("heading", { name: "审计记录", level: 1 })).toBeVisible({ timeout: 20_000 });
  // Newest first: the rename is the latest entry of the whole trail.
  const latest = page.getByTestId("audit-trail-row").first();
  await expect(latest).toHaveAttribute("data-action", "admin.department-rename");
  await expect(latest).toContainText("部门更名");
  await expect(latest).toContainText("admin");
  await expect(latest).toContainText(`部门名称：${name}`);
  await expect(latest).toContainText(renamed);
  await expect(latest.getByRole("link", { name: new RegExp(code) })).toHaveAttribute("href", /\/review\/departments\/\d+\/audit$/);

  // Filter by kind and department through the form: exactly the two entries of this department.
  const filters = page.getByRole("form", { name: "筛选审计记录" });
  await filters.getByLabel("类别").selectOption({ label: "管理" });
  await filters.locator("select[name=department]").selectOption({ label: `正定县 ${code} ${renamed}` });
  await filters.getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(/kind=admin/, { timeout: 20_000 });
  await expect(page.getByTestId("audit-trail-total")).toHaveText("共 2 条");
  const rows = page.getByTestId("audit-trail-row");
  await expect(rows).toHaveCount(2);
  expect(await rows.evaluateAll((els) => els.map((e) => e.getAttribute("data-action")))).toEqual([
    "admin.department-rename",
    "admin.department-create",
  ]);

  // The CSV of the same filters: the same two rows, the formula defused, a fixed ASCII file name.
  const href = await page.getByRole("link", { name: /下载筛选结果/ }).getAttribute("href");
  expect(href).toMatch(/^\/admin\/audit\/audit\.csv\?kind=admin&department=\d+$/);
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/csv");
  expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="audit-\d{8}-\d{6}\.csv"$/);
  const csv = parseCsv(await response.text());
  const [header, ...body] = csv;
  expect(body).toHaveLength(2);
  const column = (label: string) => header!.indexOf(label);
  expect(body.map((r) => r[column("操作代码")])).toEqual(["admin.department-rename", "admin.department-create"]);
  expect(body[0]![column("部门名称")]).toBe(`'${renamed}`);
  expect(body[0]![column("改动内容")]).toBe(`部门名称：${name} → ${renamed}`);
  expect(body[0]![column("操作人")]).toContain("admin");

  // A filter nobody matches: nothing listed, nothing exported.
  await page.goto("/admin/audit?user=nobody_matches_this");
  await expect(page.getByTestId("audit-trail-empty")).toBeVisible();
  const empty = parseCsv(await (await page.request.get("/admin/audit/audit.csv?user=nobody_matches_this")).text());
  expect(empty).toHaveLength(1);
  // A filter value that does not parse is said so, not silently widened; the CSV refuses it.
  await page.goto("/admin/audit?from=2026-02-30");
  await expect(page.getByTestId("audit-filter-problems")).toContainText("起始日期须为 YYYY-MM-DD");
  expect((await page.request.get("/admin/audit/audit.csv?from=2026-02-30")).status()).toBe(400);
});

test("editors and reviewers are refused the audit trail and its CSV; anonymous visitors are sent to sign-in", async ({ browser, request }) => {
  for (const username of ["editor434", "reviewer"]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, username);
    await page.goto("/admin/audit");
    await expect(page.getByText("无权访问")).toBeVisible();
    await expect(page.getByTestId("audit-trail")).toHaveCount(0);
    const csv = await page.request.get("/admin/audit/audit.csv");
    expect(csv.status()).toBe(403);
    expect(await csv.text()).not.toContain("admin.");
    await context.close();
  }
  const anonymous = await request.get("/admin/audit/audit.csv", { maxRedirects: 0 });
  expect(anonymous.status()).toBe(307);
  expect(anonymous.headers().location).toContain("/login");
});

test("the audit page has no axe violations at 1280 and 375 px, and the page itself does not scroll sideways", async ({ page }) => {
  await signIn(page, "admin");
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/admin/audit?kind=admin");
    await expect(page.getByTestId("audit-trail")).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(results.violations.map((v) => `${width}px ${v.id}: ${v.help}`)).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${width}px`).toBeLessThanOrEqual(0); // the table scrolls inside its own region
  }
});

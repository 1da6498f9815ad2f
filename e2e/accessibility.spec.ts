import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { signedInPage } from "./helpers";

/** axe-core finds no violations on any public page, at desktop width and at 375 px. */
const PUBLIC_PAGES = [
  "/",
  "/?q=教育",
  "/about",
  "/departments/434/2018",
  "/departments/401/2018",
  "/departments/434",
  "/departments/401",
  "/years",
  "/years/2018",
  "/years/2018?measure=sangongTotal",
  "/years/2018?measure=basic&q=县",
  "/years/2018?measure=fn:205",
  "/years/2018/spending",
  "/years/2018/spending?class=205",
  "/compare?departments=434,401,402,403&years=2016,2017,2018,2019&measure=total",
  "/compare?departments=401,402&years=2018,2019&measure=project&chart=line",
  "/compare?departments=401,402,434&years=2016,2017,2018,2019&measure=fn:205",
  "/open-data",
  "/login",
  "/en",
  "/en/about",
  "/en/departments/434/2018",
  "/en/departments/401",
  "/en/years",
  "/en/years/2018",
  "/en/years/2018?measure=sangongTotal&page=1",
  "/en/compare?departments=434,401,402,403&years=2016,2017,2018,2019&measure=total",
  "/en/open-data",
  "/en/years/2018/spending",
];

for (const width of [1280, 375]) {
  test(`axe: no violations on the public pages at ${width} px`, async ({ page }) => {
    test.setTimeout(300_000);
    await page.setViewportSize({ width, height: 900 });
    const problems: string[] = [];
    for (const path of PUBLIC_PAGES) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await page.waitForLoadState("networkidle");
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      for (const v of results.violations) {
        problems.push(`${path}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
      }
    }
    expect(problems).toEqual([]);
  });
}

test("at 375 px the disclosure reads on a phone: a one-row header with a menu, the check result first, tables that fit or scroll under fixed row names", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  // 401/2018 (示例数据) carries the ten national tables; 434/2018 only their note.
  for (const path of ["/departments/434/2018", "/departments/401/2018"]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0); // wide tables scroll inside their own regions
  }
  await page.goto("/departments/434/2018");

  // The header is one row; the navigation opens from 菜单, by keyboard, and says it is expanded.
  expect((await page.locator("body > header").boundingBox())!.height).toBeLessThan(80);
  const nav = page.getByRole("navigation", { name: "主导航" });
  await expect(nav).toBeHidden();
  const menu = page.getByTestId("site-menu").locator("summary");
  await menu.focus();
  await page.keyboard.press("Enter");
  await expect(nav.getByRole("link", { name: "比较" })).toBeVisible();
  await expect(page.getByTestId("site-menu")).toHaveAttribute("open", "");
  await page.keyboard.press("Enter");
  await expect(nav).toBeHidden();

  // The 数据核对 result in the first screen, linked to the panel after the document.
  const summary = page.getByTestId("checks-summary-line");
  await expect(summary).toContainText("发现 1 处不一致");
  await expect(summary).toBeInViewport();
  await summary.getByRole("link", { name: "查看数据核对" }).click();
  await expect(page.getByTestId("checks-panel")).toBeInViewport();
  await expect(page.getByTestId("check-finding-field").first()).not.toContainText("."); // a name, not a path

  // The 机关运行经费 table fits: its one amount column in view beside the names.
  const total = page.getByTestId("operating-costs-total");
  await total.scrollIntoViewIfNeeded();
  const box = (await total.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(375);
  await expect(page.getByTestId("operating-costs-table").locator("thead th").last()).toBeInViewport();

  // A table wider than the phone scrolls inside its region, its first column staying put.
  await page.goto("/compare?departments=434,401,402,403&years=2016,2017,2018,2019&measure=total");
  const region = page.locator(".scroll-table").filter({ has: page.getByTestId("compare-table") });
  const firstCell = page.getByTestId("compare-table").locator("tbody tr").first().locator("th, td").first();
  await firstCell.scrollIntoViewIfNeeded();
  const before = (await firstCell.boundingBox())!.x;
  await region.evaluate((element) => element.scrollBy({ left: 200 }));
  await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
  expect(Math.abs((await firstCell.boundingBox())!.x - before)).toBeLessThanOrEqual(1); // half a border at most
});

test("at 1280 px the disclosure's wide tables get the page's width, and their captions are read from the left", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/departments/434/2018");
  await expect(page.getByRole("navigation", { name: "主导航" })).toBeVisible(); // no menu button on a desktop
  await expect(page.getByTestId("site-menu").locator("summary")).toBeHidden();
  const performance = page.locator("[role=region]").filter({ has: page.getByTestId("performance-table") });
  expect((await performance.boundingBox())!.width).toBeGreaterThan(850);
  const caption = page.getByTestId("performance-table").locator("caption span");
  const region = (await performance.boundingBox())!;
  const text = (await caption.boundingBox())!;
  expect(text.x).toBeGreaterThanOrEqual(region.x);
  expect(text.x + text.width).toBeLessThanOrEqual(region.x + region.width);
});

/**
 * The workspace as each role sees it, at both widths: the pages that need no draft of their own
 * (the editor's own page and the review page of a submission are checked where those flows run:
 * autosave.spec.ts and review-publication.spec.ts; a draft's preview in autosave.spec.ts too).
 * Links to a user's, a department's or a version's page are taken from the pages that list them;
 * `then` goes on from the linked page (a version's preview, its audit trail).
 */
const WORKSPACE: { username: string; pages: string[]; linked?: { from: string; href: RegExp; then?: string }[] }[] = [
  {
    username: "editor434",
    pages: ["/workspace", "/edit", "/inbox", "/account", "/workspace/no-such-page"],
    // The preview of 434/2018's newest version (the published one, or a correction under way).
    linked: [
      { from: "/edit", href: /^\/edit\/\d+$/, then: "/preview" },
      // The editor itself, with its budget-line tables and code pickers.
      { from: "/edit", href: /^\/edit\/\d+$/ },
    ],
  },
  {
    username: "reviewer",
    pages: ["/review", "/inbox", "/account"],
    linked: [
      { from: "/review", href: /^\/review\/departments\/\d+\/audit$/ },
      // The audit trail of a published version: the board lists 2019's, each linked to its review page.
      { from: "/review", href: /^\/review\/\d+$/, then: "/audit" },
      // The review page itself.
      { from: "/review", href: /^\/review\/\d+$/ },
    ],
  },
  {
    username: "admin",
    pages: ["/admin", "/admin/users", "/admin/departments", "/admin/years", "/admin/audit", "/account"],
    linked: [{ from: "/admin/users", href: /^\/admin\/users\/\d+$/ }],
  },
];

test("axe: no violations on the workspace pages of an editor, a reviewer and an admin, at 1280 and 375 px", async ({ browser }) => {
  test.setTimeout(300_000);
  const problems: string[] = [];
  for (const { username, pages, linked = [] } of WORKSPACE) {
    const page = await signedInPage(browser, username);
    const paths = [...pages];
    for (const { from, href, then = "" } of linked) {
      await page.goto(from);
      const hrefs = await page.locator("a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
      const found = hrefs.find((h) => href.test(h));
      expect(found, `${username}: a link like ${href} on ${from}`).toBeDefined();
      paths.push(`${found!}${then}`);
    }
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 900 });
      for (const path of paths) {
        const response = await page.goto(path);
        expect(response?.status(), `${username} ${path}`).toBe(path.includes("no-such-page") ? 404 : 200);
        // Not "networkidle": the review board's many links keep Next prefetching their pages.
        await page.waitForLoadState("load");
        const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
        for (const v of results.violations) {
          problems.push(`${username} ${width} ${path}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
        }
      }
    }
    await page.context().close();
  }
  expect(problems).toEqual([]);
});

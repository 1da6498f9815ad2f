import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

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
  "/compare?departments=434,401,402,403&years=2016,2017,2018,2019&measure=total",
  "/compare?departments=401,402&years=2018,2019&measure=project&chart=line",
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
];

for (const width of [1280, 375]) {
  test(`axe: no violations on the public pages at ${width} px`, async ({ page }) => {
    test.setTimeout(180_000);
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

test("the disclosure page is readable at 375 px without sideways scrolling of the page", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  // 401/2018 (示例数据) carries the ten national tables; 434/2018 only their note.
  for (const path of ["/departments/434/2018", "/departments/401/2018"]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0); // wide tables scroll inside their own regions
  }
});

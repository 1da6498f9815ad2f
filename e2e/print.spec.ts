import { expect, test } from "@playwright/test";

/**
 * Printing a disclosure (the print stylesheet in app/globals.css): on A4 the document and its
 * 数据核对 print without the site's header, navigation and table of contents, and no table is
 * wider than the page (a wider one would be cut off on paper).
 */
// A4 (210 mm) less 2 × 12 mm margins, at 96 px per inch.
const PRINTABLE_WIDTH = Math.floor(((210 - 24) / 25.4) * 96);

test("the 434/2018 disclosure prints on A4: the document whole, every table within the page", async ({ page }) => {
  await page.setViewportSize({ width: PRINTABLE_WIDTH, height: 1000 });
  await page.goto("/departments/434/2018");
  await expect(page.getByTestId("disclosure-title")).toBeVisible();

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("navigation", { name: "目录" })).toBeHidden();
  await expect(page.getByTestId("disclosure-title")).toBeVisible();
  await expect(page.getByTestId("checks-panel")).toBeVisible();

  const tooWide = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll("table")]
      .filter((table) => table.getBoundingClientRect().right > width + 1 || table.scrollWidth > table.clientWidth + 1)
      .map((table) => table.caption?.textContent?.trim() || table.dataset.testid || "table");
  });
  expect(tooWide).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PRINTABLE_WIDTH);

  // Rows and figures are not split across pages, headings stay with what follows them, and the
  // tables print in a smaller type than the text.
  const print = await page.evaluate(() => {
    const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
    return {
      row: style(".doc-table tbody tr").breakInside,
      heading: style("article h2").breakAfter,
      table: parseFloat(style(".doc-table").fontSize),
      text: parseFloat(style("body").fontSize),
    };
  });
  expect(print.row).toBe("avoid");
  expect(print.heading).toBe("avoid");
  expect(print.table).toBeLessThan(print.text);

  const pdf = await page.pdf({ format: "A4", margin: { top: "15mm", bottom: "15mm", left: "12mm", right: "12mm" } });
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
});

import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { parseCsv } from "./helpers";

/**
 * The year view (/years/2018): every department ranked by a chosen measure, ranks shared by ties,
 * shares of the county total, the county total itself, and a CSV of the same ranking. The portal's
 * own addresses are served by the cached route; anything else by the dynamic page, alike.
 */

interface Row {
  rank: number;
  code: string;
  name: string;
  amount: string;
  share: string;
}

async function rankingRows(page: Page): Promise<Row[]> {
  return page.getByTestId("ranking-row").evaluateAll((rows) =>
    rows.map((row) => {
      const cells = [...row.querySelectorAll("td, th")].map((cell) => (cell.textContent ?? "").trim());
      const name = (row.querySelector("th a")?.textContent ?? "").trim();
      return { rank: Number(cells[0]), code: cells[1]!, name, amount: cells[3]!, share: cells[4]! };
    }),
  );
}

/** 万元 with two decimals as an exact count of yuan-hundredths. */
const cents = (wan: string) => BigInt(wan.replace(".", ""));

test("the year view ranks every department by a chosen measure, with the county total, and downloads the same ranking", async ({ page }) => {
  await page.goto("/years/2018");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("2018年各部门支出总计排名");
  await page.getByLabel("排序指标").selectOption("sangongTotal");
  await page.getByRole("button", { name: "查看" }).click();
  await expect(page).toHaveURL(/\/years\/2018\?measure=sangongTotal$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("2018年各部门“三公”经费合计排名");

  const rows = await rankingRows(page);
  expect(rows.length).toBeGreaterThan(10); // 434 and the demo departments
  // Each row drawn as a bar against the largest (CSS only, hidden from screen readers): the first is whole.
  const bars = page.getByTestId("rank-bar");
  await expect(bars).toHaveCount(rows.length);
  await expect(bars.first()).toHaveAttribute("aria-hidden", "true");
  await expect(bars.first().locator("span")).toHaveAttribute("style", "width:100%");
  expect(rows.find((r) => r.code === "434")).toMatchObject({ name: "正定县人民政府办公室" });
  // Largest first; a tie shares its rank and the next rank skips (1, 2, 2, 4).
  rows.forEach((row, i) => {
    if (i === 0) return expect(row.rank).toBe(1);
    const before = rows[i - 1]!;
    expect(cents(row.amount) <= cents(before.amount), row.code).toBe(true);
    expect(row.rank).toBe(cents(row.amount) === cents(before.amount) ? before.rank : i + 1);
  });
  // The county total is the sum of the rows; fewer than 100 departments: one page, no pager.
  const total = page.getByTestId("ranking-total");
  const sum = rows.reduce((acc, r) => acc + cents(r.amount), 0n);
  await expect(total.locator("td").first()).toHaveText((Number(sum) / 100).toFixed(2));
  await expect(total.locator("td").last()).toHaveText("100.00%");
  await expect(page.getByTestId("ranking-pages")).toHaveCount(0);
  await expect(page.getByText("示例数据").first()).toBeVisible();

  // The CSV holds the same ranking, then the county total.
  const downloading = page.waitForEvent("download");
  await page.getByTestId("download-csv").click();
  const csv = parseCsv(fs.readFileSync(await (await downloading).path(), "utf8")).filter((r) => r.length > 1);
  expect(csv[0]).toEqual(["排名", "编码", "部门", "“三公”经费合计（万元）", "占全县比重（%）", "备注"]);
  expect(csv.slice(1, -1).map(([rank, code, name, amount, share]) => ({ rank: Number(rank), code, name, amount, share: `${share}%` }))).toEqual(rows);
  expect(csv.at(-1)?.slice(2, 5)).toEqual(["全县合计", (Number(sum) / 100).toFixed(2), "100.00"]);

  // A page past the last is the last (here the only one); an unknown measure is the total.
  await page.goto("/years/2018?measure=sangongTotal&page=999");
  expect(await rankingRows(page)).toEqual(rows);
  await page.goto("/years/2018?measure=unknown");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("2018年各部门支出总计排名");
  // The English twin: its own labels, the same figures.
  await page.goto("/en/years/2018?measure=sangongTotal&page=1");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Departments by “Three public” expenses, 2018");
  expect((await rankingRows(page)).map((r) => [r.rank, r.code, r.amount, r.share])).toEqual(rows.map((r) => [r.rank, r.code, r.amount, r.share]));
});

test("a search of the year view finds a department's rank and leads to its row on its page", async ({ page }) => {
  await page.goto("/years/2018?measure=project");
  const rankOf434 = await page.locator("#rank-434 td").first().textContent();
  await page.getByLabel("在排名中查找部门（名称或编码）").fill("434");
  await page.getByRole("button", { name: "搜索", exact: true }).click();
  await expect(page).toHaveURL(/\/years\/2018\?measure=project&q=434$/);
  const match = page.getByTestId("ranking-match");
  await expect(match).toHaveCount(1);
  await expect(match.locator("td").first()).toHaveText(rankOf434!);
  await match.getByRole("link", { name: "第 1 页" }).click();
  await expect(page).toHaveURL(/\/years\/2018\?measure=project&page=1#rank-434$/);
  await expect(page.getByLabel("在排名中查找部门（名称或编码）")).toHaveValue("");
  // A search finding nothing says so; the ranking is still there below it.
  await page.goto("/years/2018?q=不存在的部门");
  await expect(page.getByTestId("ranking-matches")).toHaveText("没有名称或编码包含“不存在的部门”的部门。");
  await expect(page.getByTestId("ranking-row").first()).toBeVisible();
});

test("a year without published disclosures, or an address that is not a year, is not found", async ({ request }) => {
  for (const path of ["/years/2031", "/years/2031?measure=basic&page=2", "/years/18", "/en/years/2031"]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { toCsv } from "../lib/csv";
import { readBulkWorkbook } from "../lib/open-data/bulk-xlsx";
import { builtActions, callAction } from "./authz/server-actions";
import { personaContexts } from "./authz/personas";

/**
 * Finding 9: a department name chosen to break out of Content-Disposition's filename parameter
 * (`x.html"; filename="'`) must not change the saved file's name or type. An existing department is
 * renamed by the admin through the portal's own action; the header of a real download is checked.
 */
const HOSTILE = `x.html"; filename="'`;

test("a hostile department name cannot change a download's file name or type", async ({ baseURL }) => {
  const personas = await personaContexts(baseURL!);
  const rename = builtActions().find((a) => a.name === "renameDepartmentAction");
  if (!rename) throw new Error("renameDepartmentAction is not in the built app");
  const editPage = await (await personas.editorOwn.get("/edit")).text();
  const departmentId = /<option value="(\d+)">498 县机关事务服务中心<\/option>/.exec(editPage)?.[1];
  expect(departmentId, "498 is seeded").toBeTruthy();
  const renameTo = async (name: string) => {
    const form = new FormData();
    form.set("departmentId", departmentId!);
    form.set("name", name);
    expect(await callAction(personas.admin, rename, [null, form])).toMatchObject({ value: { ok: true } });
  };
  // An existing department is renamed (and named back after), so no other test meets a new one.
  await renameTo(HOSTILE);
  try {
    const response = await personas.admin.get("/edit/template?department=498&year=2018");
    expect(response.status()).toBe(200);
    const header = response.headers()["content-disposition"]!;
    // Exactly two parameters, as a browser splits them: one quoted fallback, one encoded name.
    const params = [...header.matchAll(/;\s*([^=;\s]+)\s*=\s*("[^"]*"|[^;]*)/g)].map((m) => [m[1], m[2]!.replace(/^"|"$/g, "")]);
    expect(params.map(([name]) => name)).toEqual(["filename", "filename*"]);
    const fallback = params[0]![1]!;
    expect(fallback).not.toMatch(/["'\\/;]/);
    expect(fallback.endsWith(".xlsx")).toBe(true);
    const star = params[1]![1]!;
    expect(star).toMatch(/^UTF-8''[A-Za-z0-9._%-]+$/);
    expect(decodeURIComponent(star.slice("UTF-8''".length))).toBe(`498${HOSTILE}2018年部门预算填报模板.xlsx`);
  } finally {
    await renameTo("县机关事务服务中心");
    for (const context of Object.values(personas)) await context.dispose();
  }
});

/**
 * /open-data's 下载全部数据: each year's table and every budget line, as CSV and as Excel. The
 * downloads are named for what they hold, and each workbook's rows are the CSV's rows, cell for
 * cell; the yearly CSV keeps its byte-order mark through the API's cache (Excel needs it).
 */
test("download everything: a year's files as CSV and Excel, sensibly named, the workbooks holding the CSV's rows", async ({ page }) => {
  await page.goto("/open-data");
  const year = page.getByTestId("bulk-download-year").filter({ hasText: "2018年" });
  await expect(year).toHaveCount(1);
  const files = [
    { testId: "bulk-summary-csv", name: "department-budgets-2018.csv" },
    { testId: "bulk-summary-xlsx", name: "department-budgets-2018.xlsx", csv: "/api/v1/bulk/2018.csv", bom: true },
    { testId: "bulk-budget-csv", name: "budget-2018.csv" },
    { testId: "bulk-budget-xlsx", name: "budget-2018.xlsx", csv: "/api/v1/bulk/2018/budget.csv", bom: false },
  ];
  for (const file of files) {
    const [download] = await Promise.all([page.waitForEvent("download"), year.getByTestId(file.testId).click()]);
    expect(download.suggestedFilename()).toBe(file.name);
    const bytes = await readFile((await download.path())!);
    if (!file.csv) continue;
    expect([...bytes.subarray(0, 2)], "a zip: an Excel workbook").toEqual([0x50, 0x4b]);
    const rows = await readBulkWorkbook(bytes);
    expect(rows.length).toBeGreaterThan(2);
    const csv = await (await page.request.get(file.csv)).body();
    if (file.bom) expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(toCsv(rows, { bom: file.bom })).toBe(new TextDecoder("utf-8", { ignoreBOM: true }).decode(csv));
  }
});

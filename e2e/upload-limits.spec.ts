import ExcelJS from "exceljs";
import { expect, test } from "@playwright/test";
import { emptyDocument } from "../lib/disclosure/new-draft";
import { documentToWorkbook } from "../lib/excel/workbook";
import { builtActions, callAction } from "./authz/server-actions";
import { personaContexts } from "./authz/personas";
import { openOrCreateDraft, signIn } from "./helpers";

/**
 * Finding 10 (uploads): a 1–5 MB workbook used to hit Next's 1 MB server-action limit, and the
 * editor could only say "无法连接服务器". Now a 3 MB workbook gets the portal's own answer, and a
 * file over 5 MB the friendly message — from the editor before sending, and from the server too.
 */
const META = { departmentCode: "499", departmentName: "县政务服务管理办公室", year: 2017 };

/** A real workbook of about `megabytes` MB: an empty draft with an incompressible picture. */
async function workbookOf(megabytes: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const base = await documentToWorkbook(emptyDocument(2017), META);
  const copy = new ArrayBuffer(base.byteLength);
  new Uint8Array(copy).set(base);
  await wb.xlsx.load(copy);
  const noise = Buffer.alloc(megabytes * 1024 * 1024);
  for (let i = 0; i < noise.length; i += 4) noise.writeUInt32LE((Math.imul(i, 2654435761) ^ (i >>> 7)) >>> 0, i);
  const image = wb.addImage({ buffer: noise as unknown as ExcelJS.Buffer, extension: "png" });
  wb.worksheets[0]!.addImage(image, "H1:I2");
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test("a 3 MB workbook reaches the portal's own check; a 5.5 MB file gets the friendly message", async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  await signIn(page, "editor434");
  const versionId = await openOrCreateDraft(page, /^499 /, "县政务服务管理办公室", 2017);
  await expect(page.getByTestId("save-status")).toHaveText("已保存");
  page.on("dialog", (dialog) => dialog.accept());

  const three = await workbookOf(3);
  expect(three.length).toBeGreaterThan(3 * 1024 * 1024);
  expect(three.length).toBeLessThan(4 * 1024 * 1024);
  await page.getByLabel("上传填好的 Excel").setInputFiles({ name: "三兆.xlsx", mimeType: "application/octet-stream", buffer: three });
  await page.getByRole("button", { name: "导入", exact: true }).click();
  const answer = page.getByTestId("import-ok").or(page.getByTestId("import-errors"));
  await expect(answer).toBeVisible({ timeout: 30_000 });
  await expect(answer).not.toContainText("无法连接服务器");

  const big = Buffer.alloc(Math.round(5.5 * 1024 * 1024), 7);
  await page.getByLabel("上传填好的 Excel").setInputFiles({ name: "太大.xlsx", mimeType: "application/octet-stream", buffer: big });
  await page.getByRole("button", { name: "导入", exact: true }).click();
  await expect(page.getByTestId("import-errors")).toContainText("文件过大（5.5 MB），上限为 5 MB");

  // The server says the same to a client that does not check first.
  const personas = await personaContexts(baseURL!);
  const action = builtActions().find((a) => a.name === "importWorkbookAction")!;
  const form = new FormData();
  form.set("versionId", String(versionId));
  form.set("revision", "1");
  form.set("file", new Blob([big]));
  const outcome = await callAction(personas.editorOwn, action, [form]);
  expect(outcome).toMatchObject({ value: { ok: false, reason: "bad-workbook", message: expect.stringContaining("文件过大（5.5 MB），上限为 5 MB") } });
  for (const context of Object.values(personas)) await context.dispose();
});

/**
 * The blank template is headed with the editor's own department: when another county has a
 * department of the same code, the one the signed-in user may read, never the other.
 */
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { openTestDatabase, type TestDatabase } from "@/db/test-database";
import { departments, regions } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/permissions";

const holder = vi.hoisted(() => ({ t: null as null | { db: unknown }, user: null as SessionUser | null }));
vi.mock("@/db", () => ({ getDb: async () => holder.t!.db }));
vi.mock("@/lib/auth/guards", () => ({ getCurrentUser: async () => holder.user }));

const { GET } = await import("./route");

let t: TestDatabase;
const ids = { first: 0, second: 0, secondRegion: 0 };
beforeAll(async () => {
  t = await openTestDatabase();
  holder.t = t;
  const [a, b] = await t.db
    .insert(regions)
    .values([
      { code: "130123", name: "正定县", province: "河北省" },
      { code: "139001", name: "示例第二县", province: "河北省" },
    ])
    .returning();
  const [first, second] = await t.db
    .insert(departments)
    .values([
      { regionId: a!.id, code: "434", name: "正定县人民政府办公室" },
      { regionId: b!.id, code: "434", name: "示例第二县人民政府办公室", isDemo: true },
    ])
    .returning();
  Object.assign(ids, { first: first!.id, second: second!.id, secondRegion: b!.id });
});
afterAll(async () => {
  await t?.close();
});

const editor = (departmentIds: number[]): SessionUser => ({ id: 1, username: "e", name: "e", role: "editor", regionId: null, departmentIds, readOnlyDepartmentIds: [] });

async function templateHeading(): Promise<{ status: number; text: string }> {
  const response = await GET(new Request("http://x/edit/template?department=434&year=2026"));
  if (response.status !== 200) return { status: response.status, text: await response.text() };
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  const values: string[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => values.push(String(cell.value ?? "")))));
  return { status: 200, text: values.join("\n") };
}

describe("the blank template of a code two counties share", () => {
  it("is headed with the department the editor belongs to, in either county", async () => {
    holder.user = editor([ids.second]);
    const second = await templateHeading();
    expect(second.status).toBe(200);
    expect(second.text).toContain("示例第二县人民政府办公室");
    expect(second.text).not.toContain("正定县人民政府办公室");
    holder.user = editor([ids.first]);
    expect((await templateHeading()).text).toContain("正定县人民政府办公室");
  });

  it("is refused to an editor of neither, and to no one signed in", async () => {
    holder.user = editor([]);
    expect(await templateHeading()).toEqual({ status: 404, text: "未找到该部门。" });
    holder.user = null;
    expect((await templateHeading()).status).toBe(401);
  });

  it("follows a reviewer's county", async () => {
    holder.user = { id: 2, username: "r", name: "r", role: "reviewer", regionId: ids.secondRegion, departmentIds: [], readOnlyDepartmentIds: [] };
    expect((await templateHeading()).text).toContain("示例第二县人民政府办公室");
  });
});

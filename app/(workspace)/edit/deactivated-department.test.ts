/**
 * A department an admin deactivates: its editors keep reading their past drafts and versions there
 * (the record of their own work) but can change nothing — no new draft, save, submission,
 * withdrawal or comment. Against a real database (PGlite, or the PostgreSQL server when
 * DATABASE_URL is set); the permission itself is lib/auth/permissions.ts's.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { openTestDatabase, type TestDatabase, seededUser } from "@/db/test-database";
import { seedAll, PRACTICE_DEPARTMENT } from "@/db/seed";
import { departments } from "@/db/schema";
import { getVersion } from "@/db/queries/drafts";
import { setDepartmentActive } from "@/db/queries/admin-departments";
import { loadSessionUser } from "@/db/queries/users";
import { canEditDepartment, canReadDepartment, type SessionUser } from "@/lib/auth/permissions";
import { readableVersion } from "@/lib/auth/version-access";
import { createDraftCommand } from "./create-draft-command";
import { saveDraftCommand, submitDraftCommand, withdrawDraftCommand } from "./[versionId]/draft-commands";
import { commentCommand } from "../review/review-commands";

let t: TestDatabase;
const as: Record<string, SessionUser> = {};
let practice = { id: 0, regionId: 0 };
let draftId = 0;

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

beforeAll(async () => {
  t = await openTestDatabase();
  await seedAll(t.db);
  for (const name of ["editor434", "editor401", "reviewer", "admin"]) as[name] = await seededUser(t.db, name);
  const [row] = await t.db.select().from(departments).where(eq(departments.code, PRACTICE_DEPARTMENT.code));
  practice = { id: row!.id, regionId: row!.regionId };
  const created = await createDraftCommand(t.db, as.editor434!, form({ departmentId: String(practice.id), year: "2019", start: "empty" }));
  if (!created.ok) throw new Error(created.message);
  draftId = created.versionId;
  expect(await setDepartmentActive(t.db, practice.id, false, { userId: as.admin!.id })).not.toBeNull();
});

afterAll(async () => {
  await t?.close();
});

describe("a deactivated department's editors", () => {
  it("are told apart in their session: the department is read-only, no longer theirs to draft for", async () => {
    const editor = (await loadSessionUser(t.db, as.editor434!.id))!;
    expect(editor.departmentIds).not.toContain(practice.id);
    expect(editor.readOnlyDepartmentIds).toEqual([practice.id]);
    expect(canReadDepartment(editor, practice)).toBe(true);
    expect(canEditDepartment(editor, practice.id)).toBe(false);
  });

  it("still open their past draft, read-only", async () => {
    const editor = (await loadSessionUser(t.db, as.editor434!.id))!;
    const found = await readableVersion(editor, String(draftId), t.db);
    expect(found?.version.id).toBe(draftId);
    expect(found?.editable).toBe(false);
  });

  it("can no longer save, submit, withdraw, comment or start a new draft there", async () => {
    const editor = (await loadSessionUser(t.db, as.editor434!.id))!;
    const before = (await getVersion(t.db, draftId))!.version;
    const save = await saveDraftCommand(t.db, editor, { versionId: draftId, revision: before.revision, document: before.document });
    expect(save).toMatchObject({ ok: false, reason: "not-found" });
    expect(await submitDraftCommand(t.db, editor, { versionId: draftId, revision: before.revision })).toMatchObject({ ok: false });
    expect(await withdrawDraftCommand(t.db, editor, { versionId: draftId })).toMatchObject({ ok: false });
    expect((await commentCommand(t.db, editor, form({ versionId: String(draftId), section: "1", body: "补充说明" }))).ok).toBe(false);
    const created = await createDraftCommand(t.db, editor, form({ departmentId: String(practice.id), year: "2020", start: "empty" }));
    expect(created.ok).toBe(false);
    expect((await getVersion(t.db, draftId))!.version.revision).toBe(before.revision);
  });

  it("do not open another department's drafts, deactivated or not", async () => {
    const other = (await loadSessionUser(t.db, as.editor401!.id))!;
    expect(other.readOnlyDepartmentIds).toEqual([]);
    expect(await readableVersion(other, String(draftId), t.db)).toBeNull();
  });

  it("edit again once the department is reactivated", async () => {
    await setDepartmentActive(t.db, practice.id, true, { userId: as.admin!.id });
    const editor = (await loadSessionUser(t.db, as.editor434!.id))!;
    expect(editor.readOnlyDepartmentIds).toEqual([]);
    expect((await readableVersion(editor, String(draftId), t.db))?.editable).toBe(true);
    const before = (await getVersion(t.db, draftId))!.version;
    const save = await saveDraftCommand(t.db, editor, { versionId: draftId, revision: before.revision, document: before.document });
    expect(save.ok).toBe(true);
    await setDepartmentActive(t.db, practice.id, false, { userId: as.admin!.id });
  });
});

/**
 * Review and publication against a real database (PGlite, or the PostgreSQL server when
 * DATABASE_URL is set — where the concurrency tests run truly in parallel on separate connections).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { openTestDatabase, type TestDatabase, seededUser } from "@/db/test-database";
import { seedAll } from "@/db/seed";
import { auditEntries, departments, disclosureVersions, disclosures, userDepartments, users } from "@/db/schema";
import { getPublishedDocument, getVersion } from "@/db/queries/drafts";
import { getPublishedDisclosure } from "@/db/queries/public";
import { auditOfDisclosure } from "@/db/queries/audit";
import { commentsOfDisclosure } from "@/db/queries/review";
import type { SessionUser } from "@/lib/auth/permissions";
import { createDraftCommand } from "../edit/create-draft-command";
import { saveDraftCommand, submitDraftCommand } from "../edit/[versionId]/draft-commands";
import { diffDocuments } from "@/lib/disclosure/diff";
import { bulkCommand } from "./bulk-commands";
import {
  approvalDateCommand,
  approveCommand,
  commentCommand,
  deleteCommentCommand,
  editCommentCommand,
  returnCommand,
} from "./review-commands";

let t: TestDatabase;
const as: Record<string, SessionUser> = {};
let educationId = 0;

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}


const departmentIds: Record<string, number> = {};

/**
 * A correction of a department's published 2019 disclosure (the latest year, so no later year's
 * prior-year amounts depend on it), one amount changed, submitted by editor401.
 */
async function submittedCorrection(code: string, personnelDelta = 10_000) {
  const created = await createDraftCommand(t.db, as.editor401!, form({ departmentId: String(departmentIds[code]), year: "2019", start: "published" }));
  if (!created.ok) throw new Error(created.message);
  const draft = (await getVersion(t.db, created.versionId))!.version;
  const document = structuredClone(draft.document);
  // Keep it consistent: raise personnel and the stated totals that include it.
  document.expenditure.personnel = document.expenditure.personnel! + personnelDelta;
  document.revenue.sources[0]!.amount += personnelDelta;
  // The demo documents carry budget lines: the same amount on a general-budget personnel line and its 基本工资.
  if (document.lines) {
    document.lines.expenditure.find((l) => l.kind === "personnel" && l.source === "general")!.amount += personnelDelta;
    document.lines.economic.find((l) => l.economicCode === "30101")!.amount += personnelDelta;
  }
  for (const key of ["statedTotal"] as const) if (document.revenue[key] !== undefined) document.revenue[key]! += personnelDelta;
  for (const key of ["statedTotal", "statedBasic"] as const) if (document.expenditure[key] !== undefined) document.expenditure[key]! += personnelDelta;
  const stated = document.change.stated;
  for (const key of ["total", "basic", "personnel"] as const) if (stated[key] !== undefined) stated[key]! += personnelDelta;
  delete stated.totalPercent;
  delete stated.basicPercent;
  delete stated.projectPercent;
  const saved = await saveDraftCommand(t.db, as.editor401!, { versionId: draft.id, revision: draft.revision, document });
  if (!saved.ok) throw new Error(saved.message);
  const submitted = await submitDraftCommand(t.db, as.editor401!, { versionId: draft.id, revision: saved.revision });
  if (!submitted.ok) throw new Error(JSON.stringify(submitted));
  return draft.id;
}

beforeAll(async () => {
  t = await openTestDatabase();
  await seedAll(t.db);
  for (const row of await t.db.select().from(departments)) departmentIds[row.code] = row.id;
  educationId = departmentIds["401"]!;
  // In these tests editor401 also drafts for 402–406.
  const [editor] = await t.db.select().from(users).where(eq(users.username, "editor401"));
  for (const code of ["402", "403", "404", "405", "406"]) {
    await t.db.insert(userDepartments).values({ userId: editor!.id, departmentId: departmentIds[code]! });
  }
  for (const name of ["editor401", "editor434", "reviewer", "reviewer2", "admin"]) as[name] = await seededUser(t.db, name);
});

afterAll(async () => {
  await t?.close();
});

describe("return and approve", () => {
  it("return → fix → resubmit → approve: the public sees the new figures; the old version is kept", async () => {
    const before = (await getPublishedDisclosure(t.db, "401", 2019))!;
    const versionId = await submittedCorrection("401");

    expect(await returnCommand(t.db, as.reviewer!, form({ versionId: String(versionId), section: "2", reason: "" }))).toEqual({
      ok: false,
      message: "请填写退回理由",
    });
    const returned = await returnCommand(t.db, as.reviewer!, form({ versionId: String(versionId), section: "2", reason: "人员经费增加的原因请说明。" }));
    expect(returned.ok).toBe(true);
    expect((await getVersion(t.db, versionId))!.version.status).toBe("returned");
    const disclosureId = (await getVersion(t.db, versionId))!.version.disclosureId;
    expect((await commentsOfDisclosure(t.db, disclosureId)).map((c) => c.body)).toContain("人员经费增加的原因请说明。");

    // The editor answers, fixes and resubmits.
    expect((await commentCommand(t.db, as.editor401!, form({ versionId: String(versionId), section: "2", body: "已补充原因。" }))).ok).toBe(true);
    const returnedVersion = (await getVersion(t.db, versionId))!.version;
    const fixed = structuredClone(returnedVersion.document);
    fixed.change.reasons.personnel = "因新增编制人员";
    const saved = await saveDraftCommand(t.db, as.editor401!, { versionId, revision: returnedVersion.revision, document: fixed });
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    expect(await submitDraftCommand(t.db, as.editor401!, { versionId, revision: saved.revision })).toEqual({ ok: true });

    // The reviewer of the resubmission sees exactly what changed since the return.
    const resubmitted = (await getVersion(t.db, versionId))!.version;
    expect(resubmitted.returnedDocument).toEqual(returnedVersion.document);
    expect(diffDocuments(resubmitted.returnedDocument!, resubmitted.document)).toEqual([
      { field: "change.reasons.personnel", old: returnedVersion.document.change.reasons.personnel, new: "因新增编制人员" },
    ]);

    expect(await approveCommand(t.db, as.editor401!, form({ versionId: String(versionId) }))).toMatchObject({ ok: false });
    expect(await approveCommand(t.db, as.reviewer!, form({ versionId: String(versionId) }))).toEqual({
      ok: true,
      message: "已审核通过并公开。",
      // What the public pages must refresh (lib/public-tags.ts): 401's code, 2019 (and 2020's view); its county had published already.
      published: { kind: "publication", code: "401", year: 2019, firstInCounty: false },
    });
    const after = (await getPublishedDisclosure(t.db, "401", 2019))!;
    expect(after.versionNo).toBe(before.versionNo + 1);
    expect(after.document.expenditure.personnel).toBe(before.document.expenditure.personnel! + 10_000);
    const [old] = await t.db
      .select()
      .from(disclosureVersions)
      .where(and(eq(disclosureVersions.disclosureId, disclosureId), eq(disclosureVersions.versionNo, before.versionNo)));
    expect(old!.status).toBe("superseded");
    expect(old!.document).toEqual(before.document);

    // Every step is in the audit trail, newest first.
    const trail = (await auditOfDisclosure(t.db, disclosureId)).map((e) => e.action).reverse();
    expect(trail).toEqual([
      "draft.create",
      "draft.save",
      "version.submit",
      "version.return",
      "comment.add",
      "draft.save",
      "version.submit",
      "version.approve",
    ]);
    const save = (await auditOfDisclosure(t.db, disclosureId)).find((e) => e.action === "draft.save");
    expect(save!.changes).toContainEqual({ field: "change.reasons.personnel", old: before.document.change.reasons.personnel, new: "因新增编制人员" });
  });

  it("nobody approves what they submitted", async () => {
    // A reviewer who is also the submitter: give reviewer2's id as the submitter.
    const versionId = await submittedCorrection("402");
    await t.db.update(disclosureVersions).set({ submittedBy: as.reviewer2!.id }).where(eq(disclosureVersions.id, versionId));
    expect(await approveCommand(t.db, as.reviewer2!, form({ versionId: String(versionId) }))).toEqual({
      ok: false,
      message: "不能审核通过自己提交的公开文件",
    });
    expect((await getVersion(t.db, versionId))!.version.status).toBe("submitted");
    expect((await approveCommand(t.db, as.reviewer!, form({ versionId: String(versionId) }))).ok).toBe(true);
  });

  it("two reviewers approving at once: exactly one approval and one clear refusal", async () => {
    const versionId = await submittedCorrection("403", 20_000);
    const results = await Promise.all([
      approveCommand(t.db, as.reviewer!, form({ versionId: String(versionId) })),
      approveCommand(t.db, as.reviewer2!, form({ versionId: String(versionId) })),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)?.message).toMatch(/已被处理|当前状态为“已公开”/);
    const published = await t.db
      .select()
      .from(disclosureVersions)
      .where(
        and(eq(disclosureVersions.departmentId, departmentIds["403"]!), eq(disclosureVersions.year, 2019), eq(disclosureVersions.status, "published")),
      );
    expect(published).toHaveLength(1);
    const approvals = await t.db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.versionId, versionId), eq(auditEntries.action, "version.approve")));
    expect(approvals).toHaveLength(1);
  });

  it("editors, admins, other regions' and anonymous callers cannot return or approve", async () => {
    const versionId = await submittedCorrection("404");
    const input = form({ versionId: String(versionId), section: "0", reason: "x" });
    for (const who of [as.editor401!, as.editor434!, as.admin!]) {
      expect((await approveCommand(t.db, who, form({ versionId: String(versionId) }))).ok).toBe(false);
      expect((await returnCommand(t.db, who, input)).ok).toBe(false);
    }
    const otherRegion = { ...as.reviewer!, regionId: 9999 };
    expect(await approveCommand(t.db, otherRegion, form({ versionId: String(versionId) }))).toEqual({ ok: false, message: "未找到该公开文件。" });
    expect(await approveCommand(t.db, null, form({ versionId: String(versionId) }))).toEqual({ ok: false, message: "登录已失效，请重新登录。" });
    expect(await commentCommand(t.db, as.editor434!, form({ versionId: String(versionId), section: "1", body: "x" }))).toEqual({
      ok: false,
      message: "未找到该公开文件。",
    });
    expect((await getVersion(t.db, versionId))!.version.status).toBe("submitted");
  });
});

describe("an incomplete draft (a row added, its name not yet typed)", () => {
  it("is saved as a draft, but can be neither submitted nor approved, and the public never sees it", async () => {
    const before = (await getPublishedDisclosure(t.db, "406", 2019))!;
    const created = await createDraftCommand(t.db, as.editor401!, form({ departmentId: String(departmentIds["406"]), year: "2019", start: "published" }));
    if (!created.ok) throw new Error(created.message);
    const draft = (await getVersion(t.db, created.versionId))!.version;
    const incomplete = structuredClone(draft.document);
    incomplete.expenditure.projects.push({ name: "", amount: 0 });
    incomplete.preamble = "按照《预算法》规定，现将本部门预算公开如下（草稿中）。";
    const saved = await saveDraftCommand(t.db, as.editor401!, { versionId: draft.id, revision: draft.revision, document: incomplete });
    expect(saved).toMatchObject({ ok: true, revision: draft.revision + 1 });
    if (!saved.ok) return;
    const row = incomplete.expenditure.projects.length - 1;
    expect((await getVersion(t.db, draft.id))!.version.document.expenditure.projects[row]).toEqual({ name: "", amount: 0 });

    const refused = await submitDraftCommand(t.db, as.editor401!, { versionId: draft.id, revision: saved.revision });
    expect(refused).toMatchObject({ ok: false, reason: "incomplete" });
    if (!refused.ok && refused.reason === "incomplete") {
      expect(refused.errors).toContainEqual({ field: `expenditure.projects.${row}.name`, message: "请填写名称" });
    }
    expect((await getVersion(t.db, draft.id))!.version.status).toBe("draft");

    // Even if it reached the queue some other way, approval (which publishes) refuses it.
    await t.db.update(disclosureVersions).set({ status: "submitted", submittedBy: as.editor401!.id }).where(eq(disclosureVersions.id, draft.id));
    expect(await approveCommand(t.db, as.reviewer!, form({ versionId: String(draft.id) }))).toEqual({
      ok: false,
      message: "内容尚未填写完整，不能审核通过，请退回修改。",
    });
    expect((await getVersion(t.db, draft.id))!.version.status).toBe("submitted");
    const after = (await getPublishedDisclosure(t.db, "406", 2019))!;
    expect(after.versionNo).toBe(before.versionNo);
    expect(after.document).toEqual(before.document);
    expect(after.document.preamble).not.toContain("草稿中");
  });
});

describe("bulk actions on the board", () => {
  function bulk(fields: Record<string, string>, ids: string[]) {
    const data = form(fields);
    for (const id of ids) data.append("departmentId", id);
    return data;
  }

  it("approve several, each checked and audited as if done one by one, with a result per department", async () => {
    const first = await submittedCorrection("402");
    // 404's correction is still waiting from the refusals test above.
    const [waiting] = await t.db
      .select()
      .from(disclosureVersions)
      .where(and(eq(disclosureVersions.departmentId, departmentIds["404"]!), eq(disclosureVersions.status, "submitted")));
    const second = waiting!.id;
    const ids = ["402", "404", "405"].map((c) => String(departmentIds[c]));
    // Not confirmed, or by an editor: nothing happens.
    expect((await bulkCommand(t.db, as.reviewer!, bulk({ intent: "approve", year: "2019" }, ids))).result.ok).toBe(false);
    expect((await bulkCommand(t.db, as.editor401!, bulk({ intent: "approve", year: "2019", confirmed: "on" }, ids))).result).toEqual({
      ok: false,
      message: "此操作仅供本地区财政局审核人使用。",
    });
    expect((await getVersion(t.db, first))!.version.status).toBe("submitted");

    const { result, published } = await bulkCommand(t.db, as.reviewer!, bulk({ intent: "approve", year: "2019", confirmed: "on" }, ids));
    expect(result.ok).toBe(false); // 405 has nothing waiting
    expect(result.message.split("\n")).toEqual([
      "3 个部门中 2 个成功，1 个未处理：",
      expect.stringMatching(/^✓ 402 .*：已审核通过并公开。$/),
      expect.stringMatching(/^✓ 404 .*：已审核通过并公开。$/),
      expect.stringMatching(/^✗ 405 .*：2019年没有待审核的版本。$/),
    ]);
    expect(published.map((p) => p.kind === "publication" && p.code)).toEqual(["402", "404"]);
    for (const id of [first, second]) {
      expect((await getVersion(t.db, id))!.version.status).toBe("published");
      const trail = await auditOfDisclosure(t.db, (await getVersion(t.db, id))!.version.disclosureId);
      expect(trail.filter((e) => e.action === "version.approve" && e.versionId === id)).toHaveLength(1);
    }
  });

  it("returns several with one reason, and enters one 批复 date for several departments", async () => {
    const id = await submittedCorrection("402");
    const returned = await bulkCommand(t.db, as.reviewer!, bulk({ intent: "return", year: "2019", reason: "请统一核对三公经费。" }, [String(departmentIds["402"])]));
    expect(returned.result).toMatchObject({ ok: true });
    expect((await getVersion(t.db, id))!.version.status).toBe("returned");

    const ids = ["405", "406"].map((c) => String(departmentIds[c]));
    expect((await bulkCommand(t.db, as.reviewer!, bulk({ intent: "approval-date", year: "2019", date: "2030-01-01" }, ids))).result.message).toContain(
      "批复日期应在2018年或2019年内。",
    );
    const dated = await bulkCommand(t.db, as.reviewer!, bulk({ intent: "approval-date", year: "2019", date: "2019-02-20" }, ids));
    expect(dated.result).toMatchObject({ ok: true, message: expect.stringContaining("已处理全部 2 个部门。") });
    const rows = await t.db.select().from(disclosures).where(eq(disclosures.year, 2019));
    for (const code of ["405", "406"]) expect(rows.find((r) => r.departmentId === departmentIds[code])!.approvalDate).toBe("2019-02-20");
    const entries = await t.db.select().from(auditEntries).where(eq(auditEntries.action, "approval-date.set"));
    expect(entries.filter((e) => e.changes.some((c) => c.new === "2019-02-20"))).toHaveLength(2);
  });
});

describe("comments", () => {
  it("are edited and deleted by their author only, each audited with the old text", async () => {
    const versionId = await submittedCorrection("403");
    const disclosureId = (await getVersion(t.db, versionId))!.version.disclosureId;
    expect((await commentCommand(t.db, as.reviewer!, form({ versionId: String(versionId), section: "0", body: "请核对。" }))).ok).toBe(true);
    const [root] = await commentsOfDisclosure(t.db, disclosureId);
    expect((await commentCommand(t.db, as.editor401!, form({ versionId: String(versionId), section: "0", body: "已核对", replyTo: String(root!.id) }))).ok).toBe(true);
    const reply = (await commentsOfDisclosure(t.db, disclosureId)).find((c) => c.body === "已核对")!;

    // Another reviewer of the county, the other editor, an admin, and nobody: refused, nothing changed.
    expect(await editCommentCommand(t.db, as.reviewer!, form({ commentId: String(reply.id), body: "改写" }))).toEqual({ ok: false, message: "只能修改或删除自己发表的意见。" });
    expect(await deleteCommentCommand(t.db, as.reviewer2!, form({ commentId: String(reply.id) }))).toEqual({ ok: false, message: "只能修改或删除自己发表的意见。" });
    expect(await deleteCommentCommand(t.db, as.editor434!, form({ commentId: String(reply.id) }))).toEqual({ ok: false, message: "未找到该意见。" });
    expect(await deleteCommentCommand(t.db, as.admin!, form({ commentId: String(reply.id) }))).toEqual({ ok: false, message: "未找到该意见。" });
    expect(await deleteCommentCommand(t.db, null, form({ commentId: String(reply.id) }))).toMatchObject({ ok: false });
    expect((await editCommentCommand(t.db, as.editor401!, form({ commentId: String(reply.id), body: " " }))).ok).toBe(false);

    expect(await editCommentCommand(t.db, as.editor401!, form({ commentId: String(reply.id), body: "已核对并修改。" }))).toEqual({ ok: true, message: "意见已修改。" });
    expect(await deleteCommentCommand(t.db, as.editor401!, form({ commentId: String(reply.id) }))).toEqual({ ok: true, message: "意见已删除。" });
    expect(await deleteCommentCommand(t.db, as.editor401!, form({ commentId: String(reply.id) }))).toEqual({ ok: false, message: "未找到该意见。" });
    const after = (await commentsOfDisclosure(t.db, disclosureId)).find((c) => c.id === reply.id)!;
    expect(after.deletedAt).not.toBeNull();
    expect(after.editedAt).not.toBeNull();
    const trail = (await auditOfDisclosure(t.db, disclosureId)).filter((e) => e.action.startsWith("comment."));
    expect(trail.map((e) => [e.action, e.changes])).toEqual([
      ["comment.delete", [{ field: `comment.${reply.id}.body`, old: "已核对并修改。", new: null }]],
      ["comment.edit", [{ field: `comment.${reply.id}.body`, old: "已核对", new: "已核对并修改。" }]],
      ["comment.add", []],
      ["comment.add", []],
    ]);
  });
});

describe("the 批复 date", () => {
  it("is set by a reviewer of the region, validated, and audited", async () => {
    const input = { departmentId: String(educationId), year: "2019" };
    expect(await approvalDateCommand(t.db, as.reviewer!, form({ ...input, date: "2019-13-01" }))).toEqual({
      ok: false,
      message: "批复日期格式应为 年-月-日",
    });
    expect(await approvalDateCommand(t.db, as.reviewer!, form({ ...input, date: "2015-01-01" }))).toMatchObject({ ok: false });
    expect(await approvalDateCommand(t.db, as.editor401!, form({ ...input, date: "2019-01-20" }))).toEqual({ ok: false, message: "未找到该部门。" });
    expect(await approvalDateCommand(t.db, as.reviewer!, form({ ...input, date: "2019-01-20" }))).toMatchObject({ ok: true });
    const [row] = await t.db
      .select()
      .from(disclosures)
      .where(and(eq(disclosures.departmentId, educationId), eq(disclosures.year, 2019)));
    expect(row!.approvalDate).toBe("2019-01-20");
  });
});

describe("the audit trail", () => {
  it("is append-only: the database refuses UPDATE, DELETE and TRUNCATE", async () => {
    const [entry] = await t.db.select().from(auditEntries).limit(1);
    expect(entry).toBeDefined();
    for (const statement of [
      sql`update audit_entries set note = 'rewritten' where id = ${entry!.id}`,
      sql`delete from audit_entries where id = ${entry!.id}`,
      sql`truncate audit_entries`,
    ]) {
      await expect(t.db.execute(statement)).rejects.toThrow();
    }
    const [still] = await t.db.select().from(auditEntries).where(eq(auditEntries.id, entry!.id));
    expect(still).toEqual(entry);
    // And the refusal names itself.
    const error = await t.db.execute(sql`delete from audit_entries`).catch((e: unknown) => e);
    expect(JSON.stringify(error, Object.getOwnPropertyNames(error)) + String((error as Error).cause ?? "")).toMatch(/审计记录只能追加/);
  });

  it("records a failed save nowhere: no entry without its change", async () => {
    const count = async () => (await t.db.select({ n: sql<number>`count(*)::int` }).from(auditEntries))[0]!.n;
    const before = await count();
    const published = await getPublishedDocument(t.db, departmentIds["405"]!, 2019);
    const draft = await createDraftCommand(t.db, as.editor401!, form({ departmentId: String(departmentIds["405"]), year: "2019", start: "published" }));
    expect(draft.ok).toBe(true);
    if (!draft.ok) return;
    expect(await count()).toBe(before + 1); // draft.create
    const stale = await saveDraftCommand(t.db, as.editor401!, { versionId: draft.versionId, revision: 99, document: published });
    expect(stale.ok).toBe(false);
    expect(await count()).toBe(before + 1);
  });
});

describe("a bulk approval in which one department fails", () => {
  it("approves the others, leaves the failed one exactly as it was, and says which one failed", async () => {
    // Three departments with a correction waiting: a new one where nothing is open for 2019, or
    // the returned one (from the tests above) submitted again.
    const versions = await t.db.select().from(disclosureVersions).where(eq(disclosureVersions.year, 2019));
    const waiting: Record<string, number> = {};
    for (const code of ["401", "402", "403", "404", "405", "406"]) {
      if (Object.keys(waiting).length === 3) break;
      const open = versions.find((v) => v.departmentId === departmentIds[code] && ["draft", "submitted", "returned"].includes(v.status));
      if (!open) waiting[code] = await submittedCorrection(code);
      else if (open.status === "returned") {
        expect(await submitDraftCommand(t.db, as.editor401!, { versionId: open.id, revision: open.revision })).toEqual({ ok: true });
        waiting[code] = open.id;
      }
    }
    const [a, broken, b] = Object.keys(waiting) as [string, string, string];
    expect(b).toBeDefined();
    const publishedBefore = (await getPublishedDisclosure(t.db, broken, 2019))!;
    // The database itself refuses to publish one of them, midway through its approval (after the
    // old version was marked superseded): a real failure, not a mock.
    await t.raw(`create function refuse_test_publication() returns trigger language plpgsql as $$
      begin
        if new.status = 'published' and new.department_id = ${departmentIds[broken]} then raise exception 'test: publication refused'; end if;
        return new;
      end $$`);
    await t.raw(`create trigger refuse_test_publication before update on disclosure_versions for each row execute function refuse_test_publication()`);
    try {
      const data = form({ intent: "approve", year: "2019", confirmed: "on" });
      for (const code of [a, broken, b]) data.append("departmentId", String(departmentIds[code]));
      const { result, published } = await bulkCommand(t.db, as.reviewer!, data);
      expect(result.ok).toBe(false);
      expect(result.message.split("\n")).toEqual([
        "3 个部门中 2 个成功，1 个未处理：",
        expect.stringMatching(new RegExp(`^✓ ${a} .*：已审核通过并公开。$`)),
        expect.stringMatching(new RegExp(`^✗ ${broken} .*：处理时出错，该部门未作任何更改，请稍后单独重试。$`)),
        expect.stringMatching(new RegExp(`^✓ ${b} .*：已审核通过并公开。$`)),
      ]);
      expect(published.map((p) => p.kind === "publication" && p.code)).toEqual([a, b]);
      for (const code of [a, b]) expect((await getVersion(t.db, waiting[code]!))!.version.status).toBe("published");
      // Nothing half-done: still submitted, the old version still the public one, no approval audited.
      expect((await getVersion(t.db, waiting[broken]!))!.version.status).toBe("submitted");
      const publishedAfter = (await getPublishedDisclosure(t.db, broken, 2019))!;
      expect(publishedAfter.versionNo).toBe(publishedBefore.versionNo);
      const trail = await auditOfDisclosure(t.db, (await getVersion(t.db, waiting[broken]!))!.version.disclosureId);
      expect(trail.filter((e) => e.action === "version.approve" && e.versionId === waiting[broken])).toEqual([]);
    } finally {
      await t.raw(`drop trigger refuse_test_publication on disclosure_versions`);
      await t.raw(`drop function refuse_test_publication()`);
    }
    // Retried alone, it goes through.
    expect((await approveCommand(t.db, as.reviewer!, form({ versionId: String(waiting[broken]) }))).ok).toBe(true);
  });
});

/**
 * Who is told what, against a real database (PGlite, or PostgreSQL with DATABASE_URL): submit →
 * the county's reviewers, return and approve → the department's editors, deadline notices once per
 * threshold; choices honoured; nobody reads or marks another's inbox.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { openTestDatabase, seededUser, type TestDatabase } from "@/db/test-database";
import { seedAll } from "@/db/seed";
import { auditEntries, departments, emailOutbox, notifications, regions, users } from "@/db/schema";
import { ensureDeadlineNotices, inboxOf, unreadCount } from "@/db/queries/notifications";
import { getVersion } from "@/db/queries/drafts";
import type { SessionUser } from "@/lib/auth/permissions";
import { createDraftCommand } from "../edit/create-draft-command";
import { saveDraftCommand, submitDraftCommand } from "../edit/[versionId]/draft-commands";
import { approvalDateCommand, approveCommand, returnCommand } from "../review/review-commands";
import { markReadCommand, preferencesCommand } from "./notification-commands";

let t: TestDatabase;
const as: Record<string, SessionUser> = {};
let outsider: SessionUser;
let educationId = 0;

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(key, v);
  return data;
}

/** A correction of 401's published 2019 disclosure with one amount changed, submitted by editor401. */
async function submitCorrection(delta: number): Promise<number> {
  const created = await createDraftCommand(t.db, as.editor401!, form({ departmentId: String(educationId), year: "2019", start: "published" }));
  if (!created.ok) throw new Error(created.message);
  const draft = (await getVersion(t.db, created.versionId))!.version;
  const document = structuredClone(draft.document);
  document.glossary = [...document.glossary, { term: `术语${delta}`, definition: "说明" }];
  const saved = await saveDraftCommand(t.db, as.editor401!, { versionId: draft.id, revision: draft.revision, document });
  if (!saved.ok) throw new Error(saved.message);
  const submitted = await submitDraftCommand(t.db, as.editor401!, { versionId: draft.id, revision: saved.revision });
  if (!submitted.ok) throw new Error(JSON.stringify(submitted));
  return draft.id;
}

const kindsOf = async (user: SessionUser) => (await inboxOf(t.db, user)).map((n) => n.kind);

beforeAll(async () => {
  t = await openTestDatabase();
  await seedAll(t.db);
  const [education] = await t.db.select().from(departments).where(eq(departments.code, "401"));
  educationId = education!.id;
  for (const name of ["editor401", "editor434", "reviewer", "reviewer2", "admin"]) as[name] = await seededUser(t.db, name);
  // A reviewer of another county: never told of this county's submissions.
  const [other] = await t.db.insert(regions).values({ code: "999999", name: "另一县", province: "河北省" }).returning();
  await t.db.insert(users).values({ username: "reviewer-other", displayName: "外县审核人", passwordHash: "x", role: "reviewer", regionId: other!.id });
  outsider = await seededUser(t.db, "reviewer-other");
});

afterAll(async () => {
  await t?.close();
});

describe("notifications", () => {
  it("a submission tells the county's reviewers; a return and an approval tell the department's editors", async () => {
    const versionId = await submitCorrection(1);
    expect(await kindsOf(as.reviewer!)).toEqual(["submit"]);
    expect(await kindsOf(as.reviewer2!)).toEqual(["submit"]);
    expect(await kindsOf(outsider)).toEqual([]);
    expect(await kindsOf(as.editor401!)).toEqual([]); // not told of their own action
    expect(await kindsOf(as.editor434!)).toEqual([]);

    const returned = await returnCommand(t.db, as.reviewer!, form({ versionId: String(versionId), section: "8", reason: "请补充术语说明" }));
    expect(returned.ok).toBe(true);
    const inbox = await inboxOf(t.db, as.editor401!);
    expect(inbox.map((n) => n.kind)).toEqual(["return"]);
    expect(inbox[0]!.message).toContain("被退回修改：请补充术语说明");
    expect(inbox[0]!.href).toBe(`/edit/${versionId}`);
    expect(await unreadCount(t.db, as.editor434!)).toBe(0);

    const version = (await getVersion(t.db, versionId))!.version;
    const resubmitted = await submitDraftCommand(t.db, as.editor401!, { versionId, revision: version.revision });
    expect(resubmitted.ok).toBe(true);
    expect(await approveCommand(t.db, as.reviewer2!, form({ versionId: String(versionId) }))).toMatchObject({ ok: true });
    expect(await kindsOf(as.editor401!)).toEqual(["approve", "return"]);
    expect(await unreadCount(t.db, as.editor401!)).toBe(2);
    // Reviewer 2 was told of both submissions; without SMTP_URL nothing is queued for mail.
    expect(await kindsOf(as.reviewer2!)).toEqual(["submit", "submit"]);
    expect(await t.db.select().from(emailOutbox)).toEqual([]);
  });

  it("honours each user's choice: a kind switched off in-app is neither listed nor counted", async () => {
    const choice = form({ email: "", "approve:inApp": "on", "deadline:inApp": "on" }); // return: off
    expect(await preferencesCommand(t.db, as.editor401!, choice)).toEqual({ ok: true, message: "通知设置已保存。" });
    expect(await kindsOf(as.editor401!)).toEqual(["approve"]);
    expect(await unreadCount(t.db, as.editor401!)).toBe(1);
    const [audit] = await t.db.select().from(auditEntries).where(eq(auditEntries.action, "notification.preferences"));
    expect(audit!.changes).toEqual(expect.arrayContaining([{ field: "notifications.return.inApp", old: true, new: false }]));
    // Switched on again, the notice is back.
    await preferencesCommand(t.db, as.editor401!, form({ "return:inApp": "on", "approve:inApp": "on", "deadline:inApp": "on" }));
    expect(await kindsOf(as.editor401!)).toEqual(["approve", "return"]);
    expect((await preferencesCommand(t.db, as.editor401!, form({ email: "not-an-address" }))).ok).toBe(false);
  });

  it("refuses to read or mark another user's notices", async () => {
    const [theirs] = await t.db.select().from(notifications).where(eq(notifications.userId, as.editor401!.id));
    // editor434 names editor401's notice: nothing of editor401's changes, and nothing of theirs is listed.
    expect(await markReadCommand(t.db, as.editor434!, form({ id: String(theirs!.id) }))).toEqual({ ok: true, message: "没有未读通知。" });
    const [after] = await t.db.select().from(notifications).where(eq(notifications.id, theirs!.id));
    expect(after!.readAt).toBeNull();
    expect((await inboxOf(t.db, as.editor434!)).some((n) => n.userId !== as.editor434!.id)).toBe(false);
    expect(await markReadCommand(t.db, null, form({}))).toMatchObject({ ok: false });
    // The owner marks all read.
    expect(await markReadCommand(t.db, as.editor401!, form({}))).toEqual({ ok: true, message: "已将 2 条通知标为已读。" });
    expect(await unreadCount(t.db, as.editor401!)).toBe(0);
  });

  it("writes a deadline notice once per disclosure and threshold, when the editor's workspace is read", async () => {
    // 434's 2019 disclosure has no published version there: approved 2019-03-01 → due 2019-03-21.
    const office = as.editor434!;
    const [dept] = await t.db.select().from(departments).where(eq(departments.code, "434"));
    expect(await approvalDateCommand(t.db, as.reviewer!, form({ departmentId: String(dept!.id), year: "2019", date: "2019-03-01" }))).toMatchObject({ ok: true });
    // Read the rows directly: the inbox itself would use today's date.
    const ofOffice = () => t.db.select().from(notifications).where(eq(notifications.userId, office.id));
    await ensureDeadlineNotices(t.db, office, "2019-03-01");
    expect(await ofOffice()).toEqual([]); // 20 days left: nothing yet
    await ensureDeadlineNotices(t.db, office, "2019-03-17");
    await ensureDeadlineNotices(t.db, office, "2019-03-18");
    const dueSoon = await ofOffice();
    expect(dueSoon.map((n) => n.dedupeKey)).toEqual([expect.stringMatching(/:due-soon:2019-03-21$/)]);
    expect(dueSoon[0]!.message).toContain("须在2019-03-21前公开，还剩4天");
    await ensureDeadlineNotices(t.db, office, "2019-03-22");
    await ensureDeadlineNotices(t.db, office, "2019-03-30");
    const all = await ofOffice();
    expect(all.map((n) => n.dedupeKey?.split(":")[2])).toEqual(["due-soon", "late"]);
  });

  it("tells each reviewer of the county, in one digest a day, which departments have not published as deadlines near and pass", async () => {
    // 434's 2019 disclosure is due 2019-03-21 (the test above); 401 is published; a third
    // department, approved 2019-03-05 (due 2019-03-25), has nothing drafted.
    const [county] = await t.db.select().from(departments).where(eq(departments.code, "434"));
    const [extra] = await t.db.insert(departments).values({ regionId: county!.regionId, code: "998", name: "县示例局（示例数据）", isDemo: true }).returning();
    expect(await approvalDateCommand(t.db, as.reviewer!, form({ departmentId: String(extra!.id), year: "2019", date: "2019-03-05" }))).toMatchObject({ ok: true });
    const digestsOf = (user: SessionUser) =>
      t.db.select().from(notifications).where(eq(notifications.userId, user.id)).then((rows) => rows.filter((n) => n.kind === "deadline"));

    await ensureDeadlineNotices(t.db, as.reviewer!, "2019-03-10");
    expect(await digestsOf(as.reviewer!)).toEqual([]); // 11 and 15 days left: nothing yet
    await ensureDeadlineNotices(t.db, as.reviewer!, "2019-03-17");
    await ensureDeadlineNotices(t.db, as.reviewer!, "2019-03-17");
    const [first, ...none] = await digestsOf(as.reviewer!);
    expect(none).toEqual([]);
    expect(first).toMatchObject({ departmentId: null, href: "/review" });
    expect(first!.message).toMatch(/^截至2019-03-17，本县有1个部门的预算已批复但尚未公开。即将到期1个：434 正定县人民政府办公室2019年（期限2019-03-21，还剩4天，/);
    expect(first!.message).not.toContain("998");

    // The next day: nothing new, no new digest. 2019-03-21: 998 is due soon too — one digest naming both.
    await ensureDeadlineNotices(t.db, as.reviewer!, "2019-03-18");
    expect(await digestsOf(as.reviewer!)).toHaveLength(1);
    await ensureDeadlineNotices(t.db, as.reviewer!, "2019-03-21");
    await ensureDeadlineNotices(t.db, as.reviewer!, "2019-03-22"); // 434 late: a new list
    const later = await digestsOf(as.reviewer!);
    expect(later).toHaveLength(3);
    const last = later.at(-1)!;
    expect(last.href).toBe("/review?status=late");
    expect(last.message).toContain("本县有2个部门的预算已批复但尚未公开。已逾期1个：434 正定县人民政府办公室2019年（期限2019-03-21，已逾期1天，");
    expect(last.message).toContain("即将到期1个：998 县示例局（示例数据）2019年（期限2019-03-25，还剩3天，尚未起草）。");
    expect(later[1]!.message).toContain("即将到期2个");

    // Every reviewer of the county gets their own; a reviewer of another county and the admin get none.
    await ensureDeadlineNotices(t.db, as.reviewer2!, "2019-03-22");
    expect(await digestsOf(as.reviewer2!)).toHaveLength(1);
    await ensureDeadlineNotices(t.db, outsider, "2019-03-22");
    await ensureDeadlineNotices(t.db, as.admin!, "2019-03-22");
    expect(await digestsOf(outsider)).toEqual([]);
    expect(await digestsOf(as.admin!)).toEqual([]);
    expect(await kindsOf(as.reviewer!)).toContain("deadline");
  });
});

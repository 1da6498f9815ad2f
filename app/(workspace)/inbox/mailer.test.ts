/**
 * Notification mail through a real SMTP conversation: a local sink (smtp-server) receives it; a
 * dead server fails the sending, never the action, and the mail waits in the outbox for the next
 * drain. Against a real database (PGlite, or PostgreSQL with DATABASE_URL).
 */
import type { Server } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { SMTPServer } from "smtp-server";

// Mail is queued only when SMTP_URL is set (lib/env.ts reads it once, at import): a dead address
// here, so the action's own delivery attempt can only fail; the drains below name their server.
const DEAD = vi.hoisted(() => {
  const url = "smtp://127.0.0.1:1";
  process.env.SMTP_URL = url;
  return url;
});

const { openTestDatabase, seededUser } = await import("@/db/test-database");
const { seedAll } = await import("@/db/seed");
const { departments, emailOutbox } = await import("@/db/schema");
const { getVersion } = await import("@/db/queries/drafts");
const { createDraftCommand } = await import("@/app/(workspace)/edit/create-draft-command");
const { saveDraftCommand, submitDraftCommand } = await import("@/app/(workspace)/edit/[versionId]/draft-commands");
const { returnCommand } = await import("@/app/(workspace)/review/review-commands");
const { preferencesCommand } = await import("@/app/(workspace)/inbox/notification-commands");
const { deliverQueuedMail, drainOutbox } = await import("@/lib/notifications/mailer");

type Db = Awaited<ReturnType<typeof openTestDatabase>>;
let t: Db;
let sink: SMTPServer;
let sinkUrl = "";
const received: { to: string; body: string }[] = [];

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

beforeAll(async () => {
  sink = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      let body = "";
      stream.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
      stream.on("end", () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address).join(","), body });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => sink.listen(0, "127.0.0.1", resolve));
  const address = (sink as unknown as { server: Server }).server.address();
  sinkUrl = `smtp://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  t = await openTestDatabase();
  await seedAll(t.db);
});

afterAll(async () => {
  await new Promise<void>((resolve) => sink.close(() => resolve()));
  await t?.close();
});

describe("notification mail", () => {
  it("a return is mailed to the editor who asked for mail; a dead SMTP server fails only the sending", async () => {
    const editor = await seededUser(t.db, "editor401");
    const reviewer = await seededUser(t.db, "reviewer");
    expect(
      await preferencesCommand(t.db, editor, form({ email: "editor401@example.cn", "return:inApp": "on", "return:email": "on" })),
    ).toMatchObject({ ok: true });
    const [education] = await t.db.select().from(departments).where(eq(departments.code, "401"));
    const created = await createDraftCommand(t.db, editor, form({ departmentId: String(education!.id), year: "2019", start: "published" }));
    if (!created.ok) throw new Error(created.message);
    const draft = (await getVersion(t.db, created.versionId))!.version;
    const document = structuredClone(draft.document);
    document.otherMatters = `${document.otherMatters ?? ""}补充说明。`;
    const saved = await saveDraftCommand(t.db, editor, { versionId: draft.id, revision: draft.revision, document });
    if (!saved.ok) throw new Error(saved.message);
    expect((await submitDraftCommand(t.db, editor, { versionId: draft.id, revision: saved.revision })).ok).toBe(true);

    // The action succeeds whatever the mail server does: mail is only queued in its transaction.
    const returned = await returnCommand(t.db, reviewer, form({ versionId: String(draft.id), section: "9", reason: "请核对其他事项" }));
    expect(returned).toEqual({ ok: true, message: "已退回，填报人将看到退回理由。" });
    const queued = await t.db.select().from(emailOutbox);
    expect(queued.map((m) => m.toAddress)).toEqual(["editor401@example.cn"]);

    // The actions' own after-commit delivery against the dead server: logged, never thrown.
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    await expect(deliverQueuedMail(async () => t.db)).resolves.toBeUndefined();
    expect(await drainOutbox(t.db, { url: DEAD, from: "portal@example.cn" })).toEqual({ sent: 0, failed: 1 });
    expect(errors).toHaveBeenCalled();
    errors.mockRestore();
    const [failed] = await t.db.select().from(emailOutbox);
    expect(failed).toMatchObject({ sentAt: null, attempts: 2 });
    expect(failed!.lastError).toBeTruthy();
    expect(received).toEqual([]);

    // The next drain against a live server delivers it, once.
    expect(await drainOutbox(t.db, { url: sinkUrl, from: "portal@example.cn" })).toEqual({ sent: 1, failed: 0 });
    expect(await drainOutbox(t.db, { url: sinkUrl, from: "portal@example.cn" })).toEqual({ sent: 0, failed: 0 });
    expect(received).toHaveLength(1);
    expect(received[0]!.to).toBe("editor401@example.cn");
    expect(received[0]!.body).toMatch(/Subject: =\?UTF-8\?/); // the Chinese subject, encoded
    const [sent] = await t.db.select().from(emailOutbox);
    expect(sent!.sentAt).not.toBeNull();
  });

  it("queues no mail for a user who switched mail off or gave no address", async () => {
    const before = (await t.db.select().from(emailOutbox)).length;
    const editor = await seededUser(t.db, "editor401");
    await preferencesCommand(t.db, editor, form({ email: "editor401@example.cn", "return:inApp": "on", "approve:inApp": "on" }));
    const { notify } = await import("@/db/queries/notifications");
    const reviewer = await seededUser(t.db, "reviewer"); // no address
    await t.db.transaction(async (tx) => {
      await notify(tx, { kind: "return", departmentId: editor.departmentIds[0]!, versionId: null, message: "x", href: "/edit" }, [editor.id]);
      await notify(tx, { kind: "submit", departmentId: editor.departmentIds[0]!, versionId: null, message: "y", href: "/review" }, [reviewer.id]);
    });
    expect((await t.db.select().from(emailOutbox)).length).toBe(before);
  });
});


/**
 * Sending the queued notification mail (db/schema.ts emailOutbox), after the action that queued
 * it has committed — never inside it, so a slow or dead SMTP server cannot fail or delay the
 * action. Each drain claims pending rows with FOR UPDATE SKIP LOCKED, so several server instances
 * draining at once never send one mail twice; a failure is logged, counted and retried by the next
 * drain (up to MAX_ATTEMPTS), and a restart loses nothing because the queue is in the database.
 */
import { and, asc, eq, isNull, lt } from "drizzle-orm";
import nodemailer from "nodemailer";
import type { Database } from "../../db";
import { emailOutbox } from "../../db/schema";
import { env } from "../env";

const MAX_ATTEMPTS = 5;
const BATCH = 20;

export interface MailSettings {
  url: string;
  from: string;
}

export async function drainOutbox(db: Database, settings: MailSettings): Promise<{ sent: number; failed: number }> {
  const transport = nodemailer.createTransport(settings.url, {
    // A dead server answers fast; a hanging one must not hold the claimed rows for long.
    connectionTimeout: 5_000,
    greetingTimeout: 5_000,
    socketTimeout: 10_000,
  } as object);
  let sent = 0;
  let failed = 0;
  try {
    await db.transaction(async (tx) => {
      const pending = await tx
        .select()
        .from(emailOutbox)
        .where(and(isNull(emailOutbox.sentAt), lt(emailOutbox.attempts, MAX_ATTEMPTS)))
        .orderBy(asc(emailOutbox.id))
        .limit(BATCH)
        .for("update", { skipLocked: true });
      for (const mail of pending) {
        try {
          await transport.sendMail({ from: settings.from, to: mail.toAddress, subject: mail.subject, text: mail.body });
          await tx.update(emailOutbox).set({ sentAt: new Date(), attempts: mail.attempts + 1, lastError: null }).where(eq(emailOutbox.id, mail.id));
          sent++;
        } catch (error) {
          failed++;
          const message = error instanceof Error ? error.message : String(error);
          console.error(`通知邮件发送失败（第${mail.attempts + 1}次，收件人 ${mail.toAddress}）：${message}`);
          await tx.update(emailOutbox).set({ attempts: mail.attempts + 1, lastError: message.slice(0, 500) }).where(eq(emailOutbox.id, mail.id));
        }
      }
    });
  } finally {
    transport.close();
  }
  return { sent, failed };
}

/**
 * For the actions, after their transaction: send what is queued, if mail is configured. Never
 * throws: the action has already succeeded.
 */
export async function deliverQueuedMail(getDb: () => Promise<Database>): Promise<void> {
  if (!env.smtpUrl) return;
  try {
    await drainOutbox(await getDb(), { url: env.smtpUrl, from: env.mailFrom });
  } catch (error) {
    console.error("通知邮件队列处理失败：", error);
  }
}

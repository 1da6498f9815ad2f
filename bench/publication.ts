/**
 * Publication-to-visible: a reviewer approves a correction on instance A through the browser
 * (next-auth sign-in, the review page's server action, as a person does), and the corrected
 * disclosure is polled on every instance and through nginx until it shows there; each elapsed
 * time is from the click on 审核通过并公开.
 *
 * What is prepared in the bench database first (db/queries, as the editor's own actions do): a
 * reviewer and an editor of the bench's first county (accounts bench_reviewer / bench_editor, a
 * new random password each run), and a submitted correction of one department's latest disclosure
 * whose 其他需要说明的事项 carries a marker unique to this run. The corrected page is the marker
 * appearing; before the approval every reader has the old page in its caches (read twice).
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { and, eq, inArray } from "drizzle-orm";
import { chromium } from "@playwright/test";
import { openDatabase } from "../db/client";
import { createDraft, getPublishedDocument, markSubmitted, saveDraft } from "../db/queries/drafts";
import { departments, disclosureVersions, disclosures, userDepartments, users } from "../db/schema";
import { hashPassword } from "../lib/auth/password";

export interface Reader {
  name: string;
  baseUrl: string;
}

export interface Visibility {
  reader: string;
  url: string;
  /**
   * Milliseconds from the click until the reader shows the correction for good: the first of
   * STABLE consecutive answers holding it; NaN if that did not happen within the limit.
   */
  ms: number;
  /** Milliseconds from the click to the first answer holding it (NaN if none). */
  firstMs: number;
  /** Answers without the correction after one with it (a reader switching between instances). */
  reverts: number;
  polls: number;
}

/** Consecutive answers holding the correction that count it as visible for good (about 0.5–1 s). */
export const STABLE = 10;

export interface PublicationResult {
  path: string;
  /** Milliseconds from the click until the reviewer's page said 已审核通过并公开. */
  actionMs: number;
  visible: Visibility[];
  limitS: number;
  error?: string;
}

const SYSTEM_CHROMIUM = "/usr/bin/chromium";

async function prepare(databaseUrl: string, code: string, year: number, marker: string, password: string) {
  const connection = await openDatabase({ engine: "postgres", url: databaseUrl, maxConnections: 2 });
  try {
    const { db } = connection;
    const [department] = await db.select().from(departments).where(eq(departments.code, code));
    if (!department) throw new Error(`department ${code} is not in the bench database`);
    const passwordHash = await hashPassword(password);
    const account = async (username: string, role: "editor" | "reviewer") => {
      const [row] = await db
        .insert(users)
        .values({ username, displayName: `基准测试${role === "editor" ? "填报人" : "审核人"}`, passwordHash, role, regionId: role === "reviewer" ? department.regionId : null })
        .onConflictDoUpdate({ target: users.username, set: { passwordHash, disabled: false } })
        .returning({ id: users.id });
      if (!row) throw new Error(`account ${username} not written`);
      return row.id;
    };
    const editorId = await account("bench_editor", "editor");
    const reviewerId = await account("bench_reviewer", "reviewer");
    await db.insert(userDepartments).values({ userId: editorId, departmentId: department.id }).onConflictDoNothing();

    const published = await getPublishedDocument(db, department.id, year);
    if (!published) throw new Error(`no published disclosure of ${code}/${year}`);
    const document = { ...published, otherMatters: `无。（${marker}）` };
    // A version left open by an interrupted run is reused: saved with this run's marker, submitted.
    const [open] = await db
      .select({ id: disclosureVersions.id, status: disclosureVersions.status, revision: disclosureVersions.revision })
      .from(disclosureVersions)
      .innerJoin(disclosures, eq(disclosures.id, disclosureVersions.disclosureId))
      .where(and(eq(disclosures.departmentId, department.id), eq(disclosures.year, year), inArray(disclosureVersions.status, ["draft", "submitted", "returned"])));
    let versionId: number;
    let revision: number;
    let from: "draft" | "returned" = "draft";
    if (open?.status === "submitted") {
      await db.update(disclosureVersions).set({ status: "draft" }).where(eq(disclosureVersions.id, open.id));
    }
    if (open) {
      versionId = open.id;
      from = open.status === "returned" ? "returned" : "draft";
      const saved = await saveDraft(db, { versionId, revision: open.revision, document, userId: editorId });
      if (!saved.ok) throw new Error(`could not save the open version ${versionId} of ${code}/${year}: ${saved.reason}`);
      revision = saved.revision;
    } else {
      const created = await createDraft(db, { departmentId: department.id, year, document, userId: editorId });
      if (!created.ok) throw new Error(`could not create a correction of ${code}/${year}: ${created.reason}`);
      versionId = created.versionId;
      revision = 1;
    }
    await db.update(disclosureVersions).set({ correctionNote: "基准测试：发布到可见的时间" }).where(eq(disclosureVersions.id, versionId));
    if (!(await markSubmitted(db, { versionId, revision, userId: editorId, from }))) throw new Error(`could not submit version ${versionId}`);
    return { versionId, reviewerId };
  } finally {
    await connection.close();
  }
}

async function body(url: string): Promise<{ status: number; text: string }> {
  const response = await fetch(url, { headers: { "accept-encoding": "gzip" }, signal: AbortSignal.timeout(10_000) });
  return { status: response.status, text: await response.text() };
}

/**
 * Polls `url` every 50 ms until STABLE consecutive answers (status 200) hold `marker`, at most
 * `limitMs` after `t0`; times from `t0` (the click), which is set just after the polls begin.
 */
async function poll(reader: Reader, url: string, marker: string, t0: () => number | undefined, limitMs: number): Promise<Visibility> {
  const result: Visibility = { reader: reader.name, url, ms: NaN, firstMs: NaN, reverts: 0, polls: 0 };
  let streak = 0;
  let streakMs = NaN;
  const deadline = () => (t0() ?? performance.now()) + limitMs;
  while (performance.now() < deadline()) {
    result.polls += 1;
    let shown = false;
    try {
      const { status, text } = await body(url);
      shown = status === 200 && text.includes(marker);
    } catch {
      // counted as not shown
    }
    const start = t0();
    if (shown && start !== undefined) {
      // When the answer arrived (conservative: it may have held the correction a little earlier).
      const at = performance.now() - start;
      if (!Number.isFinite(result.firstMs)) result.firstMs = at;
      if (streak === 0) streakMs = at;
      streak += 1;
      if (streak >= STABLE) {
        result.ms = streakMs;
        return result;
      }
    } else {
      if (streak > 0 || Number.isFinite(result.firstMs)) result.reverts += 1;
      streak = 0;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return result;
}

/**
 * Approves a fresh correction of `code`/`year` on `instanceA` and polls `readers` (each a base
 * URL: the instances and nginx) for the disclosure page, plus the open-data API through the last
 * reader, for at most `limitS` seconds after the click.
 */
export async function measurePublication(options: {
  databaseUrl: string;
  code: string;
  year: number;
  instanceA: string;
  readers: Reader[];
  limitS: number;
}): Promise<PublicationResult> {
  const path = `/departments/${options.code}/${options.year}`;
  const apiPath = `/api/v1/disclosures/${options.code}/${options.year}`;
  const marker = `基准测试标记${randomBytes(6).toString("hex")}`;
  const password = randomBytes(12).toString("base64url");
  const result: PublicationResult = { path, actionMs: NaN, visible: [], limitS: options.limitS };
  const { versionId } = await prepare(options.databaseUrl, options.code, options.year, marker, password);

  const urls = [
    ...options.readers.map((reader) => ({ reader, url: reader.baseUrl + path })),
    ...options.readers.slice(-1).map((reader) => ({ reader: { ...reader, name: `${reader.name}, API` }, url: reader.baseUrl + apiPath })),
  ];
  for (const { url } of urls) {
    for (let i = 0; i < 2; i++) {
      const before = await body(url);
      if (before.status !== 200) throw new Error(`${url} answered ${before.status} before the approval`);
      if (before.text.includes(marker)) throw new Error(`${url} shows the correction before its approval`);
    }
  }

  const browser = await chromium.launch({
    executablePath: fs.existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    const page = await (await browser.newContext({ locale: "zh-CN", baseURL: options.instanceA })).newPage();
    page.setDefaultTimeout(60_000);
    const step = async (name: string, action: () => Promise<unknown>) => {
      try {
        await action();
      } catch (error) {
        throw new Error(`${name}: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
      }
    };
    await step("sign-in as bench_reviewer", async () => {
      await page.goto("/login");
      await page.getByLabel("用户名").fill("bench_reviewer");
      await page.getByLabel("密码").fill(password);
      await page.getByRole("button", { name: "登录" }).click();
      await page.getByTestId("signed-in-user").waitFor();
    });
    const approve = page.getByRole("button", { name: "审核通过并公开" });
    await step(`the review page of version ${versionId}`, async () => {
      await page.goto(`/review/${versionId}`);
      await page.getByRole("checkbox", { name: /我已核对/ }).check();
      await approve.waitFor();
    });

    const clock: { clicked?: number } = {};
    const limitMs = options.limitS * 1000;
    const pollers = urls.map(({ reader, url }) => poll(reader, url, marker, () => clock.clicked, limitMs));
    const clicked = performance.now();
    clock.clicked = clicked;
    await step("the approval", async () => {
      await approve.click();
      await page.getByTestId("review-message").filter({ hasText: "已审核通过并公开" }).waitFor();
    });
    result.actionMs = performance.now() - clicked;
    result.visible = await Promise.all(pollers);
  } catch (error) {
    result.error = error instanceof Error ? error.message.split("\n")[0] : String(error);
  } finally {
    await browser.close();
  }
  return result;
}

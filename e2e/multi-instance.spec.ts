import fs from "node:fs";
import net from "node:net";
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { NGINX_BINARY, startTopology, type Topology } from "../deploy/local-topology";
import { formatWan } from "../lib/money";
import { amountOf, createDraft, openOrCreateDraft, signedInPage } from "./helpers";

/**
 * The deployed topology (issue 14): two more instances of the built portal, A and B, on the
 * webServer's PostgreSQL database and one Redis, behind nginx (deploy/nginx.conf, started by
 * deploy/local-topology.ts; ports E2E_PORT+1, +2 and +3). A reviewer's approval on A is on B at
 * once — the spec's first request to B after it — and through nginx within the stated bound, read
 * all along; an editor signed in on A keeps working on B and through nginx.
 *
 * PostgreSQL only: the embedded database belongs to one process. nginx and Redis must be on the
 * machine; locally their absence skips this file, in CI (.ci/run installs them) it fails.
 * Department 401, year 2016: no other spec corrects it (the correction moves money between two
 * projects, so every total the comparison specs check stays the same).
 */

/** deploy/nginx.conf: 1 s micro-cache, plus the one refresh that follows its expiry. */
const NGINX_STALENESS_BOUND_MS = 2_000;
const DISCLOSURE = "/departments/401/2016";
const API = "/api/v1/disclosures/401/2016";

const databaseUrl = process.env.DATABASE_URL;
// Not REDIS_URL: the webServer would inherit it, and a portal with REDIS_URL requires NEXTAUTH_SECRET.
const redisUrl = process.env.E2E_REDIS_URL ?? "redis://127.0.0.1:6379";
const basePort = Number(process.env.E2E_PORT ?? 3210);

// Independent tests: a failure in one (say, nginx not keeping pages) still lets the others say what
// holds. Each worker starts its own topology.
test.describe.configure({ timeout: 180_000 });
/** Checks whose failure should not hide the ones after them: the test still fails at its end. */
const soft = expect.configure({ soft: true });
test.skip(!databaseUrl, "PostgreSQL only (DATABASE_URL unset): the embedded database belongs to one process");

let topology: Topology | undefined;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const missing = [
    fs.existsSync(NGINX_BINARY) ? null : `nginx (${NGINX_BINARY})`,
    (await redisAnswers(redisUrl)) ? null : `Redis at ${redisUrl}`,
  ].filter(Boolean);
  if (missing.length > 0) {
    const reason = `needs ${missing.join(" and ")}`;
    if (process.env.CI) throw new Error(`${reason}: CI installs nginx and uses the machine's Redis (.ci/run)`);
    test.skip(true, reason);
  }
  topology = await startTopology({
    databaseUrl: databaseUrl!,
    redisUrl,
    instancePorts: [basePort + 1, basePort + 2],
    nginxPort: basePort + 3,
  });
});

test.afterAll(async () => {
  await topology?.stop();
});

function urls() {
  const [a, b] = topology!.instanceUrls;
  return { a: a!, b: b!, nginx: topology!.nginxUrl! };
}

/** PING over a bare socket: the test needs no Redis client of its own. */
function redisAnswers(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 6379) });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(2_000, () => done(false));
    socket.on("error", () => done(false));
    socket.on("connect", () => socket.write("PING\r\n"));
    socket.on("data", (data) => done(data.toString().startsWith("+PONG")));
  });
}


/** The text of the expenditure table's row naming `project`, from a page's HTML. */
function projectRow(html: string, project: string): string | null {
  const rows = html.match(/<tr\b[\s\S]*?<\/tr>/g) ?? [];
  const row = rows.find((r) => r.replace(/<[^>]*>/g, "").includes(project));
  return row ? row.replace(/<!-- -->/g, "").replace(/<[^>]*>/g, " ") : null;
}

interface ApiDisclosure {
  data: { versionNo: number; document: { expenditure: { projects: { name: string; amount: number }[] } } };
}

async function apiAmount(response: APIResponse, project: string): Promise<number | undefined> {
  const body = (await response.json()) as ApiDisclosure;
  return body.data.document.expenditure.projects.find((p) => p.name === project)?.amount;
}

/** Every answer nginx gives from its cache is checked: never one that sets a cookie. */
function checkCached(response: APIResponse) {
  const headers = response.headers();
  if (headers["x-cache-status"] === "HIT" || headers["x-cache-status"] === "STALE" || headers["x-cache-status"] === "UPDATING") {
    expect(headers["set-cookie"], `${response.url()} from nginx's cache`).toBeUndefined();
  }
}

async function viaNginx(request: APIRequestContext, path: string, headers: Record<string, string> = {}): Promise<APIResponse> {
  const response = await request.get(urls().nginx + path, { headers: { "accept-encoding": "gzip", ...headers }, maxRedirects: 0 });
  checkCached(response);
  return response;
}

interface NginxAnswer {
  what: "page" | "api";
  /** When the answer had arrived. */
  at: number;
  corrected: boolean;
}

/** Reads the page and the API through nginx every 50 ms until stop(), which returns every answer. */
function watchNginx(request: APIRequestContext, project: string, correctedText: string, corrected: number) {
  const answers: NginxAnswer[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const page = await viaNginx(request, DISCLOSURE);
      const row = projectRow(await page.text(), project);
      answers.push({ what: "page", at: Date.now(), corrected: row?.includes(correctedText) ?? false });
      const amount = await apiAmount(await viaNginx(request, API), project);
      answers.push({ what: "api", at: Date.now(), corrected: amount === corrected });
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  loop.catch(() => {}); // reported by stop(), not as an unhandled rejection before it
  return {
    async stop(): Promise<NginxAnswer[]> {
      running = false;
      await loop;
      return answers;
    },
  };
}

test("a correction approved on A is on B at once and through nginx within the bound", async ({ browser, playwright }) => {
  const { a, b } = urls();
  const anonymous = await playwright.request.newContext();

  // The editor of 401 drafts the correction on A: 5万元 from project 2 to project 1.
  const editor = await signedInPage(browser, "editor401", a);
  await editor.goto("/edit");
  const open = editor.getByRole("link", { name: /^编辑 县教育局2016年第/ });
  let versionId: number;
  if ((await open.count()) > 0) {
    // A run stopped half-way left its correction open: continue it.
    const href = (await open.first().getAttribute("href"))!;
    await editor.goto(href);
    versionId = Number(href.split("/").pop());
  } else {
    versionId = await createDraft(editor, /^401 /, 2016, "更正本年已公开的版本");
  }
  const project = await editor.getByLabel("项目1 名称", { exact: true }).inputValue();
  const first = await amountOf(editor, "项目1 金额（万元）");
  const second = await amountOf(editor, "项目2 金额（万元）");
  const corrected = first + 50_000;

  // Before: both instances have the page and the API answer in their cache, showing the published
  // figure; so does nginx (asked until the page and the API answer come from its cache).
  for (const base of [a, b]) {
    for (let i = 0; i < 2; i++) expect(projectRow(await (await anonymous.get(base + DISCLOSURE)).text(), project)).toContain(formatWan(first));
    expect(await apiAmount(await anonymous.get(base + API), project)).toBe(first);
  }
  for (const path of [DISCLOSURE, API]) {
    await soft.poll(async () => (await viaNginx(anonymous, path)).headers()["x-cache-status"], { message: `${path} is kept by nginx` }).toBe("HIT");
  }
  expect(projectRow(await (await viaNginx(anonymous, DISCLOSURE)).text(), project)).toContain(formatWan(first));
  expect(await apiAmount(await viaNginx(anonymous, API), project)).toBe(first);

  await editor.getByLabel("项目1 金额（万元）", { exact: true }).fill(formatWan(corrected));
  await editor.getByLabel("项目2 金额（万元）", { exact: true }).fill(formatWan(second - 50_000));
  await expect(editor.getByTestId("save-status")).toHaveText("已保存", { timeout: 15_000 });
  await editor.getByTestId("submit-draft").click();
  await editor.getByTestId("confirm-submit").click();
  await expect(editor.getByTestId("submit-ok")).toHaveText("已提交，等待财政局审核");

  // nginx is read all along, as a page being read on publication day is: every 50 ms, from before
  // the approval to past the bound.
  const watch = watchNginx(anonymous, project, formatWan(corrected), corrected);

  // The reviewer approves on A.
  const reviewer = await signedInPage(browser, "reviewer", a);
  await reviewer.goto(`/review/${versionId}`);
  await reviewer.getByRole("checkbox", { name: /我已核对/ }).check();
  await reviewer.getByRole("button", { name: "审核通过并公开" }).click();
  await expect(reviewer.getByTestId("review-message")).toContainText("已审核通过并公开");
  const approvedAt = Date.now();

  // B at once: this test's first request to B after the approval has the new figure, page and API
  // (nginx's refreshes may have asked B too); and A, where it was approved.
  soft(projectRow(await (await anonymous.get(b + DISCLOSURE)).text(), project), "B's page, first request").toContain(formatWan(corrected));
  soft(await apiAmount(await anonymous.get(b + API), project), "B's API, first request").toBe(corrected);
  soft(projectRow(await (await anonymous.get(a + DISCLOSURE)).text(), project), "A's page, first request").toContain(formatWan(corrected));

  // nginx: from the bound on (counted from the reviewer's confirmation), never the old figure.
  while (Date.now() < approvedAt + NGINX_STALENESS_BOUND_MS + 1_500) await new Promise((resolve) => setTimeout(resolve, 100));
  const answers = await watch.stop();
  for (const what of ["page", "api"] as const) {
    const after = answers.filter((answer) => answer.what === what && answer.at > approvedAt);
    const firstNew = after.find((answer) => answer.corrected);
    soft(firstNew, `${what} through nginx shows the correction`).toBeDefined();
    if (firstNew) {
      test.info().annotations.push({ type: `publication to ${what} through nginx`, description: `${firstNew.at - approvedAt} ms` });
      soft(firstNew.at - approvedAt, `ms from approval to the ${what} through nginx`).toBeLessThanOrEqual(NGINX_STALENESS_BOUND_MS);
    }
    const late = after.filter((answer) => answer.at > approvedAt + NGINX_STALENESS_BOUND_MS);
    soft(late.length, `${what} answers through nginx after the bound`).toBeGreaterThan(0);
    soft(late.filter((answer) => !answer.corrected).map((answer) => answer.at - approvedAt), `ms after approval of old ${what} answers through nginx`).toEqual([]);
  }

  // A browser on B sees it too.
  const visitor = await (await browser.newContext({ baseURL: b })).newPage();
  await visitor.goto(DISCLOSURE);
  soft(await visitor.getByTestId("expenditure-table").locator("tr", { hasText: project }).innerText(), "B in a browser").toContain(formatWan(corrected));
  // And it stays: no instance answers the old figure afterwards, nor nginx (which asks both).
  for (let i = 0; i < 4; i++) expect(projectRow(await (await viaNginx(anonymous, DISCLOSURE)).text(), project), "nginx afterwards").toContain(formatWan(corrected));
  for (const base of [a, b]) {
    expect(projectRow(await (await anonymous.get(base + DISCLOSURE)).text(), project), `${base}'s page afterwards`).toContain(formatWan(corrected));
    expect(await apiAmount(await anonymous.get(base + API), project), `${base}'s API afterwards`).toBe(corrected);
  }
  await anonymous.dispose();
});

test("nginx keeps no workspace page, signed-in or router request", async ({ playwright }) => {
  const anonymous = await playwright.request.newContext();
  // The workspace and sign-in pass through untouched (no cache status at all).
  for (const path of ["/login", "/edit", "/api/auth/session", "/api/auth/csrf"]) {
    const response = await viaNginx(anonymous, path);
    expect(response.headers()["x-cache-status"], path).toBeUndefined();
  }
  // The public header's question "who is signed in?" is answered by nginx for an anonymous visitor.
  expect(await (await viaNginx(anonymous, "/api/auth/session")).json()).toEqual({});
  // A public page asked by React's router, or by a signed-in visitor, goes to an instance.
  await soft.poll(async () => (await viaNginx(anonymous, DISCLOSURE)).headers()["x-cache-status"], { message: "the page is kept by nginx" }).toBe("HIT");
  expect((await viaNginx(anonymous, DISCLOSURE, { rsc: "1" })).headers()["x-cache-status"]).toBe("BYPASS");
  expect((await viaNginx(anonymous, `${DISCLOSURE}?_rsc=abc`)).headers()["x-cache-status"]).toBe("BYPASS");
  expect((await viaNginx(anonymous, DISCLOSURE, { cookie: "next-auth.session-token=x" })).headers()["x-cache-status"]).toBe("BYPASS");
  // A search is rendered per request, the same for every anonymous visitor: kept like any public page,
  // its policy's nonce with it (why that is safe: deploy/nginx.conf).
  await soft.poll(async () => (await viaNginx(anonymous, "/?q=434")).headers()["x-cache-status"], { message: "a search is kept by nginx" }).toBe("HIT");
  const search = await viaNginx(anonymous, "/?q=434");
  const nonce = /'nonce-([^']+)'/.exec(search.headers()["content-security-policy"] ?? "")?.[1];
  expect(nonce).toBeDefined();
  for (const tag of (await search.text()).match(/<script\b[^>]*>/g) ?? []) expect(tag).toContain(`nonce="${nonce}"`);
  // The build's files are kept, for a year in browsers.
  const html = await (await viaNginx(anonymous, DISCLOSURE)).text();
  const script = /\/_next\/static\/[^"]+\.js/.exec(html)?.[0];
  expect(script).toBeDefined();
  await viaNginx(anonymous, script!);
  const kept = await viaNginx(anonymous, script!);
  expect(kept.headers()["x-cache-status"]).toBe("HIT");
  expect(kept.headers()["cache-control"]).toContain("immutable");
  expect(kept.headers()["content-encoding"]).toBe("gzip");
  await anonymous.dispose();
});

test("an editor signed in on A keeps working on B and through nginx", async ({ browser }) => {
  const { a, b, nginx } = urls();
  const PREAMBLE = "开篇段落（按照《预算法》…）";
  // Signed in on A. Cookies belong to a host, not a port: the browser sends A's session cookie to
  // B and to nginx, and B accepts it because every instance has the same NEXTAUTH_SECRET.
  const page = await signedInPage(browser, "editor434", a);
  page.on("dialog", (dialog) => void dialog.accept());
  const versionId = await openOrCreateDraft(page, /^499 /, "县政务服务管理办公室", 2016);

  for (const [where, base] of [["B", b], ["nginx", nginx]] as const) {
    const session = (await (await page.request.get(`${base}/api/auth/session`)).json()) as { user?: { name?: string } };
    expect(session.user, `session on ${where}`).toBeDefined();
    const text = `多实例测试：在 ${where} 上保存（${Date.now()}）`;
    await page.goto(`${base}/edit/${versionId}`);
    await expect(page.getByTestId("signed-in-user")).toBeVisible();
    await page.getByLabel(PREAMBLE, { exact: true }).fill(text);
    await expect(page.getByTestId("save-status")).toHaveText("已保存", { timeout: 15_000 });
    // Saved in the database: A, another instance, has it.
    await page.goto(`${a}/edit/${versionId}`);
    await expect(page.getByLabel(PREAMBLE, { exact: true })).toHaveValue(text);
  }
});

import { expect, test, type Page } from "@playwright/test";
import { openOrCreateDraft, signIn } from "./helpers";

/**
 * The Content Security Policy on every kind of page (lib/security-headers.ts): scripts only from
 * the portal and the page's own inline scripts, named by a nonce (pages Next answers) or by their
 * hashes (copies the portal's server keeps); no 'unsafe-inline'. Each page must still hydrate, and
 * a script injected into it must not run.
 */

function scriptSources(response: { headers(): Record<string, string> } | null): string[] {
  const policy = response?.headers()["content-security-policy"] ?? "";
  const directive = policy.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src"));
  return directive?.split(/\s+/).slice(1) ?? [];
}

/** Records what the browser refused on the page: violation events and its console messages. */
async function watchViolations(page: Page): Promise<string[]> {
  const refused: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load)/i.test(message.text())) refused.push(message.text());
  });
  page.on("pageerror", (error) => refused.push(`pageerror: ${error.message}`));
  // Runs before the page's own scripts, from Playwright, so the policy does not apply to it.
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { cspViolations: string[] }).cspViolations ??= [];
      (window as unknown as { cspViolations: string[] }).cspViolations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
    });
  });
  return refused;
}

/** Visits `path` and checks the policy, the absence of violations, hydration and a blocked injected script. */
async function checkPage(page: Page, refused: string[], path: string, ready: (page: Page) => Promise<void>) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  const sources = scriptSources(response);
  expect(sources, path).toContain("'self'");
  expect(sources, path).not.toContain("'unsafe-inline'");
  expect(sources.some((s) => /^'(nonce|sha256)-/.test(s)), `${path}: ${sources.join(" ")}`).toBe(true);
  await ready(page);
  // Hydrated: React has attached to the server's HTML (its fiber on the page's <main>/<body>).
  await expect
    .poll(() => page.evaluate(() => Object.keys(document.querySelector("main") ?? document.body).some((key) => key.startsWith("__reactFiber"))), { message: path })
    .toBe(true);
  // Nothing of the page's own was refused (checked before the injection below, which is).
  const violations = await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []);
  expect(violations, path).toEqual([]);
  expect(refused, path).toEqual([]);
  // An inline script injected into the page, as an XSS payload would be, does not run.
  const injectedRan = await page.evaluate(async () => {
    const script = document.createElement("script");
    script.textContent = "window.injectedScriptRan = true";
    document.body.append(script);
    await new Promise((resolve) => setTimeout(resolve, 50));
    return (window as unknown as { injectedScriptRan?: boolean }).injectedScriptRan === true;
  });
  expect(injectedRan, path).toBe(false);
  refused.length = 0;
}

const heading = (name: string | RegExp) => async (page: Page) => {
  await expect(page.getByRole("heading", { level: 1 }).first()).toContainText(name);
};

test("public pages: a nonce or hashes, no 'unsafe-inline'; they hydrate and refuse injected scripts", async ({ page }) => {
  test.setTimeout(180_000);
  const refused = await watchViolations(page);
  const pages: [string, (page: Page) => Promise<void>][] = [
    ["/", heading("部门预算信息公开")],
    ["/departments/434/2018", async (p) => expect(p.getByTestId("disclosure-title")).toHaveText("正定县人民政府办公室2018年部门预算信息公开")],
    ["/departments/434", heading("正定县人民政府办公室")],
    ["/compare?departments=434&years=2017,2018", heading(/比较/)],
    ["/years", heading(/年度/)],
    ["/years/2018", heading(/2018/)],
    ["/open-data", heading(/开放数据/)],
    ["/about", heading(/关于/)],
    ["/en/departments/434/2018", async (p) => expect(p.getByTestId("disclosure-title")).toContainText("2018")],
    ["/login", heading(/登录/)],
  ];
  for (const [path, ready] of pages) {
    // Twice: the first visit may render the page, the second comes from a cache.
    await checkPage(page, refused, path, ready);
    await checkPage(page, refused, path, ready);
  }
  // Interactive: a link navigates on the client, by React's router (the window survives), from
  // a kept copy (hashes) as from Next's answer (nonce).
  for (const encoding of ["gzip", "identity"]) {
    await page.setExtraHTTPHeaders({ "accept-encoding": encoding });
    await page.goto("/departments/434/2018");
    await page.evaluate(() => ((window as unknown as { sameWindow: boolean }).sameWindow = true));
    await page.getByRole("link", { name: "本部门历年预算" }).click();
    await expect(page).toHaveURL(/\/departments\/434$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("正定县人民政府办公室");
    expect(await page.evaluate(() => (window as unknown as { sameWindow?: boolean }).sameWindow), encoding).toBe(true);
  }
});

test("workspace pages: editor, preview, review and admin hydrate under a nonce", async ({ browser }) => {
  test.setTimeout(180_000);
  const signedInPage = async (username: string) => {
    const page = await (await browser.newContext()).newPage();
    const refused = await watchViolations(page);
    await signIn(page, username);
    return { page, refused };
  };
  const { page, refused } = await signedInPage("editor434");
  const versionId = await openOrCreateDraft(page, /^499 /, "县政务服务管理办公室", 2017);
  const signedIn = async (p: Page) => expect(p.getByTestId("signed-in-user")).toBeVisible();
  await checkPage(page, refused, "/edit", signedIn);
  await checkPage(page, refused, `/edit/${versionId}`, signedIn);
  // Interactive: typing reaches React's state (the editor reports unsaved or saved changes).
  const field = page.getByRole("textbox").first();
  await field.fill("内容安全策略测试");
  await expect(field).toHaveValue("内容安全策略测试");
  await expect(page.getByText(/保存/).first()).toBeVisible();
  await checkPage(page, refused, `/edit/${versionId}/preview`, signedIn);

  const reviewer = await signedInPage("reviewer");
  await checkPage(reviewer.page, reviewer.refused, "/review", signedIn);
  const admin = await signedInPage("admin");
  await checkPage(admin.page, admin.refused, "/admin", signedIn);
});

test("a page rendered per request has its own nonce; a cached page names only its own scripts by hash", async ({ request }) => {
  const nonces = new Set<string>();
  for (let i = 0; i < 3; i++) {
    const response = await request.get("/login");
    const nonce = scriptSources(response).find((s) => s.startsWith("'nonce-"))!.slice(7, -1);
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{20,}={0,2}$/);
    // Every <script> of the page carries this response's nonce.
    const tags = (await response.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(tags.length).toBeGreaterThan(2);
    for (const tag of tags) expect(tag).toContain(`nonce="${nonce}"`);
    nonces.add(nonce);
  }
  expect(nonces.size).toBe(3);

  // Cached: from Next's cache, compressed or not, the same hashes, one per inline script of the
  // page, no nonce.
  const path = "/departments/434/2018";
  const gzip = { "accept-encoding": "gzip" };
  await expect.poll(async () => (await request.get(path, { headers: gzip })).headers()["x-nextjs-cache"]).toBe("HIT");
  const kept = await request.get(path, { headers: gzip });
  const fromNext = await request.get(path, { headers: { "accept-encoding": "identity" } });
  expect(fromNext.headers()["x-nextjs-cache"]).toBe("HIT");
  const html = await fromNext.text();
  const inline = new Set([...html.matchAll(/<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]));
  for (const response of [kept, fromNext]) {
    const sources = scriptSources(response);
    expect(sources).not.toContain("'unsafe-inline'");
    expect(sources.filter((s) => s.startsWith("'nonce-"))).toEqual([]);
    expect(sources.filter((s) => s.startsWith("'sha256-")).length).toBe(inline.size);
    expect(response.headers()["x-portal-script-hashes"]).toBeUndefined();
  }
  expect(scriptSources(kept)).toEqual(scriptSources(fromNext));
});

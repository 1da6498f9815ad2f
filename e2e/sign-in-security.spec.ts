import { expect, request as playwrightRequest, test, type Page } from "@playwright/test";
import { builtActions, callAction } from "./authz/server-actions";
import { DEMO_PASSWORD, openOrCreateDraft, signIn } from "./helpers";

/**
 * The sign-in findings of issue 13, tried against the running portal as an attacker would:
 * a saved cookie after sign-out (5), open redirects after sign-in (4), the GET of the
 * credentials callback (10), and where the portal takes the client's address from (3).
 */

function commentAction() {
  const action = builtActions().find((a) => a.file === "app/(workspace)/review/actions.ts" && a.name === "commentAction");
  if (!action) throw new Error("commentAction is not in the built app");
  return action;
}

function comment(versionId: number, body: string) {
  const data = new FormData();
  data.append("versionId", String(versionId));
  data.append("section", "1");
  data.append("body", body);
  return [null, data];
}

test("a session cookie saved before sign-out opens nothing afterwards and cannot post a comment", async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, "editor434");
  const versionId = await openOrCreateDraft(page, /^499 /, "县政务服务管理办公室", 2016);
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");

  // What an attacker who copied the cookie holds: before sign-out it works...
  const stolen = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { cookie } });
  expect((await stolen.get("/edit", { maxRedirects: 0 })).status()).toBe(200);
  expect(await callAction(stolen, commentAction(), comment(versionId, "签退前的意见。"))).toMatchObject({ value: { ok: true } });

  await page.getByRole("button", { name: "退出登录" }).click();
  await page.waitForURL((url) => url.pathname === "/");

  // ...after sign-out the same cookie is refused: no page, no comment.
  const edit = await stolen.get("/edit", { maxRedirects: 0 });
  expect([303, 307]).toContain(edit.status());
  expect(edit.headers().location ?? "").toContain("/login");
  expect((await stolen.get(`/edit/${versionId}`, { maxRedirects: 0 })).headers().location ?? "").toContain("/login");
  const after = await callAction(stolen, commentAction(), comment(versionId, "签退后的意见。"));
  expect(after).toMatchObject({ value: { ok: false, message: expect.stringContaining("登录已失效") } });
  await stolen.dispose();
  await context.close();
});

async function signInFrom(page: Page, loginPath: string) {
  await page.goto(loginPath);
  await page.getByLabel("用户名").fill("reviewer");
  await page.getByLabel("密码").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByTestId("signed-in-user")).toBeVisible({ timeout: 20_000 });
}

test("sign-in never returns to another site, whatever the callbackUrl", async ({ browser, baseURL }) => {
  test.setTimeout(240_000);
  const origin = new URL(baseURL!).origin;
  for (const callbackUrl of ["/%5Cevil.example/x", "/%09/evil.example/x", "//evil.example/x", "/%5C/evil.example", "https://evil.example/x"]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const leftTheSite: string[] = [];
    page.on("request", (r) => {
      if (new URL(r.url()).hostname.includes("evil.example")) leftTheSite.push(r.url());
    });
    await signInFrom(page, `/login?callbackUrl=${callbackUrl}`);
    // To the workspace (which sends a reviewer on to /review), never elsewhere.
    await expect(page).toHaveURL(`${origin}/review`);
    expect(new URL(page.url()).origin, callbackUrl).toBe(origin);
    expect(leftTheSite, callbackUrl).toEqual([]);
    await context.close();
  }
  // A path of the portal itself is still honoured.
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInFrom(page, `/login?callbackUrl=${encodeURIComponent("/account")}`);
  await expect(page).toHaveURL(`${origin}/account`);
  await context.close();
});

test("GET of the credentials callback is a client error, and sign-in by POST still works", async ({ request }) => {
  const get = await request.get("/api/auth/callback/credentials", { maxRedirects: 0 });
  expect(get.status()).toBe(405);
  expect(get.headers().allow).toBe("POST");
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const post = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, username: "reviewer2", password: DEMO_PASSWORD, json: "true" },
    maxRedirects: 0,
  });
  expect([200, 302]).toContain(post.status());
  expect(((await (await request.get("/api/auth/session")).json()) as { userId?: number }).userId).toBeGreaterThan(0);
});

test("the address recorded for a session is the connecting socket's, not what the client writes in X-Forwarded-For", async ({ baseURL, page }) => {
  const forger = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": "203.0.113.77" } });
  const { csrfToken } = (await (await forger.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await forger.post("/api/auth/callback/credentials", { form: { csrfToken, username: "admin", password: DEMO_PASSWORD, json: "true" }, maxRedirects: 0 });
  const account = await (await forger.get("/account")).text();
  expect(account).toContain("当前会话");
  expect(account).not.toContain("203.0.113.77");
  expect(account).toMatch(/127\.0\.0\.1/);
  await forger.dispose();

  // The same in the browser: the account page lists the sessions with the socket's address.
  await signIn(page, "admin");
  await page.goto("/account");
  await expect(page.getByTestId("session-list")).not.toContainText("203.0.113.77");
});

test("a user ends their other session from the account page, and that session is over", async ({ browser }) => {
  test.setTimeout(120_000);
  const phone = await browser.newContext();
  const phonePage = await phone.newPage();
  await signIn(phonePage, "reviewer2");
  const desk = await browser.newContext();
  const deskPage = await desk.newPage();
  await signIn(deskPage, "reviewer2");

  await deskPage.getByRole("link", { name: "账号与安全" }).click();
  await expect(deskPage.getByRole("heading", { name: "账号与安全" })).toBeVisible();
  await expect(deskPage.getByTestId("this-session")).toHaveCount(1);
  const rows = deskPage.getByTestId("session-row");
  expect(await rows.count()).toBeGreaterThanOrEqual(2);
  await deskPage.getByRole("button", { name: /^结束其他所有会话/ }).click();
  await expect(deskPage.getByText(/已结束其他 \d+ 个会话。/)).toBeVisible();

  await phonePage.goto("/review");
  await expect(phonePage).toHaveURL(/\/login\?callbackUrl=/);
  await deskPage.goto("/review");
  await expect(deskPage.getByTestId("signed-in-user")).toBeVisible();
  await phone.close();
  await desk.close();
});

test("a user changes their own password: the policy's Chinese messages, then the new password signs in", async ({ browser }) => {
  test.setTimeout(180_000);
  const context = await browser.newContext();
  const page = await context.newPage();
  // An account of its own, so the demo password of the shared accounts stays.
  const admin = await browser.newContext();
  const adminPage = await admin.newPage();
  await signIn(adminPage, "admin");
  const username = `own_pw_${Date.now() % 100000}`;
  await adminPage.goto("/admin/users");
  await adminPage.getByRole("textbox", { name: /^用户名/ }).fill(username);
  await adminPage.getByRole("textbox", { name: /^姓名/ }).fill("改密码测试");
  await adminPage.getByRole("combobox", { name: /^角色/ }).selectOption({ label: "部门填报人" });
  await adminPage.getByRole("checkbox", { name: /434/ }).check();
  await adminPage.getByLabel(/^初始密码/).fill("zhengding-first-2026");
  await adminPage.getByRole("button", { name: "创建用户" }).click();
  await expect(adminPage.getByRole("row", { name: new RegExp(username) })).toBeVisible();
  await admin.close();

  await signIn(page, username, "zhengding-first-2026");
  await page.goto("/account");
  const change = async (current: string, next: string) => {
    await page.getByLabel("当前密码").fill(current);
    await page.getByLabel("新密码", { exact: true }).fill(next);
    await page.getByLabel("再次输入新密码").fill(next);
    await page.getByRole("button", { name: "修改密码" }).click();
  };
  await change("zhengding-first-2026", "12345678");
  await expect(page.getByTestId("change-password-message")).toHaveText("密码至少 12 个字符。");
  await change("zhengding-first-2026", "password1234");
  await expect(page.getByTestId("change-password-message")).toContainText("常见或容易猜到");
  await change("zhengding-first-2026", "lian-shui-2019-mingdan");
  await expect(page.getByTestId("change-password-message")).toHaveText("密码已修改。");
  await context.close();

  const again = await browser.newContext();
  await signIn(await again.newPage(), username, "lian-shui-2019-mingdan");
  await again.close();
});

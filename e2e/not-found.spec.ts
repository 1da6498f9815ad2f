import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

/**
 * Unknown addresses answer like the rest of the portal: pages get the not-found page of their
 * part of the site, with the portal's header and a way back, in their language; the API a JSON
 * `{ error }` with 404 (app/api/[...missing]/route.ts), never Next's plain page.
 */

test("unknown API addresses answer with the API's JSON error, 404", async ({ request }) => {
  for (const path of ["/api/x", "/api/v1/nothing", "/api/v1/departments/434/2018/extra"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(response.headers()["content-type"], path).toContain("application/json");
    const body = await response.json();
    expect(body.error, path).toMatchObject({ status: 404, code: "not_found", message: expect.stringContaining("没有这个接口地址") });
  }
  const posted = await request.post("/api/x", { data: { a: 1 } });
  expect(posted.status()).toBe(404);
  expect((await posted.json()).error.code).toBe("not_found");
});

test("unknown pages under sign-in and the public site: the portal's own page, header and a way back, in their language", async ({ page }) => {
  for (const [path, lang, title, back] of [
    ["/login/x", "zh-CN", "未找到", "返回部门与年度列表"],
    ["/login/x/y", "zh-CN", "未找到", "返回部门与年度列表"],
    ["/no-such-page", "zh-CN", "未找到", "返回部门与年度列表"],
    ["/en/no-such-page", "en", "Not found", "Back to the departments and years"],
    ["/en/x/y/z", "en", "Not found", "Back to the departments and years"],
    ["/en/login/x", "en", "Not found", "Back to the departments and years"],
  ] as const) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.locator("html"), path).toHaveAttribute("lang", lang);
    await expect(page.getByRole("heading", { level: 1 }), path).toHaveText(title);
    await expect(page.getByRole("banner"), path).toBeVisible();
    await expect(page.getByRole("link", { name: back }), path).toBeVisible();
  }
  // Under sign-in, also the way back to the form.
  await page.goto("/login/x");
  await page.getByRole("link", { name: "返回登录页" }).click();
  await expect(page.getByRole("heading", { name: "登录工作台" })).toBeVisible();
});

test("unknown workspace pages of a signed-in user: the workspace's not-found page", async ({ page }) => {
  await signIn(page, "reviewer");
  for (const path of ["/workspace/x", "/review/x/y/z", "/inbox/x"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByTestId("workspace-not-found"), path).toBeVisible();
    await expect(page.getByTestId("signed-in-user"), path).toBeVisible();
  }
});

import { expect, test, type Browser } from "@playwright/test";
import { signIn } from "./helpers";

/** The admin signs in and creates an editor of 434 through the form; the admin's page stays on the user list. */
async function adminCreatesEditor(browser: Browser, prefix: string, displayName: string, password: string) {
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, "admin");
  await expect(admin).toHaveURL(/\/admin$/);
  await admin.goto("/admin/users");
  const username = `${prefix}_${Date.now() % 100000}`;
  await admin.getByRole("textbox", { name: /^用户名/ }).fill(username);
  await admin.getByRole("textbox", { name: /^姓名/ }).fill(displayName);
  await admin.getByRole("combobox", { name: /^角色/ }).selectOption({ label: "部门填报人" });
  await admin.getByLabel(/^初始密码/).fill(password);
  await admin.getByRole("checkbox", { name: /434/ }).check();
  await admin.getByRole("button", { name: "创建用户" }).click();
  await expect(admin.getByRole("row", { name: new RegExp(username) })).toBeVisible();
  return { admin, username };
}

test("an admin creates an editor, who can then sign in; a disabled account cannot", async ({ browser }) => {
  const { admin, username } = await adminCreatesEditor(browser, "editor_e2e", "端到端测试填报人", "a-long-password");

  const editor = await (await browser.newContext()).newPage();
  await signIn(editor, username, "a-long-password");
  await expect(editor).toHaveURL(/\/edit$/);
  await expect(editor.getByRole("heading", { name: /434 正定县人民政府办公室/ })).toBeVisible();

  // Disable the account: the next request of the open session is refused too.
  await admin.getByRole("row", { name: new RegExp(username) }).getByRole("link").click();
  await admin.getByRole("button", { name: "停用账号" }).click();
  await expect(admin.getByText("已停用").first()).toBeVisible();
  await editor.goto("/edit");
  await expect(editor).toHaveURL(/\/login/);
});

test("a password reset ends the sessions signed in with the old password", async ({ browser }) => {
  const { admin, username } = await adminCreatesEditor(browser, "reset_e2e", "重置密码测试填报人", "first-password");

  // Someone signed in with the first password (a colleague, or whoever learnt it).
  const earlier = await (await browser.newContext()).newPage();
  await signIn(earlier, username, "first-password");
  await expect(earlier).toHaveURL(/\/edit$/);

  await admin.getByRole("row", { name: new RegExp(username) }).getByRole("link").click();
  await admin.getByLabel(/新密码/).fill("second-password");
  await admin.getByRole("button", { name: "重置密码" }).click();
  await expect(admin.getByText(`已重置用户 ${username} 的密码。`)).toBeVisible();

  // The open session ends at its next request; the new password signs in.
  await earlier.goto("/edit");
  await expect(earlier).toHaveURL(/\/login/);
  const now = await (await browser.newContext()).newPage();
  await signIn(now, username, "second-password");
  await now.goto("/edit");
  await expect(now.getByRole("heading", { name: /434 正定县人民政府办公室/ })).toBeVisible();
});

test("only admins reach the admin pages", async ({ page }) => {
  await signIn(page, "editor434");
  for (const path of ["/admin", "/admin/users", "/admin/departments", "/admin/years", "/admin/audit"]) {
    await page.goto(path);
    await expect(page.getByText("无权访问")).toBeVisible();
    await expect(page.getByRole("button", { name: /创建|添加/ })).toHaveCount(0);
  }
});

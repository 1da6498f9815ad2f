import { expect, test } from "@playwright/test";
import { createDraft, signIn } from "./helpers";

/** Two people save one draft: the later save is refused and says so; nothing is overwritten. */
test("the second of two editors saving one draft is refused, with a way to reload", async ({ browser }) => {
  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();
  await signIn(first, "editor434");
  await signIn(second, "editor434");
  const versionId = await createDraft(first, /^499 /, 2019, "空白草稿");
  await second.goto(`/edit/${versionId}`);
  await expect(second.getByTestId("save-status")).toHaveText("已保存");

  await first.getByTestId("add-duty").click();
  await first.getByLabel("职责1", { exact: true }).fill("负责全县政务服务中心的管理工作。");
  await expect(first.getByTestId("save-status")).toHaveText("已保存", { timeout: 15_000 });

  // The second editor still holds the revision from before the first one's save. (A field, not a
  // new row: an empty row is itself saved at once, and would meet the conflict before the typing.)
  await second.getByLabel("开篇段落（按照《预算法》…）", { exact: true }).fill("另一位同事写下的开篇段落。");
  const conflict = second.getByTestId("save-conflict");
  await expect(conflict).toBeVisible({ timeout: 15_000 });
  await expect(conflict).toContainText("被他人保存，您的修改未保存");
  await expect(second.getByTestId("save-status")).not.toHaveText("已保存");

  // The first editor's text was not overwritten; reloading shows it to the second.
  await first.reload();
  await expect(first.getByLabel("职责1", { exact: true })).toHaveValue("负责全县政务服务中心的管理工作。");
  await conflict.getByRole("button", { name: "重新加载" }).click();
  await expect(second.getByLabel("职责1", { exact: true })).toHaveValue("负责全县政务服务中心的管理工作。");
  await expect(second.getByTestId("save-conflict")).toHaveCount(0);
  // The refused typing is not lost: the browser kept it, and offers it instead of applying it.
  await expect(second.getByTestId("local-offer")).toBeVisible();
  await expect(second.getByLabel("开篇段落（按照《预算法》…）", { exact: true })).toHaveValue("");
});

// Uses the 2019 draft the test above created (tests in a file run in order, one worker).
test("an editor whose session ended is refused on save, and nothing is saved", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, "editor434");
  await page.goto("/edit");
  await page.getByRole("link", { name: /县政务服务管理办公室2019年/ }).first().click();
  await expect(page.getByTestId("save-status")).toHaveText("已保存");
  await context.clearCookies(); // signed out elsewhere: the action must refuse on its own
  await page.getByTestId("add-duty").click();
  await page.getByLabel("职责2", { exact: true }).fill("未登录时写下的职责。");
  await expect(page.getByTestId("save-signed-out")).toBeVisible({ timeout: 15_000 });

  const fresh = await (await browser.newContext()).newPage();
  await signIn(fresh, "editor434");
  await fresh.goto(page.url());
  await expect(fresh.getByLabel("职责2", { exact: true })).toHaveCount(0);
});

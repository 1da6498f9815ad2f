import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type BrowserContextOptions, type Page } from "@playwright/test";
import { createDraft, DEMO_PASSWORD } from "./helpers";

/**
 * Autosave never loses typing (issue 13). An empty list row does not hold back the rest of the
 * draft; a lost connection is shown at once and the text is saved when it comes back; a reload
 * before the server confirmed restores the typing from the browser; a browser copy older than
 * what the server has since saved is offered, never applied silently. Each test proves the server
 * has the text by opening the draft in a fresh browser (no cookies, no local storage) as well.
 *
 * Department 499 (the practice department), years 2016 and 2017: no other spec drafts these.
 */

// Sign-ins, reloads and fresh browsers under a shared machine: more than the default minute.
// Serial: later tests work on the drafts the first two create (a failure skips the rest).
test.describe.configure({ mode: "serial", timeout: 180_000 });

const PREAMBLE = "开篇段落（按照《预算法》…）";
const SAVED = { timeout: 15_000 };

// One sign-in for the file, its cookie reused by every browser below (each starts with empty
// local storage): on a loaded machine a sign-in is the slowest step, and not what is tested here.
let session: BrowserContextOptions["storageState"];

/** Signs editor434 in, waiting for the form to be interactive first (a loaded machine is slow to hydrate). */
async function signInEditor(page: Page) {
  await page.goto("/login", { waitUntil: "networkidle" });
  await page.getByLabel("用户名").fill("editor434");
  await page.getByLabel("密码").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByTestId("signed-in-user")).toBeVisible({ timeout: 30_000 });
}

test.beforeAll(async ({ browser }) => {
  const context = await browser.newContext();
  await signInEditor(await context.newPage());
  session = await context.storageState();
  await context.close();
});

async function editorPage(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext({ storageState: session })).newPage();
  // Leaving a page with unsaved changes asks first (beforeunload); the tests answer "leave".
  page.on("dialog", (dialog) => void dialog.accept());
  return page;
}

/** The draft as the server has it, seen by a browser that never saw it before. */
async function serverHas(browser: Browser, versionId: number): Promise<Page> {
  const fresh = await editorPage(browser);
  await fresh.goto(`/edit/${versionId}`);
  await expect(fresh.getByTestId("save-status")).toHaveText("已保存");
  await expect(fresh.getByTestId("local-restored")).toHaveCount(0);
  return fresh;
}

/** Server actions are POSTs carrying a Next-Action header; page loads are not touched. */
async function refuseServerActions(page: Page) {
  await page.route("**/edit/**", (route) =>
    route.request().method() === "POST" && route.request().headers()["next-action"] ? route.abort("internetdisconnected") : route.fallback(),
  );
}

let draft2016 = 0;
let draft2017 = 0;

test("autosave: an empty project row does not hold back the 开篇段落 — both survive a reload, the row marked", async ({ browser }) => {
  const page = await editorPage(browser);
  draft2017 = await createDraft(page, /^499 /, 2017, "空白草稿");
  await expect(page.getByTestId("save-status")).toHaveText("已保存");

  await page.getByTestId("add-project").click();
  const name = page.getByLabel("项目1 名称", { exact: true });
  await expect(name).toBeFocused();
  await page.getByLabel(PREAMBLE, { exact: true }).fill("按照《预算法》规定，现将2017年部门预算公开如下。");
  // Incomplete is not unsaved: the draft saves; the empty name is marked and listed for later.
  await expect(page.getByTestId("save-status")).toHaveText("已保存", SAVED);
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByTestId("save-incomplete")).toContainText("提交审核前须补全");
  // The marks and the list are accessible: named, described, enough contrast.
  const axe = await new AxeBuilder({ page })
    .include('[data-testid="save-incomplete"]')
    .include('[data-testid="editor-project"]')
    .include("header")
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  // The draft's preview, as the public page would show it (with an empty row and missing parts), at both widths.
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`/edit/${draft2017}/preview`);
    await expect(page.getByTestId("preview-banner")).toContainText("草稿");
    const preview = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(preview.violations.map((v) => `${width} preview: ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`)).toEqual([]);
  }
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`/edit/${draft2017}`);

  await page.reload();
  await expect(page.getByLabel(PREAMBLE, { exact: true })).toHaveValue("按照《预算法》规定，现将2017年部门预算公开如下。");
  await expect(page.getByLabel("项目1 名称", { exact: true })).toHaveValue("");
  await expect(page.getByLabel("项目1 名称", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByTestId("editor-project")).toHaveCount(1);

  const fresh = await serverHas(browser, draft2017);
  await expect(fresh.getByLabel(PREAMBLE, { exact: true })).toHaveValue("按照《预算法》规定，现将2017年部门预算公开如下。");
  await expect(fresh.getByTestId("editor-project")).toHaveCount(1);

  // Submitting still requires the row to be complete, and says which.
  await fresh.getByTestId("submit-draft").click();
  await expect(fresh.getByTestId("submit-summary")).toContainText("未填写完整");
  await fresh.getByTestId("confirm-submit").click();
  await expect(fresh.getByTestId("submit-incomplete")).toContainText("项目");
  await expect(fresh.getByTestId("editor-status")).toHaveText("草稿");
});

test("autosave: a lost connection shows at once; when it returns the text is saved", async ({ browser }) => {
  const page = await editorPage(browser);
  draft2016 = await createDraft(page, /^499 /, 2016, "空白草稿");
  await expect(page.getByTestId("save-status")).toHaveText("已保存");

  await page.context().setOffline(true);
  await page.getByLabel(PREAMBLE, { exact: true }).fill("断网时写下的开篇段落。");
  await expect(page.getByTestId("save-status")).toHaveText("保存失败", { timeout: 5_000 });
  await expect(page.getByTestId("save-network")).toContainText("无法连接服务器");
  await expect(page.getByTestId("save-now")).toBeVisible();

  await page.context().setOffline(false);
  await expect(page.getByTestId("save-status")).toHaveText("已保存", SAVED);
  await expect(page.getByTestId("save-network")).toHaveCount(0);

  const fresh = await serverHas(browser, draft2016);
  await expect(fresh.getByLabel(PREAMBLE, { exact: true })).toHaveValue("断网时写下的开篇段落。");
});

test("autosave: typing not yet on the server survives a reload and is then saved", async ({ browser }) => {
  const page = await editorPage(browser);
  await page.goto(`/edit/${draft2016}`);
  await expect(page.getByTestId("save-status")).toHaveText("已保存");
  // A new draft's 人员经费 starts 未列示: unchecked, it is an amount (0.00) to type over, and saved so.
  const unstated = page.getByRole("checkbox", { name: "人员经费未列示" });
  if (await unstated.isChecked()) {
    await unstated.uncheck();
    await expect(page.getByTestId("save-status")).toHaveText("已保存", SAVED);
  }
  await refuseServerActions(page);
  await page.getByLabel(PREAMBLE, { exact: true }).fill("服务器确认之前写下的开篇段落。");
  // An amount that is no valid entry yet: kept as typed in the browser, marked, not sent.
  await page.getByLabel("人员经费（万元）", { exact: true }).fill("12三");
  await expect(page.getByTestId("save-status")).toHaveText("保存失败", { timeout: 5_000 });

  await page.unroute("**/edit/**");
  // The restored copy's valid part is saved after the reload: wait for that save to be answered.
  const restoredSave = page.waitForResponse((r) => r.request().method() === "POST" && !!r.request().headers()["next-action"] && r.ok());
  await page.reload();
  await expect(page.getByTestId("local-restored")).toBeVisible();
  await expect(page.getByLabel(PREAMBLE, { exact: true })).toHaveValue("服务器确认之前写下的开篇段落。");
  const personnel = page.getByLabel("人员经费（万元）", { exact: true });
  await expect(personnel).toHaveValue("12三");
  await expect(personnel).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByTestId("save-invalid-fields")).toBeVisible();
  // The rest is saved; the status stays honest while the amount is kept only here.
  await expect(page.getByTestId("save-status")).toHaveText("有未保存的修改", SAVED);
  await restoredSave;
  const fresh = await serverHas(browser, draft2016);
  await expect(fresh.getByLabel(PREAMBLE, { exact: true })).toHaveValue("服务器确认之前写下的开篇段落。");
  await expect(fresh.getByLabel("人员经费（万元）", { exact: true })).toHaveValue("0.00");

  await personnel.fill("12.3");
  await expect(page.getByTestId("save-status")).toHaveText("已保存", SAVED);
  await page.reload();
  await expect(page.getByTestId("local-restored")).toHaveCount(0);
  await expect(page.getByLabel("人员经费（万元）", { exact: true })).toHaveValue("12.30");
});

test("autosave: a browser copy older than what the server has since saved is offered, not applied", async ({ browser }) => {
  const mine = await editorPage(browser);
  await mine.goto(`/edit/${draft2017}`);
  await expect(mine.getByTestId("save-status")).toHaveText("已保存");
  await refuseServerActions(mine);
  await mine.getByLabel("其他需要说明的事项", { exact: true }).fill("我在本机写下、尚未保存的说明。");
  await expect(mine.getByTestId("save-status")).toHaveText("保存失败", { timeout: 5_000 });

  // Meanwhile a colleague saves the same draft.
  const colleague = await serverHas(browser, draft2017);
  await colleague.getByLabel("其他需要说明的事项", { exact: true }).fill("同事保存的说明。");
  await expect(colleague.getByTestId("save-status")).toHaveText("已保存", SAVED);

  await mine.unroute("**/edit/**");
  await mine.reload();
  const offer = mine.getByTestId("local-offer");
  await expect(offer).toBeVisible();
  await expect(mine.getByLabel("其他需要说明的事项", { exact: true })).toHaveValue("同事保存的说明。");
  await expect(mine.getByTestId("save-status")).toHaveText("已保存");

  await offer.getByRole("button", { name: /采用本机修改/ }).click();
  await expect(mine.getByLabel("其他需要说明的事项", { exact: true })).toHaveValue("我在本机写下、尚未保存的说明。");
  await expect(mine.getByTestId("save-status")).toHaveText("已保存", SAVED);
  await expect(mine.getByTestId("local-offer")).toHaveCount(0);
  const fresh = await serverHas(browser, draft2017);
  await expect(fresh.getByLabel("其他需要说明的事项", { exact: true })).toHaveValue("我在本机写下、尚未保存的说明。");
});

// Last in the file: signing out ends the session, so this test signs in on its own.
test("autosave: signing out asks before it discards work the server has not confirmed, then leaves none in the browser", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInEditor(page);

  await page.goto(`/edit/${draft2016}`);
  await expect(page.getByTestId("save-status")).toHaveText("已保存");
  await refuseServerActions(page);
  await page.getByLabel("其他需要说明的事项", { exact: true }).fill("退出前尚未保存的说明。");
  await expect(page.getByTestId("save-status")).toHaveText("保存失败", { timeout: 5_000 });
  const kept = () => page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("budget-portal:draft:")));
  expect(await kept()).not.toEqual([]);

  // The first time the user stays; the second time they confirm.
  const confirms: string[] = [];
  page.on("dialog", (dialog) => {
    if (dialog.type() === "confirm") {
      confirms.push(dialog.message());
      void (confirms.length === 1 ? dialog.dismiss() : dialog.accept());
    } else void dialog.accept(); // leaving with unsaved changes (beforeunload)
  });
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect.poll(() => confirms.length).toBe(1);
  expect(confirms[0]).toContain("尚未保存到服务器");
  await expect(page).toHaveURL(new RegExp(`/edit/${draft2016}$`));
  expect(await kept()).not.toEqual([]);

  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/$/, { timeout: 30_000 });
  expect(confirms).toHaveLength(2);
  expect(await kept()).toEqual([]);
  await context.close();
});

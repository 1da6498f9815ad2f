import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { formatWan } from "../lib/money";
import { TABLE_IDS } from "../lib/disclosure/tables/types";
import { amountOf, createDraft, signedInPage, signIn } from "./helpers";

/**
/**
 * Review and publication through the browser: submit → return with a comment (the editor's inbox
 * count rises) → the editor answers, edits and deletes the answer, fixes and resubmits → the
 * reviewer sees what changed since the return first, and approves → the public page shows the new
 * figures at once, with its 更正记录 and the old version still retrievable; every step in the audit
 * trail. A reason text's percentage that disagrees with the data is a warning the editor, the
 * reviewer and the public all see, and it blocks nothing. And nobody approves what they submitted
 * themselves — not even in a bulk approval, which another reviewer then makes for two departments
 * at once.
 */

/** The check of numbers in 说明 texts (lib/checks/rules/free-text.ts) on the reason typed below. */
const TEXT_FINDING = /公务接待费说明写“下降50%”，按数据计算为(增长|下降)\d+\.\d{2}%/;

/** The unread count in the workspace header (0 when the badge is not shown). */
async function unreadOf(page: Page): Promise<number> {
  const badge = page.getByTestId("unread-count");
  return (await badge.count()) === 0 ? 0 : Number(/\d+/.exec(await badge.innerText())?.[0]);
}


async function submit(page: Page) {
  await expect(page.getByTestId("save-status")).toHaveText("已保存", { timeout: 15_000 });
  await page.getByTestId("submit-draft").click();
  await page.getByTestId("confirm-submit").click();
  await expect(page.getByTestId("submit-ok")).toHaveText("已提交，等待财政局审核");
}

test("submit, return with a comment, resubmit, approve: the public sees the correction at once", async ({ browser }) => {
  test.setTimeout(180_000);
  // The editor corrects 县教育局's published 2019 budget: 5万元 move from project 2 to project 1.
  // The API's answer is kept (lib/open-data/response-cache.ts): ask once before, so the check
  // below proves the approval replaced it.
  const api = (await browser.newContext()).request;
  const apiPath = "/api/v1/disclosures/401/2019";
  const before = (await (await api.get(apiPath)).json()) as { data: { versionNo: number } };
  // Both languages' pages are cached before the correction: the approval must refresh both.
  const beforePage = await (await browser.newContext()).newPage();
  for (const path of ["/departments/401/2019", "/en/departments/401/2019"]) expect((await beforePage.goto(path))?.status()).toBe(200);
  // Pages that do not show 401's 2019 figures: kept now, and still kept after the approval
  // (lib/public-tags.ts expires only what a publication changed).
  const untouched = ["/departments/434/2018", "/departments/402", "/years/2017"];
  for (const path of untouched) {
    await expect.poll(async () => (await api.get(path)).headers()["x-nextjs-cache"], { message: path }).toBe("HIT");
  }

  const editor = await signedInPage(browser, "editor401");
  // In-app notices on, whatever earlier specs chose for this account (the fuzz posts random settings).
  await editor.goto("/account");
  for (const box of await editor.locator('input[type=checkbox][name$=":inApp"]').all()) await box.check();
  await editor.getByRole("button", { name: "保存通知设置" }).click();
  await expect(editor.getByTestId("notification-settings-message")).not.toBeEmpty();
  const versionId = await createDraft(editor, /^401 /, 2019, "更正本年已公开的版本");
  const first = await amountOf(editor, "项目1 金额（万元）");
  const second = await amountOf(editor, "项目2 金额（万元）");
  const projectName = await editor.getByLabel("项目1 名称", { exact: true }).inputValue();
  await editor.getByLabel("项目1 金额（万元）", { exact: true }).fill(formatWan(first + 50_000));
  await editor.getByLabel("项目2 金额（万元）", { exact: true }).fill(formatWan(second - 50_000));
  // A percentage in a reason text that disagrees with the computed change is flagged as it is
  // typed; it is a warning (the department's own words), so submitting stays possible.
  await editor.getByLabel("公务接待费变动原因", { exact: true }).fill("严格执行公务接待标准，比上年下降50%");
  const textFinding = editor.getByTestId("editor-finding").filter({ hasText: TEXT_FINDING });
  await expect(textFinding).toHaveAttribute("data-severity", "warning");
  await expect(textFinding).toHaveAttribute("data-field", "sangong.reasons.reception");
  await submit(editor);
  // 撤回 before anyone reviews: the draft is editable again, then submitted again.
  editor.once("dialog", (dialog) => void dialog.accept());
  await editor.getByTestId("withdraw-submission").click();
  await expect(editor.getByTestId("editor-status")).toHaveText("草稿");
  await expect(editor.getByLabel("项目1 金额（万元）", { exact: true })).toBeEditable();
  await submit(editor);
  const unreadBefore = await unreadOf(editor);

  // The reviewer finds it in the queue and returns it with a reason anchored to section 二.
  const reviewer = await signedInPage(browser, "reviewer");
  await reviewer.goto("/review?year=2019");
  await expect(reviewer.getByTestId("review-board")).toBeVisible();
  await reviewer.getByTestId("queue-item").filter({ hasText: "县教育局" }).getByRole("link").first().click();
  await expect(reviewer).toHaveURL(new RegExp(`/review/${versionId}$`));
  await reviewer.getByRole("combobox", { name: /^涉及章节/ }).selectOption("2");
  await reviewer.getByRole("textbox", { name: /^退回理由/ }).fill("请在项目支出变动原因中说明两个项目之间的调整。");
  await reviewer.getByRole("button", { name: "退回修改" }).click();
  await expect(reviewer.getByTestId("review-message")).toContainText("已退回");

  // The editor is told (the header's unread count), reads the reason and answers it; the reply box
  // closes once posted. The answer is edited, then deleted, by its author.
  await editor.reload();
  expect(await unreadOf(editor)).toBe(unreadBefore + 1);
  await expect(editor.getByTestId("return-reason")).toContainText("请在项目支出变动原因中说明两个项目之间的调整。");
  await editor.getByTestId("comment").first().locator("summary", { hasText: "回复" }).first().click(); // opens the reply form
  const reply = editor.getByRole("form", { name: /^回复/ }).first();
  await reply.getByRole("textbox").fill("已补充调整说明。");
  await reply.getByRole("button", { name: "回复" }).click();
  const posted = editor.getByTestId("comment").filter({ hasText: "已补充调整说明。" });
  await expect(posted).toBeVisible();
  // Found by its id from here on: its text is about to change.
  const answer = editor.locator(`[data-comment-id="${await posted.getAttribute("data-comment-id")}"]`);
  await expect(reply).toBeHidden();
  await answer.locator("summary", { hasText: "修改" }).click();
  await answer.getByRole("textbox", { name: "修改后的内容" }).fill("已补充调整说明，见项目支出变动原因。");
  await answer.getByRole("button", { name: "保存修改" }).click();
  await expect(answer).toContainText("已补充调整说明，见项目支出变动原因。（已修改）");
  // Another user (the reviewer) is offered no such controls on it; the server refuses them too (authorization-matrix.spec.ts).
  await reviewer.reload();
  const seenByReviewer = reviewer.getByTestId("comment").filter({ hasText: "见项目支出变动原因" });
  await expect(seenByReviewer).toBeVisible();
  await expect(seenByReviewer.locator("summary", { hasText: /^(修改|删除)$/ })).toHaveCount(0);
  await answer.locator("summary", { hasText: "删除" }).click();
  await answer.getByRole("button", { name: "确认删除" }).click();
  await expect(editor.getByTestId("comment").filter({ hasText: "（此条已由作者删除）" })).toBeVisible();
  await editor.getByLabel("项目支出变动原因", { exact: true }).fill("校舍维修提前实施，相应调减教育信息化项目");
  await submit(editor);

  // The reviewer sees first what changed since the return — the reason, not the amounts, which
  // were already in the returned version — then the diff against the published version, and approves.
  await reviewer.reload();
  const sinceReturn = reviewer.getByTestId("diff-since-return");
  await expect(sinceReturn).toContainText("校舍维修提前实施");
  await expect(sinceReturn.getByTestId("diff-row")).toHaveCount(1);
  const above = await sinceReturn.evaluate((el) => {
    const approved = document.querySelector('[data-testid="diff-approved"]')!;
    return Boolean(el.compareDocumentPosition(approved) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  expect(above).toBe(true);
  // The review page with its since-the-return diff, the coloured decisions and the comment controls: no axe violations.
  const reviewAxe = await new AxeBuilder({ page: reviewer }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(reviewAxe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  const diff = reviewer.getByTestId("diff-approved");
  await expect(diff.getByTestId("diff-row").filter({ hasText: formatWan(first + 50_000) })).toHaveCount(1);
  await expect(diff.getByTestId("diff-row").filter({ hasText: formatWan(second - 50_000) })).toHaveCount(1);
  await expect(diff).toContainText("校舍维修提前实施");
  await expect(reviewer.getByTestId("check-finding").filter({ hasText: TEXT_FINDING })).toHaveAttribute("data-severity", "warning");
  await reviewer.getByRole("checkbox", { name: /我已核对/ }).check();
  await reviewer.getByRole("button", { name: "审核通过并公开" }).click();
  await expect(reviewer.getByTestId("review-message")).toContainText("已审核通过并公开");

  // What the correction does not touch stays kept: not rendered again.
  for (const path of untouched) expect((await api.get(path)).headers()["x-nextjs-cache"], path).toBe("HIT");
  // What it touches is rendered afresh, in both languages, and the year's view too.
  for (const path of ["/departments/401/2019", "/years/2019"]) expect((await api.get(path)).headers()["x-nextjs-cache"], path).not.toBe("HIT");

  // The API answers with the new version at once.
  const after = (await (await api.get(apiPath)).json()) as {
    data: { versionNo: number; document: { expenditure: { projects: { name: string; amount: number }[] } } };
  };
  expect(after.data.versionNo).toBeGreaterThan(before.data.versionNo);
  expect(after.data.document.expenditure.projects.find((p) => p.name === projectName)?.amount).toBe(first + 50_000);

  // The public page shows the new figures at once, with the 更正记录 and the old version.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto("/departments/401/2019");
  await expect(visitor.getByTestId("expenditure-table").locator("tr", { hasText: projectName })).toContainText(formatWan(first + 50_000));
  await expect(visitor.getByTestId("checks-panel").getByTestId("check-finding").filter({ hasText: TEXT_FINDING })).toBeVisible();
  // With its national tables (the nine and the 项目支出表, each drawn or with its empty-table note)
  // and where its money goes (how the two tie is e2e/spending-drilldown.spec.ts).
  for (const id of TABLE_IDS) await expect(visitor.getByTestId(`budget-table-${id}`), id).toBeAttached();
  await expect(visitor.getByTestId("spending-view").locator('[data-testid="spending-row"][data-level="类"]').first()).toBeAttached();
  await beforePage.goto("/en/departments/401/2019");
  await expect(beforePage.getByTestId("expenditure-table").locator("tr", { hasText: projectName })).toContainText(formatWan(first + 50_000));
  await expect(beforePage.getByTestId("corrections")).toBeVisible();
  // The English page's 更正记录 links to the old version in English.
  await expect(beforePage.getByTestId("corrections").getByRole("link").first()).toHaveAttribute("href", /^\/en\/departments\/401\/2019\/versions\/\d+$/);
  const corrections = visitor.getByTestId("corrections");
  await expect(corrections.getByTestId("correction-item")).toHaveCount(1);
  await expect(corrections).toContainText("二、部门预算安排的总体情况");
  await corrections.getByRole("link").first().click();
  await expect(visitor.getByTestId("old-version-banner")).toBeVisible();
  await expect(visitor.getByTestId("expenditure-table").locator("tr", { hasText: projectName })).toContainText(formatWan(first));
  await expect(visitor.getByTestId("old-version-banner")).toContainText("此为已被更正的旧版本");
  // The old version in English: the same figures, the page's own words in English.
  await visitor.getByTestId("language-switch").click();
  await expect(visitor).toHaveURL(/\/en\/departments\/401\/2019\/versions\/\d+$/);
  await expect(visitor.getByTestId("old-version-banner")).toContainText("This version has been corrected");
  // Old versions exist only once a correction is approved, so axe checks them here (see accessibility.spec.ts).
  for (const width of [1280, 375]) {
    await visitor.setViewportSize({ width, height: 900 });
    const axe = await new AxeBuilder({ page: visitor }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(axe.violations.map((v) => `${width} px ${v.id}: ${v.help}`)).toEqual([]);
  }
  await visitor.setViewportSize({ width: 1280, height: 720 });
  await expect(visitor.getByTestId("expenditure-table").locator("tr", { hasText: projectName })).toContainText(formatWan(first));
  await visitor.getByTestId("old-version-banner").getByRole("link").click();
  await expect(visitor).toHaveURL(/\/en\/departments\/401\/2019$/);

  // The audit trail lists every step.
  await reviewer.goto(`/review/${versionId}/audit`);
  const actions = await reviewer.getByTestId("audit-row").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-action")));
  // Autosave may split one edit into two saves when the machine is slow: consecutive saves are one step.
  const steps = [...actions].reverse().filter((action, i, all) => !(action === "draft.save" && all[i - 1] === "draft.save"));
  expect(steps).toEqual([
    "draft.create",
    "draft.save",
    "version.submit",
    "version.withdraw",
    "version.submit",
    "version.return",
    "comment.add",
    "comment.edit",
    "comment.delete",
    "draft.save",
    "version.submit",
    "version.approve",
  ]);
});

test("a reviewer cannot approve what they submitted themselves", async ({ browser }) => {
  test.setTimeout(120_000);
  // Someone drafts for 县卫生健康局 (402) and later moves to the finance bureau.
  const admin = await signedInPage(browser, "admin");
  await admin.goto("/admin/users");
  await admin.getByRole("textbox", { name: /^用户名/ }).fill("moved_staff");
  await admin.getByRole("textbox", { name: /^姓名/ }).fill("调任人员");
  await admin.getByRole("combobox", { name: /^角色/ }).selectOption("editor");
  await admin.getByLabel(/^初始密码/).fill("moved-staff-pw");
  await admin.getByRole("checkbox", { name: /^402 / }).check();
  await admin.getByRole("checkbox", { name: /^403 / }).check();
  await admin.getByRole("button", { name: "创建用户" }).click();
  await expect(admin.getByRole("row", { name: /moved_staff/ })).toBeVisible();

  const staff = await (await browser.newContext()).newPage();
  await signIn(staff, "moved_staff", "moved-staff-pw");
  const versionId = await createDraft(staff, /^402 /, 2019, "更正本年已公开的版本");
  await submit(staff);
  await createDraft(staff, /^403 /, 2019, "更正本年已公开的版本");
  await submit(staff);

  await admin.getByRole("row", { name: /moved_staff/ }).getByRole("link").click();
  // The list page has a role field too (the new-user form): act only once on the user's page.
  await expect(admin.getByRole("heading", { name: "用户 moved_staff" })).toBeVisible();
  // The region field appears once the page is interactive and the role is a reviewer.
  await expect(async () => {
    // Re-select through another value: a choice made before hydration fires no change later.
    await admin.getByRole("combobox", { name: /^角色/ }).selectOption("admin");
    await admin.getByRole("combobox", { name: /^角色/ }).selectOption("reviewer");
    await expect(admin.getByRole("combobox", { name: /^所在地区/ })).toBeVisible({ timeout: 1_000 });
  }).toPass();
  await admin.getByRole("combobox", { name: /^所在地区/ }).selectOption({ label: "河北省 正定县" });
  await admin.getByRole("button", { name: "保存角色和部门" }).click();
  await expect(admin.getByText("已更新用户 moved_staff 的角色和权限范围。")).toBeVisible();

  const asReviewer = await (await browser.newContext()).newPage();
  await signIn(asReviewer, "moved_staff", "moved-staff-pw");
  await asReviewer.goto(`/review/${versionId}`);
  await expect(asReviewer.getByRole("heading", { name: "审核决定" })).toBeVisible();
  await asReviewer.getByRole("checkbox", { name: /我已核对/ }).check();
  await asReviewer.getByRole("button", { name: "审核通过并公开" }).click();
  await expect(asReviewer.getByTestId("review-message")).toHaveText("不能审核通过自己提交的公开文件");
  await asReviewer.reload();
  await expect(asReviewer.getByTestId("version-status")).toContainText("已提交待审核");

  // Nor in a bulk approval: each department is refused on its own, with its reason.
  const bulkApprove = async (page: Page) => {
    await page.goto("/review?year=2019&status=submitted");
    for (const code of ["402", "403"]) await page.locator(`[data-testid="board-row"][data-code="${code}"]`).getByRole("checkbox").check();
    await page.getByRole("checkbox", { name: /我已逐一核对/ }).check();
    await page.getByRole("button", { name: "批量审核通过并公开" }).click();
  };
  await bulkApprove(asReviewer);
  await expect(asReviewer.getByTestId("bulk-message")).toContainText("2 个部门中 0 个成功");
  await expect(asReviewer.getByTestId("bulk-message")).toContainText("✗ 403 ");

  // Another reviewer approves both at once: one result per department, both public.
  const reviewer = await signedInPage(browser, "reviewer");
  await bulkApprove(reviewer);
  // Two approvals, each refreshing the public pages: more than the default 5 s on a busy machine.
  await expect(reviewer.getByTestId("bulk-message")).toContainText("已处理全部 2 个部门。", { timeout: 30_000 });
  await expect(reviewer.getByTestId("bulk-message")).toContainText(/✓ 402 .*已审核通过并公开。/);
  await expect(reviewer.getByTestId("bulk-message")).toContainText(/✓ 403 .*已审核通过并公开。/);
  const boardAxe = await new AxeBuilder({ page: reviewer }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(boardAxe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await reviewer.goto(`/review/${versionId}`);
  await expect(reviewer.getByTestId("version-status")).toContainText("已公开");
});

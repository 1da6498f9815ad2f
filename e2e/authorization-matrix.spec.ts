import { expect, test, type APIRequestContext } from "@playwright/test";
import { documentToWorkbook } from "../lib/excel/workbook";
import { emptyDocument } from "../lib/disclosure/new-draft";
import { builtActions, builtRoutes, callAction, sourceActions, type ActionOutcome, type ActionRef } from "./authz/server-actions";
import { PERSONAS, personaContexts, type Persona } from "./authz/personas";

/**
 * Every server action and every route handler × every kind of caller, against the running app.
 * An action or route that the app has and this matrix lacks fails the test, so a new one cannot
 * ship without saying who may use it. Department under test: 498 (editor434 drafts it; editor401
 * does not). Refusals are tried first, so the one allowed call finds the state it expects.
 */

type Expectation = "allowed" | RegExp;
const SIGNED_OUT = /登录已失效/;
const NOT_FOUND = /未找到/;
const FORBIDDEN = /无权执行此操作/;

interface Fixture {
  departmentId: number;
  regionId: number;
  drafts: Record<"save" | "submit" | "toReturn" | "toApprove", number>;
  matrixUserId: () => Promise<number>;
  /** The reviewer's own comment on the draft to return (made by the commentAction case). */
  reviewerCommentId: () => Promise<number>;
}

interface ActionCase {
  args: (f: Fixture) => Promise<unknown[]> | unknown[];
  expect: Record<Persona, Expectation>;
}

const form = (fields: Record<string, string | Blob | string[]>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) data.append(key, v);
  }
  return data;
};

const onlyAdmin = { anonymous: SIGNED_OUT, editorOwn: FORBIDDEN, editorOther: FORBIDDEN, reviewer: FORBIDDEN, admin: "allowed" } as const;
const onlyOwnEditor = { anonymous: SIGNED_OUT, editorOwn: "allowed", editorOther: NOT_FOUND, reviewer: NOT_FOUND, admin: NOT_FOUND } as const;
const onlyReviewer = { anonymous: SIGNED_OUT, editorOwn: NOT_FOUND, editorOther: NOT_FOUND, reviewer: "allowed", admin: NOT_FOUND } as const;

/** Keyed "file#export"; run in this order. */
const ACTIONS: Record<string, ActionCase> = {
  "app/(workspace)/edit/actions.ts#createDraftAction": {
    args: (f) => [null, form({ departmentId: String(f.departmentId), year: "2016", start: "empty" })],
    expect: onlyOwnEditor,
  },
  "app/(workspace)/edit/[versionId]/actions.ts#saveDraftAction": {
    args: (f) => [{ versionId: f.drafts.save, revision: 1, document: emptyDocument(2016) }],
    expect: onlyOwnEditor,
  },
  "app/(workspace)/edit/[versionId]/actions.ts#importWorkbookAction": {
    args: async (f) => [
      form({
        versionId: String(f.drafts.save),
        revision: "2",
        file: new Blob([new Uint8Array(await documentToWorkbook(emptyDocument(2016), { departmentCode: "498", departmentName: "县机关事务服务中心", year: 2016 }))]),
      }),
    ],
    expect: onlyOwnEditor,
  },
  "app/(workspace)/edit/[versionId]/actions.ts#submitDraftAction": {
    args: (f) => [{ versionId: f.drafts.submit, revision: 2 }],
    expect: onlyOwnEditor,
  },
  // After the case above: drafts.submit is now submitted, and its editor takes it back.
  "app/(workspace)/edit/[versionId]/actions.ts#withdrawDraftAction": {
    args: (f) => [{ versionId: f.drafts.submit }],
    expect: onlyOwnEditor,
  },
  "app/(workspace)/review/actions.ts#commentAction": {
    args: (f) => [null, form({ versionId: String(f.drafts.toReturn), section: "2", body: "请核对项目支出。" })],
    expect: { anonymous: SIGNED_OUT, editorOther: NOT_FOUND, admin: NOT_FOUND, reviewer: "allowed", editorOwn: "allowed" },
  },
  // Only the author edits or deletes a comment: the department's editor is told so; who cannot
  // read the department does not learn that the comment exists.
  "app/(workspace)/review/actions.ts#editCommentAction": {
    args: async (f) => [null, form({ commentId: String(await f.reviewerCommentId()), body: "请核对项目支出（已修改）。" })],
    expect: { ...onlyReviewer, editorOwn: /只能修改或删除自己发表的意见/ },
  },
  "app/(workspace)/review/actions.ts#deleteCommentAction": {
    args: async (f) => [null, form({ commentId: String(await f.reviewerCommentId()) })],
    expect: { ...onlyReviewer, editorOwn: /只能修改或删除自己发表的意见/ },
  },
  "app/(workspace)/review/actions.ts#returnAction": {
    args: (f) => [null, form({ versionId: String(f.drafts.toReturn), section: "2", reason: "请补充说明。" })],
    expect: onlyReviewer,
  },
  "app/(workspace)/review/actions.ts#approveAction": {
    args: (f) => [null, form({ versionId: String(f.drafts.toApprove) })],
    expect: onlyReviewer,
  },
  "app/(workspace)/review/actions.ts#approvalDateAction": {
    args: (f) => [null, form({ departmentId: String(f.departmentId), year: "2019", date: "2019-01-15" })],
    expect: { ...onlyReviewer, editorOwn: /未找到该部门/, editorOther: /未找到该部门/, admin: /未找到该部门/ },
  },
  "app/(workspace)/review/actions.ts#bulkAction": {
    args: (f) => [null, form({ intent: "approval-date", year: "2019", date: "2019-01-16", departmentId: String(f.departmentId) })],
    expect: { ...onlyReviewer, editorOwn: /仅供本地区财政局审核人/, editorOther: /仅供本地区财政局审核人/, admin: /仅供本地区财政局审核人/ },
  },
  "app/(workspace)/admin/actions.ts#setDepartmentStatusAction": {
    // Reactivating an active department: allowed, and changes nothing the other specs rely on.
    args: (f) => [null, form({ departmentId: String(f.departmentId), active: "true" })],
    expect: onlyAdmin,
  },
  // Each user's own notifications: nobody names another's (notification-commands.ts ignores them).
  "app/(workspace)/inbox/actions.ts#markReadAction": {
    args: () => [null, form({ id: "1" })],
    expect: { anonymous: SIGNED_OUT, editorOwn: "allowed", editorOther: "allowed", reviewer: "allowed", admin: "allowed" },
  },
  "app/(workspace)/inbox/actions.ts#preferencesAction": {
    // Everything on, as a user who never chose: the other specs see the defaults.
    args: () => [
      null,
      form(Object.fromEntries(["submit", "return", "approve", "deadline"].flatMap((k) => [[`${k}:inApp`, "on"], [`${k}:email`, "on"]]))),
    ],
    expect: { anonymous: SIGNED_OUT, editorOwn: "allowed", editorOther: "allowed", reviewer: "allowed", admin: "allowed" },
  },
  "app/(workspace)/admin/actions.ts#createFiscalYearAction": { args: () => [null, form({ year: "2030" })], expect: onlyAdmin },
  "app/(workspace)/admin/actions.ts#createDepartmentAction": {
    args: (f) => [null, form({ regionId: String(f.regionId), code: "4981", name: "矩阵测试部门" })],
    expect: onlyAdmin,
  },
  "app/(workspace)/admin/actions.ts#renameDepartmentAction": {
    args: (f) => [null, form({ departmentId: String(f.departmentId), name: "县机关事务服务中心" })],
    expect: onlyAdmin,
  },
  "app/(workspace)/admin/actions.ts#createUserAction": {
    args: (f) => [
      null,
      form({ username: "matrix_user", displayName: "矩阵测试用户", password: "matrix-password", role: "editor", departmentIds: [String(f.departmentId)] }),
    ],
    expect: onlyAdmin,
  },
  "app/(workspace)/admin/actions.ts#updateUserScopeAction": {
    args: async (f) => [null, form({ userId: String(await f.matrixUserId()), role: "editor", departmentIds: [String(f.departmentId)] })],
    expect: onlyAdmin,
  },
  "app/(workspace)/admin/actions.ts#resetPasswordAction": {
    args: async (f) => [null, form({ userId: String(await f.matrixUserId()), password: "another-password" })],
    expect: onlyAdmin,
  },
  // Anyone signed in, on their own account only: another user's session is "not found", and the
  // password change is refused before anything is checked (mismatched confirmation), so the
  // demo passwords stay and no failed attempt is counted.
  "app/(workspace)/account/actions.ts#endSessionAction": {
    args: () => [null, form({ sessionId: "not-a-session-of-this-user" })],
    expect: { anonymous: SIGNED_OUT, editorOwn: /未找到该会话/, editorOther: /未找到该会话/, reviewer: /未找到该会话/, admin: /未找到该会话/ },
  },
  "app/(workspace)/account/actions.ts#endOtherSessionsAction": {
    args: () => [null, form({})],
    expect: { anonymous: SIGNED_OUT, editorOwn: "allowed", editorOther: "allowed", reviewer: "allowed", admin: "allowed" },
  },
  "app/(workspace)/account/actions.ts#changePasswordAction": {
    args: () => [null, form({ currentPassword: "x", newPassword: "zhengding-2026-budget", confirmPassword: "different-2026-budget" })],
    expect: { anonymous: SIGNED_OUT, editorOwn: /两次输入的新密码不一致/, editorOther: /两次输入的新密码不一致/, reviewer: /两次输入的新密码不一致/, admin: /两次输入的新密码不一致/ },
  },
  "app/(workspace)/admin/actions.ts#setUserStatusAction": {
    args: async (f) => [null, form({ userId: String(await f.matrixUserId()), disabled: "true" })],
    expect: onlyAdmin,
  },
};

interface RouteCase {
  path: (f: Fixture) => string;
  expect: Record<Persona, number>;
}

const EVERYONE_200 = { anonymous: 200, editorOwn: 200, editorOther: 200, reviewer: 200, admin: 200 };
/** Route handlers, keyed as in Next's app-paths manifest. Anonymous workspace GETs are redirected to sign-in. */
const ROUTES: Record<string, RouteCase> = {
  "/(workspace)/edit/[versionId]/workbook/route": {
    path: (f) => `/edit/${f.drafts.save}/workbook`,
    expect: { anonymous: 307, editorOwn: 200, editorOther: 404, reviewer: 200, admin: 200 },
  },
  "/(workspace)/edit/template/route": {
    path: () => "/edit/template?department=498&year=2018",
    expect: { anonymous: 307, editorOwn: 200, editorOther: 404, reviewer: 200, admin: 200 },
  },
  "/(workspace)/admin/audit/audit.csv/route": {
    path: () => "/admin/audit/audit.csv?kind=admin",
    expect: { anonymous: 307, editorOwn: 403, editorOther: 403, reviewer: 403, admin: 200 },
  },
  "/[locale]/departments/[code]/[year]/workbook/route": { path: () => "/departments/434/2018/workbook", expect: EVERYONE_200 },
  "/api/auth/[...nextauth]/route": { path: () => "/api/auth/session", expect: EVERYONE_200 },
  "/[locale]/departments/[code]/trend.csv/route": { path: () => "/departments/401/trend.csv?table=total", expect: EVERYONE_200 },
  "/[locale]/compare/download/route": {
    path: () => "/compare/download?departments=434,401&years=2018,2019&measure=total&format=csv",
    expect: EVERYONE_200,
  },
  "/[locale]/years/[year]/ranking.csv/route": { path: () => "/years/2018/ranking.csv", expect: EVERYONE_200 },
  "/sitemap.xml/route": { path: () => "/sitemap.xml", expect: EVERYONE_200 },
  "/sitemaps/[file]/route": { path: () => "/sitemaps/0.xml", expect: EVERYONE_200 },
  "/robots.txt/route": { path: () => "/robots.txt", expect: EVERYONE_200 },
  "/icon.svg/route": { path: () => "/icon.svg", expect: EVERYONE_200 },
  "/api/health/route": { path: () => "/api/health", expect: EVERYONE_200 },
  // An address no endpoint answers: the API's JSON 404 for everyone (e2e/not-found.spec.ts reads its body).
  "/api/[...missing]/route": {
    path: () => "/api/no-such-endpoint",
    expect: { anonymous: 404, editorOwn: 404, editorOther: 404, reviewer: 404, admin: 404 },
  },
  "/api/department-search/route": { path: () => "/api/department-search?q=434", expect: EVERYONE_200 },
  "/api/v1/route": { path: () => "/api/v1", expect: EVERYONE_200 },
  "/api/v1/departments/route": { path: () => "/api/v1/departments?page=1&pageSize=5", expect: EVERYONE_200 },
  "/api/v1/departments/[code]/route": { path: () => "/api/v1/departments/434", expect: EVERYONE_200 },
  "/api/v1/years/route": { path: () => "/api/v1/years", expect: EVERYONE_200 },
  "/api/v1/disclosures/route": { path: () => "/api/v1/disclosures?year=2018&department=434", expect: EVERYONE_200 },
  "/api/v1/disclosures/[code]/[year]/route": { path: () => "/api/v1/disclosures/434/2018", expect: EVERYONE_200 },
  "/api/v1/figures/route": { path: () => "/api/v1/figures?departments=401,434&years=2017,2018&measure=total", expect: EVERYONE_200 },
  "/api/v1/bulk/[year]/route": { path: () => "/api/v1/bulk/2018.csv", expect: EVERYONE_200 },
  "/api/v1/bulk/[year]/datapackage.json/route": { path: () => "/api/v1/bulk/2018/datapackage.json", expect: EVERYONE_200 },
  "/api/v1/bulk/[year]/budget.csv/route": { path: () => "/api/v1/bulk/2018/budget.csv", expect: EVERYONE_200 },
  "/api/v1/bulk/[year]/budget.xlsx/route": { path: () => "/api/v1/bulk/2018/budget.xlsx", expect: EVERYONE_200 },
};

function describeOutcome(outcome: ActionOutcome): string {
  return "redirect" in outcome ? `redirect ${outcome.redirect}` : JSON.stringify(outcome.value);
}

function isAllowed(outcome: ActionOutcome): boolean {
  return "redirect" in outcome || (outcome.value as { ok?: boolean } | null)?.ok === true;
}

function message(outcome: ActionOutcome): string {
  return "value" in outcome ? String((outcome.value as { message?: unknown } | null)?.message ?? "") : "";
}

let personas: Record<Persona, APIRequestContext>;
let actions: Map<string, ActionRef>;

async function run(persona: Persona, key: string, args: unknown[]) {
  const action = actions.get(key);
  if (!action) throw new Error(`${key} is not in the built app`);
  return callAction(personas[persona], action, args);
}

/** A draft of 498 for `year`, created (and optionally submitted) by its editor through the actions. */
async function draftOf498(departmentId: number, year: number, submit: boolean): Promise<number> {
  const created = await run("editorOwn", "app/(workspace)/edit/actions.ts#createDraftAction", [
    null,
    form({ departmentId: String(departmentId), year: String(year), start: "empty" }),
  ]);
  if (!("redirect" in created)) throw new Error(`could not create 498/${year}: ${describeOutcome(created)}`);
  const versionId = Number(created.redirect.split("/").pop());
  // A budget of nothing cannot be submitted (completeness.amounts): 1万元 of personnel, balanced
  // (a new draft's figures start 未列示: stated here).
  const document = emptyDocument(year);
  document.revenue.notStated = false;
  document.revenue.sources[0]!.amount = 10_000;
  document.expenditure.personnel = 10_000;
  document.expenditure.publicFunds = 0;
  const saved = await run("editorOwn", "app/(workspace)/edit/[versionId]/actions.ts#saveDraftAction", [{ versionId, revision: 1, document }]);
  if (!isAllowed(saved)) throw new Error(`could not save 498/${year}: ${describeOutcome(saved)}`);
  if (submit) {
    const submitted = await run("editorOwn", "app/(workspace)/edit/[versionId]/actions.ts#submitDraftAction", [{ versionId, revision: 2 }]);
    if (!isAllowed(submitted)) throw new Error(`could not submit 498/${year}: ${describeOutcome(submitted)}`);
  }
  return versionId;
}

test("authorization matrix: every server action and route handler × every kind of caller", async ({ baseURL }) => {
  test.setTimeout(180_000);
  personas = await personaContexts(baseURL!);
  actions = new Map(builtActions().map((a) => [`${a.file}#${a.name}`, a]));

  // Nothing the app can run is left out of the matrix, and the matrix names nothing that is gone.
  const known = new Set([...actions.keys(), ...sourceActions().map((a) => `${a.file}#${a.name}`)]);
  expect([...known].filter((key) => !(key in ACTIONS)), "actions missing from the matrix").toEqual([]);
  expect(Object.keys(ACTIONS).filter((key) => !actions.has(key)), "matrix actions the app cannot run").toEqual([]);
  const routes = builtRoutes();
  expect(routes.filter((route) => !(route in ROUTES)), "routes missing from the matrix").toEqual([]);
  expect(Object.keys(ROUTES).filter((route) => !routes.includes(route)), "matrix routes the app lacks").toEqual([]);

  // The department under test and its drafts, made through the app itself.
  const editPage = await (await personas.editorOwn.get("/edit")).text();
  const departmentId = Number(/<option value="(\d+)">498 县机关事务服务中心<\/option>/.exec(editPage)?.[1]);
  const departmentsPage = await (await personas.admin.get("/admin/departments")).text();
  const regionId = Number(/<option value="(\d+)"[^>]*>[^<]*正定县<\/option>/.exec(departmentsPage)?.[1]);
  expect(departmentId && regionId, "498 and 正定县 are seeded").toBeTruthy();
  const fixture: Fixture = {
    departmentId,
    regionId,
    drafts: {
      save: 0, // made by the createDraftAction case itself
      submit: await draftOf498(departmentId, 2017, false),
      toReturn: await draftOf498(departmentId, 2018, true),
      toApprove: await draftOf498(departmentId, 2019, true),
    },
    reviewerCommentId: async () => {
      const page = await (await personas.reviewer.get(`/review/${fixture.drafts.toReturn}`)).text();
      const id = Number(/data-comment-id="(\d+)"[^>]*aria-label="财政局审核人（示例）的意见"/.exec(page)?.[1]);
      if (!id) throw new Error("the reviewer's comment is not on the review page");
      return id;
    },
    matrixUserId: async () => {
      // The user's row: its 管理 link is the first user link after the username.
      const usersPage = await (await personas.admin.get("/admin/users")).text();
      const row = usersPage.slice(usersPage.indexOf(">matrix_user<"));
      const userId = Number(/href="\/admin\/users\/(\d+)"/.exec(row)?.[1]);
      if (!userId) throw new Error("matrix_user not found on /admin/users");
      return userId;
    },
  };

  const failures: string[] = [];
  for (const [key, entry] of Object.entries(ACTIONS)) {
    const order = [...PERSONAS].sort((a, b) => Number(entry.expect[a] === "allowed") - Number(entry.expect[b] === "allowed"));
    for (const persona of order) {
      const expected = entry.expect[persona];
      const outcome = await run(persona, key, await entry.args(fixture));
      const ok = expected === "allowed" ? isAllowed(outcome) : !isAllowed(outcome) && expected.test(message(outcome));
      if (!ok) failures.push(`${key} as ${persona}: expected ${String(expected)}, got ${describeOutcome(outcome)}`);
      if (key.endsWith("#createDraftAction") && persona === "editorOwn" && "redirect" in outcome) {
        fixture.drafts.save = Number(outcome.redirect.split("/").pop());
      }
    }
  }
  for (const [route, entry] of Object.entries(ROUTES)) {
    for (const persona of PERSONAS) {
      const response = await personas[persona].get(entry.path(fixture), { maxRedirects: 0 });
      if (response.status() !== entry.expect[persona]) {
        failures.push(`GET ${entry.path(fixture)} (${route}) as ${persona}: expected ${entry.expect[persona]}, got ${response.status()}`);
      }
      if (entry.expect[persona] === 307) expect(response.headers().location ?? "").toContain("/login");
    }
  }
  expect(failures).toEqual([]);
  for (const context of Object.values(personas)) await context.dispose();
});

/**
 * The editor's commands against a real database (PGlite, or the PostgreSQL server when
 * DATABASE_URL is set), as each kind of user: bad input gets a clear Chinese message and leaves
 * nothing saved; nobody reaches a draft that is not theirs; two saves of one revision never both win.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { openTestDatabase, type TestDatabase, seededUser } from "@/db/test-database";
import { seedAll, PRACTICE_DEPARTMENT, SECOND_PRACTICE_DEPARTMENT } from "@/db/seed";
import { departments, disclosureVersions } from "@/db/schema";
import { getPublishedDocument, getVersion } from "@/db/queries/drafts";
import type { DisclosureDocument } from "@/lib/disclosure/schema";
import type { SessionUser } from "@/lib/auth/permissions";
import { consistentDocument } from "@/lib/checks/fixture";
import ExcelJS from "exceljs";
import { documentToWorkbook } from "@/lib/excel/workbook";
import { LINE_SHEETS } from "@/lib/excel/layout";
import { ZHENGDING_434_2018 } from "@/db/seed/zhengding-434-2018";
import { createDraftCommand } from "./create-draft-command";
import { importWorkbookCommand, saveDraftCommand, submitDraftCommand, withdrawDraftCommand } from "./[versionId]/draft-commands";
import { addComment, returnVersion } from "@/db/queries/review";
import { auditEntries } from "@/db/schema";
import { emptyDocument } from "@/lib/disclosure/new-draft";

let t: TestDatabase;
const as: Record<string, SessionUser> = {};
let practiceId = 0;
/** The 401 version the submitting test leaves submitted, for the 撤回 test after it. */
let submittedId = 0;


function form(fields: Record<string, string | Blob>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

async function versionCount(): Promise<number> {
  const [row] = await t.db.select({ n: sql<number>`count(*)::int` }).from(disclosureVersions);
  return row!.n;
}

async function newPracticeDraft(year: number) {
  const result = await createDraftCommand(t.db, as.editor434!, form({ departmentId: String(practiceId), year: String(year), start: "empty" }));
  if (!result.ok) throw new Error(result.message);
  return result.versionId;
}

/** A consistent document whose prior-year amounts are last year's published figures. */
function fitToPrevious(doc: DisclosureDocument, previous: DisclosureDocument): DisclosureDocument {
  const f = { personnel: previous.expenditure.personnel, publicFunds: previous.expenditure.publicFunds };
  const project = previous.expenditure.projects.reduce((total, p) => total + p.amount, 0);
  doc.change.prior = { ...f, project };
  doc.change.stated = {};
  doc.sangong.prior = { ...previous.sangong.current };
  delete doc.sangong.statedChange;
  return doc;
}

beforeAll(async () => {
  t = await openTestDatabase();
  await seedAll(t.db);
  for (const name of ["editor434", "editor401", "reviewer", "admin"]) as[name] = await seededUser(t.db, name);
  const [practice] = await t.db.select().from(departments).where(eq(departments.code, PRACTICE_DEPARTMENT.code));
  practiceId = practice!.id;
});

afterAll(async () => {
  await t?.close();
});

describe("creating a draft", () => {
  it("refuses anonymous callers, other departments' editors, reviewers, bad and unknown years — writing nothing", async () => {
    const before = await versionCount();
    const input = { departmentId: String(practiceId), year: "2018", start: "empty" };
    expect(await createDraftCommand(t.db, null, form(input))).toEqual({ ok: false, message: "登录已失效，请重新登录。" });
    expect(await createDraftCommand(t.db, as.editor401!, form(input))).toEqual({ ok: false, message: "未找到该部门。" });
    expect(await createDraftCommand(t.db, as.reviewer!, form(input))).toEqual({ ok: false, message: "未找到该部门。" });
    expect(await createDraftCommand(t.db, as.editor434!, form({ ...input, year: "abcd" }))).toMatchObject({ ok: false, message: "请选择年度" });
    expect(await createDraftCommand(t.db, as.editor434!, form({ ...input, start: "copy" }))).toMatchObject({ ok: false, message: "请选择草稿的起点" });
    expect(await createDraftCommand(t.db, as.editor434!, form({ ...input, year: "2031" }))).toEqual({
      ok: false,
      message: "2031年度尚未开放填报，请联系系统管理员。",
    });
    expect(await createDraftCommand(t.db, as.editor434!, form({ ...input, start: "previous" }))).toMatchObject({
      ok: false,
      message: expect.stringContaining("2017年尚无已公开的预算"),
    });
    expect(await versionCount()).toBe(before);
  });

  it("creates one open draft per department and year", async () => {
    const versionId = await newPracticeDraft(2019);
    const found = await getVersion(t.db, versionId);
    expect(found?.version).toMatchObject({ status: "draft", versionNo: 1, revision: 1, year: 2019 });
    expect(found?.version.document.glossary.length).toBeGreaterThanOrEqual(5); // standard terms
    const again = await createDraftCommand(t.db, as.editor434!, form({ departmentId: String(practiceId), year: "2019", start: "empty" }));
    expect(again).toEqual({ ok: false, message: "县政务服务管理办公室2019年已有未完成的版本，请继续编辑该版本。" });
  });

  it("starts a year from last year's approved disclosure, last year's figures as prior-year amounts", async () => {
    const [education] = await t.db.select().from(departments).where(eq(departments.code, "401"));
    const result = await createDraftCommand(t.db, as.editor401!, form({ departmentId: String(education!.id), year: "2019", start: "previous" }));
    // 401 already has a published 2019: a second "first" draft for the year is still a new version.
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const draft = (await getVersion(t.db, result.versionId))!.version;
    const published2018 = await t.db
      .select()
      .from(disclosureVersions)
      .where(sql`${disclosureVersions.departmentId} = ${education!.id} and ${disclosureVersions.year} = 2018`);
    expect(draft.document.change.prior.personnel).toBe(published2018[0]!.personnel);
    // This year's figures start 未列示 (null, not 0.00) until the editor enters them.
    expect(draft.document.expenditure.personnel).toBeNull();
    expect([draft.document.revenue.notStated, draft.document.operatingCosts.notStated]).toEqual([true, true]);
    expect(draft.versionNo).toBe(2);
  });
});

describe("saving a draft", () => {
  it("saves with the revision it was read at, and refuses the later of two saves from one revision", async () => {
    const versionId = await newPracticeDraft(2017);
    const first = structuredClone(ZHENGDING_434_2018);
    const second = structuredClone(ZHENGDING_434_2018);
    second.expenditure.personnel = second.expenditure.personnel! + 100;
    const results = await Promise.all([
      saveDraftCommand(t.db, as.editor434!, { versionId, revision: 1, document: first }),
      saveDraftCommand(t.db, as.editor434!, { versionId, revision: 1, document: second }),
    ]);
    const won = results.filter((r) => r.ok);
    const lost = results.filter((r) => !r.ok);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]).toMatchObject({ reason: "conflict", revision: 2, message: expect.stringContaining("被他人保存") });
    const stored = (await getVersion(t.db, versionId))!.version;
    expect(stored.revision).toBe(2);
    // The winner's data is what is stored, whole.
    const winner = results[0]!.ok ? first : second;
    expect(stored.document).toEqual(winner);
    expect(stored.personnel).toBe(winner.expenditure.personnel);
  });

  it("refuses invalid documents with Chinese messages naming the field, saving nothing", async () => {
    const versionId = await newPracticeDraft(2016);
    const cases: [string, (doc: Record<string, unknown>) => void, string][] = [
      ["negative", (d) => ((d.expenditure as { personnel: number }).personnel = -1), "金额不能为负数"],
      ["float", (d) => ((d.expenditure as { personnel: number }).personnel = 616.89), "金额必须精确到元"],
      ["too long", (d) => ((d as { otherMatters: string }).otherMatters = "无".repeat(20_001)), "文字不能超过20000字"],
      ["too many rows", (d) => ((d as { duties: string[] }).duties = Array.from({ length: 101 }, () => "职责")), "不能超过100行"],
      ["too long name", (d) => ((d.expenditure as { projects: unknown[] }).projects = [{ name: "项".repeat(201), amount: 1 }]), "文字不能超过200字"],
    ];
    for (const [label, mutate, message] of cases) {
      const doc = structuredClone(ZHENGDING_434_2018) as unknown as Record<string, unknown>;
      mutate(doc);
      const result = await saveDraftCommand(t.db, as.editor434!, { versionId, revision: 1, document: doc });
      expect(result, label).toMatchObject({ ok: false, reason: "invalid" });
      if (!result.ok && result.reason === "invalid") {
        expect(result.errors.map((e) => e.message), label).toContain(message);
        expect(result.errors[0]!.field, label).not.toBe("");
      }
    }
    expect(await saveDraftCommand(t.db, as.editor434!, { versionId: -1, revision: 1, document: {} })).toMatchObject({ reason: "invalid" });
    const stored = (await getVersion(t.db, versionId))!.version;
    expect(stored.revision).toBe(1);
    expect(stored.document.duties).toEqual([]);
  });

  it("saves a draft whose new rows are not filled yet (empty names kept as typed), but not one with a negative amount", async () => {
    // The 2016 draft of the test above, which saved nothing (revision 1).
    const [open] = await t.db
      .select({ id: disclosureVersions.id })
      .from(disclosureVersions)
      .where(and(eq(disclosureVersions.departmentId, practiceId), eq(disclosureVersions.year, 2016)));
    const versionId = open!.id;
    const doc = structuredClone(ZHENGDING_434_2018);
    doc.expenditure.projects.push({ name: "", amount: 0 });
    doc.duties.push("");
    doc.units.push({ name: "", nature: "", rank: "", funding: "" });
    doc.performance.activities.push({ title: "", budget: null, description: "", goal: "", indicators: [{ name: "", excellent: "", good: "", fair: "", poor: "" }], children: [] });
    doc.glossary.push({ term: "", definition: "" });
    doc.preamble = "开篇段落照常保存。";
    const saved = await saveDraftCommand(t.db, as.editor434!, { versionId, revision: 1, document: doc });
    expect(saved).toMatchObject({ ok: true, revision: 2 });
    const stored = (await getVersion(t.db, versionId))!.version;
    expect(stored.document).toEqual(doc);

    const negative = structuredClone(doc);
    negative.expenditure.projects.at(-1)!.amount = -100;
    expect(await saveDraftCommand(t.db, as.editor434!, { versionId, revision: 2, document: negative })).toMatchObject({ ok: false, reason: "invalid" });
    expect((await getVersion(t.db, versionId))!.version.revision).toBe(2);
  });

  it("reports another department's draft, a reviewer's or an anonymous save as not found / signed out", async () => {
    const target = await newPracticeDraft(2018);
    const doc = structuredClone(ZHENGDING_434_2018);
    expect(await saveDraftCommand(t.db, null, { versionId: target, revision: 1, document: doc })).toMatchObject({ reason: "signed-out" });
    expect(await saveDraftCommand(t.db, as.editor401!, { versionId: target, revision: 1, document: doc })).toMatchObject({ reason: "not-found" });
    expect(await saveDraftCommand(t.db, as.reviewer!, { versionId: target, revision: 1, document: doc })).toMatchObject({ reason: "not-found" });
    expect(await saveDraftCommand(t.db, as.admin!, { versionId: target, revision: 1, document: doc })).toMatchObject({ reason: "not-found" });
    expect(await submitDraftCommand(t.db, as.editor401!, { versionId: target, revision: 1 })).toMatchObject({ reason: "not-found" });
    expect((await getVersion(t.db, target))!.version.revision).toBe(1);
  });

  it("saves budget lines whose codes are the year's (a new row's empty code too), refuses a code of another year whole", async () => {
    // A 2018 draft of the second practice department (the workbook tests below use 499's).
    const [second] = await t.db.select().from(departments).where(eq(departments.code, SECOND_PRACTICE_DEPARTMENT.code));
    const created = await createDraftCommand(t.db, as.editor434!, form({ departmentId: String(second!.id), year: "2018", start: "empty" }));
    if (!created.ok) throw new Error(created.message);
    const versionId = created.versionId;
    const doc = emptyDocument(2018);
    doc.preamble = "不应保存的开篇段落。";
    doc.lines = {
      expenditure: [
        { functionCode: "2010301", kind: "personnel", source: "general", project: "", amount: 1_000_000 },
        // 2240101 (应急管理) exists from 2019 on.
        { functionCode: "2240101", kind: "project", source: "general", project: "应急演练", amount: 50_000 },
      ],
      economic: [{ economicCode: "30101", amount: 1_000_000 }],
      carryForward: 0,
    };
    const refused = await saveDraftCommand(t.db, as.editor434!, { versionId, revision: 1, document: doc });
    expect(refused).toMatchObject({ ok: false, reason: "invalid", message: "有科目编码不在本年度的分类科目中，未保存。" });
    if (!refused.ok && refused.reason === "invalid") {
      expect(refused.errors).toEqual([
        { field: "lines.expenditure.1.functionCode", message: "支出明细第2行：科目编码2240101不是2018年支出功能分类的项级科目，请从科目列表中选择" },
      ]);
    }
    // Nothing of it was saved, not even the valid parts.
    let stored = (await getVersion(t.db, versionId))!.version;
    expect(stored.revision).toBe(1);
    expect(stored.document.preamble).not.toBe(doc.preamble);

    doc.lines.expenditure[1]!.functionCode = "";
    doc.lines.economic.push({ economicCode: "", amount: 0 });
    expect(await saveDraftCommand(t.db, as.editor434!, { versionId, revision: 1, document: doc })).toMatchObject({ ok: true, revision: 2 });
    stored = (await getVersion(t.db, versionId))!.version;
    expect(stored.document.lines).toEqual(doc.lines);
    // Submitting requires every code: the empty one is listed, nothing changes.
    const submitted = await submitDraftCommand(t.db, as.editor434!, { versionId, revision: 2 });
    expect(submitted).toMatchObject({ ok: false, reason: "incomplete" });
    if (!submitted.ok && submitted.reason === "incomplete") {
      expect(submitted.errors.map((e) => e.field)).toContain("lines.expenditure.1.functionCode");
    }
    expect((await getVersion(t.db, versionId))!.version.status).toBe("draft");
  });
});

describe("submitting", () => {
  it("is refused while a check error remains, with the list; then accepted; then the draft is closed", async () => {
    const [education] = await t.db.select().from(departments).where(eq(departments.code, "401"));
    // A fresh department-year for 401: 2020 is not open yet, so use the admin-free path: a 2018 revision.
    const created = await createDraftCommand(t.db, as.editor401!, form({ departmentId: String(education!.id), year: "2018", start: "published" }));
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const versionId = created.versionId;
    const previous = (await getPublishedDocument(t.db, education!.id, 2017))!;
    const valid = () => fitToPrevious(consistentDocument(), previous);
    const broken = valid();
    broken.revenue.statedTotal = (broken.revenue.statedTotal ?? 0) + 10_000;
    const saved = await saveDraftCommand(t.db, as.editor401!, { versionId, revision: 1, document: broken });
    expect(saved.ok).toBe(true);
    const refused = await submitDraftCommand(t.db, as.editor401!, { versionId, revision: 2 });
    expect(refused).toMatchObject({ ok: false, reason: "check-errors" });
    if (!refused.ok && refused.reason === "check-errors") {
      expect(refused.findings.map((f) => f.ruleId)).toContain("revenue.total");
    }
    expect((await getVersion(t.db, versionId))!.version.status).toBe("draft");

    await saveDraftCommand(t.db, as.editor401!, { versionId, revision: 2, document: valid() });
    expect(await submitDraftCommand(t.db, as.editor401!, { versionId, revision: 2 })).toMatchObject({ reason: "conflict" });
    expect(await submitDraftCommand(t.db, as.editor401!, { versionId, revision: 3 })).toEqual({ ok: true });
    const submitted = (await getVersion(t.db, versionId))!.version;
    expect(submitted.status).toBe("submitted");
    expect(submitted.submittedBy).toBe(as.editor401!.id);
    expect(await saveDraftCommand(t.db, as.editor401!, { versionId, revision: 3, document: valid() })).toMatchObject({
      reason: "not-editable",
    });
    submittedId = versionId;
  });

  it("撤回: only the department's editor, only before review; audited; a reviewer who started or decided wins", async () => {
    const versionId = submittedId;
    const status = async () => (await getVersion(t.db, versionId))!.version.status;
    expect(await withdrawDraftCommand(t.db, as.editor434!, { versionId })).toMatchObject({ reason: "not-found" });
    expect(await withdrawDraftCommand(t.db, as.reviewer!, { versionId })).toMatchObject({ reason: "not-found" });
    expect(await withdrawDraftCommand(t.db, null, { versionId })).toMatchObject({ reason: "signed-out" });
    expect(await status()).toBe("submitted");

    expect(await withdrawDraftCommand(t.db, as.editor401!, { versionId })).toEqual({ ok: true });
    expect(await status()).toBe("draft");
    const audit = await t.db.select().from(auditEntries).where(and(eq(auditEntries.versionId, versionId), eq(auditEntries.action, "version.withdraw")));
    expect(audit).toHaveLength(1);
    expect(await withdrawDraftCommand(t.db, as.editor401!, { versionId })).toMatchObject({ ok: false, reason: "not-editable" });

    // Submitted again; the reviewer comments (review started): the reviewer wins.
    const revision = (await getVersion(t.db, versionId))!.version.revision;
    expect(await submitDraftCommand(t.db, as.editor401!, { versionId, revision })).toEqual({ ok: true });
    await addComment(t.db, { versionId, authorId: as.reviewer!.id, section: 2, body: "请核对项目支出。", replyTo: null });
    const started = await withdrawDraftCommand(t.db, as.editor401!, { versionId });
    expect(started).toMatchObject({ ok: false, message: expect.stringContaining("审核人已开始审核") });
    expect(await status()).toBe("submitted");

    // Decided: returned, nothing left to withdraw.
    await returnVersion(t.db, { versionId, reviewerId: as.reviewer!.id, reason: "请修改。", section: 0 });
    expect(await withdrawDraftCommand(t.db, as.editor401!, { versionId })).toMatchObject({ ok: false, reason: "not-editable" });
    expect(await status()).toBe("returned");
  });

  it("refuses a budget whose amounts are all 0.00 (completeness.amounts)", async () => {
    const [open] = await t.db
      .select()
      .from(disclosureVersions)
      .where(and(eq(disclosureVersions.departmentId, practiceId), eq(disclosureVersions.year, 2019), eq(disclosureVersions.status, "draft")));
    const versionId = open?.id ?? (await newPracticeDraft(2019));
    const blank = await saveDraftCommand(t.db, as.editor434!, { versionId, revision: open?.revision ?? 1, document: emptyDocument(2019) });
    if (!blank.ok) throw new Error(blank.message);
    const refused = await submitDraftCommand(t.db, as.editor434!, { versionId, revision: blank.revision });
    expect(refused).toMatchObject({ ok: false, reason: "check-errors" });
    if (!refused.ok && refused.reason === "check-errors") expect(refused.findings.map((f) => f.ruleId)).toContain("completeness.amounts");
    expect((await getVersion(t.db, versionId))!.version.status).toBe("draft");
  });
});

describe("uploading a workbook", () => {
  const meta = { departmentCode: "499", departmentName: "县政务服务管理办公室", year: 2018 };

  async function draftAt2018() {
    const [open] = await t.db
      .select()
      .from(disclosureVersions)
      .where(sql`${disclosureVersions.departmentId} = ${practiceId} and ${disclosureVersions.year} = 2018`);
    return open ?? (await getVersion(t.db, await newPracticeDraft(2018)))!.version;
  }

  it("imports a filled workbook whole: export of 434/2018 → import gives identical data", async () => {
    const draft = await draftAt2018();
    const file = new File([new Uint8Array(await documentToWorkbook(ZHENGDING_434_2018, meta))], "434.xlsx");
    const result = await importWorkbookCommand(t.db, as.editor434!, form({ versionId: String(draft.id), revision: String(draft.revision), file }));
    expect(result).toMatchObject({ ok: true });
    expect((await getVersion(t.db, draft.id))!.version.document).toEqual(ZHENGDING_434_2018);
  });

  it("refuses another department's workbook, naming both departments, and changes nothing", async () => {
    const draft = await draftAt2018();
    const before = (await getVersion(t.db, draft.id))!.version;
    const theirs = { departmentCode: "434", departmentName: "正定县人民政府办公室", year: 2018 };
    const file = new File([new Uint8Array(await documentToWorkbook(ZHENGDING_434_2018, theirs))], "434.xlsx");
    const refused = await importWorkbookCommand(t.db, as.editor434!, form({ versionId: String(draft.id), revision: String(before.revision), file }));
    expect(refused).toMatchObject({ ok: false, reason: "bad-workbook" });
    if (!refused.ok) {
      expect(refused.message).toContain("正定县人民政府办公室（部门代码 434）");
      expect(refused.message).toContain("县政务服务管理办公室（部门代码 499）");
    }
    const after = (await getVersion(t.db, draft.id))!.version;
    expect(after.revision).toBe(before.revision);
    expect(after.document).toEqual(before.document);
  });

  it("refuses a bad file with the list of problems and changes nothing", async () => {
    const draft = await draftAt2018();
    const before = (await getVersion(t.db, draft.id))!.version;
    const upload = (file: File) =>
      importWorkbookCommand(t.db, as.editor434!, form({ versionId: String(draft.id), revision: String(before.revision), file }));
    const notExcel = await upload(new File(["单位名称,金额\n办公室,12"], "data.csv"));
    expect(notExcel).toMatchObject({ ok: false, reason: "bad-workbook" });
    if (!notExcel.ok && notExcel.reason === "bad-workbook") expect(JSON.stringify(notExcel.errors)).toContain("Excel");
    const empty = await upload(new File([], "empty.xlsx"));
    expect(empty).toMatchObject({ ok: false, message: "请选择要上传的 Excel 文件。" });
    const huge = await upload(new File([new Uint8Array(6 * 1024 * 1024)], "huge.xlsx"));
    expect(huge).toMatchObject({ ok: false, reason: "bad-workbook", message: expect.stringContaining("文件过大") });
    const stranger = await importWorkbookCommand(
      t.db,
      as.editor401!,
      form({ versionId: String(draft.id), revision: String(before.revision), file: new File(["x"], "x.xlsx") }),
    );
    expect(stranger).toMatchObject({ reason: "not-found" });
    const after = (await getVersion(t.db, draft.id))!.version;
    expect(after.revision).toBe(before.revision);
    expect(after.document).toEqual(before.document);
  });

  it("takes the budget lines and staff counts of the workbook, keeps the draft's for a workbook made before the line sheets, checks codes against the draft's year", async () => {
    const draft = await draftAt2018();
    const upload = async (buffer: Buffer) => {
      const current = (await getVersion(t.db, draft.id))!.version;
      const file = new File([new Uint8Array(buffer)], "499.xlsx");
      return importWorkbookCommand(t.db, as.editor434!, form({ versionId: String(draft.id), revision: String(current.revision), file }));
    };
    const doc = emptyDocument(2018);
    doc.lines = {
      expenditure: [
        { functionCode: "2010301", kind: "personnel", source: "general", project: "", amount: 1_000_000 },
        { functionCode: "2010302", kind: "project", source: "general", project: "政务公开", amount: 295_000 },
      ],
      economic: [{ economicCode: "30101", amount: 1_000_000 }],
      carryForward: 10_000,
    };
    doc.staff = { authorized: 12, active: 10, retired: 3, statedTotal: null };
    const withLines = await upload(await documentToWorkbook(doc, meta));
    expect(withLines).toMatchObject({ ok: true, document: { lines: doc.lines, staff: doc.staff } });
    expect((await getVersion(t.db, draft.id))!.version.document).toMatchObject({ lines: doc.lines, staff: doc.staff });

    // A workbook of the old layout (no 人员情况 / 支出明细 / 基本支出经济分类) leaves them as they are.
    const old = new ExcelJS.Workbook();
    await old.xlsx.load(new Uint8Array(await documentToWorkbook(emptyDocument(2018), meta)).buffer);
    for (const name of LINE_SHEETS) old.removeWorksheet(old.getWorksheet(name)!.id);
    expect(await upload(Buffer.from(await old.xlsx.writeBuffer()))).toMatchObject({ ok: true });
    expect((await getVersion(t.db, draft.id))!.version.document).toMatchObject({ lines: doc.lines, staff: doc.staff });

    // 2013801 市场监督管理事务 行政运行 exists from 2019: a 2020 workbook holding it does not fit this 2018 draft.
    const before = (await getVersion(t.db, draft.id))!.version;
    const later = emptyDocument(2020);
    later.lines = { expenditure: [{ functionCode: "2013801", kind: "personnel", source: "general", project: "", amount: 100 }], economic: [], carryForward: 0 };
    const refused = await upload(await documentToWorkbook(later, { ...meta, year: 2020 }));
    expect(refused).toMatchObject({
      ok: false,
      reason: "bad-workbook",
      errors: [{ sheet: "支出明细", cell: "A5", message: "“2013801”不是2018年有效的支出功能分类科目（项），请对照当年的政府收支分类科目" }],
    });
    const after = (await getVersion(t.db, draft.id))!.version;
    expect(after.revision).toBe(before.revision);
    expect(after.document).toEqual(before.document);
  });
});

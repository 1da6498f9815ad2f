/**
 * Every /api/v1 endpoint, run as the route handlers run it (endpoints.ts) against a real, seeded
 * test database — never the app's own .data/pglite. Drafts, submissions, returned and superseded
 * versions never appear in any answer; an approval shows at once.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { openTestDatabase, type TestDatabase } from "../../db/test-database";
import { seedAll, SECOND_PRACTICE_DEPARTMENT } from "../../db/seed";
import { DEMO_DEPARTMENTS } from "../../db/seed/demo";
import { ZHENGDING_434_2018 } from "../../db/seed/zhengding-434-2018";
import { departments, users } from "../../db/schema";
import { createDraft, markSubmitted } from "../../db/queries/drafts";
import { approveVersion, returnVersion } from "../../db/queries/review";
import { consistentDocument } from "../checks/fixture";
import { wan } from "../money";
import { BOM, toCsv } from "../csv";
import { readBulkWorkbook } from "./bulk-xlsx";
import * as api from "./endpoints";

let t: TestDatabase;
let editorId = 0;
let reviewerId = 0;
const DEMO = DEMO_DEPARTMENTS[0]!.code;
const SECRET = "仅草稿中的项目";
const req = (path: string) => new Request(`http://portal.test${path}`);

/** An answer as text; a workbook's rows as CSV text. */
async function textOf(response: Response): Promise<string> {
  if (!response.headers.get("Content-Type")?.includes("spreadsheetml")) return response.text();
  return toCsv(await readBulkWorkbook(await response.arrayBuffer()));
}

/** Every endpoint's answer for the departments and years in play, as one text. */
async function everything(): Promise<string> {
  const codes = ["434", SECOND_PRACTICE_DEPARTMENT.code, DEMO];
  const answers = await Promise.all([
    api.departmentsEndpoint(t.db, req("/api/v1/departments?pageSize=200")),
    api.yearsEndpoint(t.db),
    api.disclosuresEndpoint(t.db, req("/api/v1/disclosures?pageSize=200")),
    api.figuresEndpoint(t.db, req(`/api/v1/figures?departments=${codes.join(",")}&years=2018,2019`)),
    ...codes.map((code) => api.departmentEndpoint(t.db, { code })),
    ...codes.flatMap((code) => ["2018", "2019"].map((year) => api.disclosureEndpoint(t.db, { code, year }))),
    ...["2018", "2019"].flatMap((year) => [
      api.summaryFileEndpoint(t.db, { file: `${year}.csv` }),
      api.datapackageEndpoint(t.db, { year }),
      api.budgetCsvEndpoint(t.db, { year }),
      api.summaryFileEndpoint(t.db, { file: `${year}.xlsx` }),
      api.budgetXlsxEndpoint(t.db, { year }),
    ]),
  ]);
  return (await Promise.all(answers.map(textOf))).join("\n");
}

async function json(response: Response | Promise<Response>) {
  const r = await response;
  expect(r.headers.get("Access-Control-Allow-Origin")).toBe("*");
  return { status: r.status, body: (await r.json()) as Record<string, unknown> & { data: never; error: never } };
}

beforeAll(async () => {
  t = await openTestDatabase();
  await seedAll(t.db);
  const [editor] = await t.db.select().from(users).where(eq(users.username, "editor434"));
  const [reviewer] = await t.db.select().from(users).where(eq(users.username, "reviewer"));
  editorId = editor!.id;
  reviewerId = reviewer!.id;
});

afterAll(async () => {
  await t?.close();
});

describe("/api/v1 endpoints", () => {
  it("GET /api/v1 lists the endpoints and the documentation", async () => {
    const { status, body } = await json(api.indexEndpoint());
    expect(status).toBe(200);
    expect(body.data).toMatchObject({ version: "v1", documentation: "/open-data" });
  });

  it("GET /departments paginates, flags demo data and refuses a bad pageSize in both languages", async () => {
    const first = await api.departmentsEndpoint(t.db, req("/api/v1/departments?pageSize=2"));
    expect(first.headers.get("Cache-Control")).toBe("public, max-age=60");
    expect(first.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
    const body = await first.json();
    expect(body).toMatchObject({ page: 1, pageSize: 2, total: 1 + DEMO_DEPARTMENTS.length, links: { prev: null, next: "/api/v1/departments?pageSize=2&page=2" } });
    const all = (await json(api.departmentsEndpoint(t.db, req("/api/v1/departments")))).body.data as { code: string; demo: boolean }[];
    expect(all.find((d) => d.code === "434")).toMatchObject({ demo: false, publishedYears: [2018], region: { name: "正定县" } });
    expect(all.filter((d) => d.demo)).toHaveLength(DEMO_DEPARTMENTS.length);
    const bad = await json(api.departmentsEndpoint(t.db, req("/api/v1/departments?pageSize=500")));
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: "invalid_parameter", message: expect.stringContaining("pageSize"), messageEn: expect.stringContaining("1 to 200") });
  });

  it("GET /departments/{code} gives published years with headline figures, 404 otherwise", async () => {
    const { body } = await json(api.departmentEndpoint(t.db, { code: "434" }));
    expect(body.data).toMatchObject({ code: "434", years: [{ year: 2018, versionNo: 1, figures: { total: { yuan: wan("1028.57"), wan: "1028.57" } } }] });
    for (const code of ["999", "../x", SECOND_PRACTICE_DEPARTMENT.code]) {
      const missing = await json(api.departmentEndpoint(t.db, { code }));
      expect(missing.status).toBe(404);
      expect(missing.body.error).toMatchObject({ code: "not_found", messageEn: expect.any(String) });
    }
  });

  it("GET /years counts publications and totals each measure", async () => {
    const { body } = await json(api.yearsEndpoint(t.db));
    const years = body.data as { year: number; disclosureCount: number; demoDisclosureCount: number; totals: Record<string, { yuan: number }> }[];
    expect(years.map((y) => y.year)).toEqual([2016, 2017, 2018, 2019]);
    const y2018 = years.find((y) => y.year === 2018)!;
    expect(y2018).toMatchObject({ disclosureCount: DEMO_DEPARTMENTS.length + 1, demoDisclosureCount: DEMO_DEPARTMENTS.length });
    expect(y2018.totals.total!.yuan).toBeGreaterThan(wan("1028.57"));
  });

  it("GET /disclosures filters by year and department, and refuses a bad year", async () => {
    const { body } = await json(api.disclosuresEndpoint(t.db, req("/api/v1/disclosures?year=2018&department=434")));
    expect(body).toMatchObject({ total: 1, data: [{ department: { code: "434" }, year: 2018, demo: false, figures: { project: { wan: "323.00" } } }] });
    const demo = await json(api.disclosuresEndpoint(t.db, req(`/api/v1/disclosures?department=${DEMO}`)));
    expect(demo.body).toMatchObject({ total: 4, data: [{ demo: true }, { demo: true }, { demo: true }, { demo: true }] });
    expect((await api.disclosuresEndpoint(t.db, req("/api/v1/disclosures?year=abc"))).status).toBe(400);
  });

  it("GET /disclosures/{code}/{year} gives the document, derived figures and check findings", async () => {
    const { body } = await json(api.disclosureEndpoint(t.db, { code: "434", year: "2018" }));
    expect(body.data).toMatchObject({
      document: ZHENGDING_434_2018,
      derived: { basic: { wan: "705.57" } },
      checks: { previousYearCompared: false, findings: expect.arrayContaining([expect.objectContaining({ ruleId: "change.total" })]) },
    });
    const demo = await json(api.disclosureEndpoint(t.db, { code: DEMO, year: "2017" }));
    expect(demo.body.data).toMatchObject({ demo: true, checks: { previousYearCompared: true } });
    // Its budget lines with each code's official name of 2017; the seed's none (未列示: no codes invented).
    const lines = (demo.body.data as { budgetLines: { breakdown: string; functionCode?: string; functionName?: string; economicCode?: string; economicName?: string }[] }).budgetLines;
    expect(lines).toContainEqual(expect.objectContaining({ breakdown: "main", functionCode: "2050101", functionName: "行政运行", amount: expect.objectContaining({ wan: expect.any(String) }) }));
    expect(lines).toContainEqual(expect.objectContaining({ breakdown: "economic", economicCode: "30101", economicName: "基本工资" }));
    const seedLines = (body.data as { budgetLines: { functionCode?: string | null }[] }).budgetLines;
    expect(seedLines.every((l) => !l.functionCode)).toBe(true);
    expect((await api.disclosureEndpoint(t.db, { code: "434", year: "2017" })).status).toBe(404);
    expect((await api.disclosureEndpoint(t.db, { code: "434", year: "20x8" })).status).toBe(404);
  });

  it("GET /figures gives one measure across departments and years, 400 for a bad measure", async () => {
    const { body } = await json(api.figuresEndpoint(t.db, req(`/api/v1/figures?departments=434,${DEMO}&years=2017,2018&measure=sangongTotal`)));
    expect(body.measure).toEqual({ id: "sangongTotal", label: "“三公”经费合计" });
    // A class: the amount under the code, null (未列示) for the seed, whose tables were not published.
    const byClass = await json(api.figuresEndpoint(t.db, req(`/api/v1/figures?departments=434,${DEMO}&years=2017,2018&measure=fn:205`)));
    expect(byClass.body.measure).toEqual({ id: "fn:205", label: "功能分类 205 教育支出" });
    expect(byClass.body.data).toContainEqual(expect.objectContaining({ year: 2018, department: expect.objectContaining({ code: "434" }), value: null, classAbsent: false }));
    expect(byClass.body.data).toContainEqual(expect.objectContaining({ year: 2018, department: expect.objectContaining({ code: DEMO }), value: expect.objectContaining({ yuan: expect.any(Number) }) }));
    expect((await api.figuresEndpoint(t.db, req(`/api/v1/figures?departments=434&years=2018&measure=fn:999`))).status).toBe(400);
    expect((body.data as unknown[]).length).toBe(3);
    expect(body.data).toContainEqual({ department: { code: "434", ref: "434", name: "正定县人民政府办公室" }, year: 2018, demo: false, value: { yuan: wan("79.1"), wan: "79.10" }, classAbsent: false });
    const bad = await json(api.figuresEndpoint(t.db, req("/api/v1/figures?departments=434&years=2018&measure=salary")));
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ parameters: [{ name: "measure" }] });
  });

  it("GET /bulk/{year}.csv, /bulk/{year}/datapackage.json and /bulk/{year}/budget.csv, 404 for unknown years", async () => {
    const csv = await api.summaryFileEndpoint(t.db, { file: "2018.csv" });
    expect(csv.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM (Response.text() would drop it)
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.trimEnd().split("\r\n")).toHaveLength(2 + DEMO_DEPARTMENTS.length);
    const descriptor = await json(api.datapackageEndpoint(t.db, { year: "2018" }));
    expect(descriptor.body).toMatchObject({ profile: "fiscal-data-package", fiscalPeriod: { start: "2018-01-01" }, resources: [{ path: "budget.csv" }] });
    const budget = await (await api.budgetCsvEndpoint(t.db, { year: "2018" })).text();
    expect(budget).toContain(",434,正定县人民政府办公室,false,2018,1,5,main,expenditure,支出,basic,基本支出,personnel,人员经费,,,,,,,,,6168900,616.89");
    // A demo department's budget lines, with the 2018 list's official names (示例数据).
    expect(budget).toMatch(/,401,县教育局,true,2018,\d+,\d+,main,expenditure,支出,basic,基本支出,personnel,人员经费,,,,general,2050101,行政运行,,,\d+,/);
    expect(budget).toMatch(/,401,县教育局,true,2018,\d+,\d+,economic,expenditure,支出,basic,基本支出,,,,,,,,,30101,基本工资,\d+,/);
    for (const response of [
      api.summaryFileEndpoint(t.db, { file: "2030.csv" }),
      api.summaryFileEndpoint(t.db, { file: "2030.xlsx" }),
      api.budgetXlsxEndpoint(t.db, { year: "2030" }),
      api.summaryFileEndpoint(t.db, { file: "2018.txt" }),
      api.datapackageEndpoint(t.db, { year: "2030" }),
      api.budgetCsvEndpoint(t.db, { year: "x" }),
    ]) {
      expect((await response).status).toBe(404);
    }
  });

  it("GET /bulk/{year}.xlsx and /bulk/{year}/budget.xlsx: the CSV's rows as a workbook, public and cacheable", async () => {
    const files = [
      { xlsx: api.summaryFileEndpoint(t.db, { file: "2018.xlsx" }), csv: api.summaryFileEndpoint(t.db, { file: "2018.csv" }), name: "department-budgets-2018.xlsx", bom: true },
      { xlsx: api.budgetXlsxEndpoint(t.db, { year: "2018" }), csv: api.budgetCsvEndpoint(t.db, { year: "2018" }), name: "budget-2018.xlsx", bom: false },
    ];
    for (const file of files) {
      const response = await file.xlsx;
      expect(response.status).toBe(200);
      expect(response.headers.get("Content-Type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
      expect(response.headers.get("Content-Disposition")).toBe(`attachment; filename="${file.name}"; filename*=UTF-8''${file.name}`);
      expect(response.headers.get("Cache-Control")).toBe("public, max-age=60");
      expect(response.headers.get("Access-Control-Allow-Origin")).toBe("*");
      const rows = await readBulkWorkbook(await response.arrayBuffer());
      const csv = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await (await file.csv).arrayBuffer());
      expect(rows.length).toBeGreaterThan(1 + DEMO_DEPARTMENTS.length - 1);
      expect(toCsv(rows, { bom: file.bom })).toBe(csv);
    }
  });

  it("never shows a draft, submission, returned or superseded version; shows an approval at once", async () => {
    const [practice] = await t.db.select().from(departments).where(eq(departments.code, SECOND_PRACTICE_DEPARTMENT.code));
    const [office] = await t.db.select().from(departments).where(eq(departments.code, "434"));
    const document = consistentDocument();
    document.expenditure.projects[0]!.name = SECRET;
    const draft = await createDraft(t.db, { departmentId: practice!.id, year: 2019, document, userId: editorId });
    const corrected = structuredClone(ZHENGDING_434_2018);
    corrected.expenditure.projects[0]!.name = "更正后的网站运行经费项目";
    const correction = await createDraft(t.db, { departmentId: office!.id, year: 2018, document: corrected, userId: editorId });
    if (!draft.ok || !correction.ok) throw new Error("drafts");

    const hidden = async (state: string) => {
      const text = await everything();
      expect(text, state).not.toContain(SECRET);
      expect(text, state).not.toContain(SECOND_PRACTICE_DEPARTMENT.name);
      expect(text, state).not.toContain("更正后的网站运行经费项目");
    };
    await hidden("draft");
    for (const versionId of [draft.versionId, correction.versionId]) {
      await markSubmitted(t.db, { versionId, revision: 1, userId: editorId, from: "draft" });
    }
    await hidden("submitted");
    await returnVersion(t.db, { versionId: draft.versionId, reviewerId, reason: "请补充说明", section: 2 });
    await hidden("returned");

    await approveVersion(t.db, { versionId: correction.versionId, reviewerId });
    const text = await everything();
    expect(text).toContain("更正后的网站运行经费项目");
    expect(text).not.toContain("政府政务信息及门户网站运行经费项目"); // the superseded version's name
    expect(text).not.toContain(SECRET);
    const { body } = await json(api.disclosureEndpoint(t.db, { code: "434", year: "2018" }));
    expect(body.data).toMatchObject({ versionNo: 2 });

    await markSubmitted(t.db, { versionId: draft.versionId, revision: 1, userId: editorId, from: "returned" });
    await approveVersion(t.db, { versionId: draft.versionId, reviewerId });
    expect(await everything()).toContain(SECRET);
    const listed = await json(api.disclosuresEndpoint(t.db, req(`/api/v1/disclosures?department=${SECOND_PRACTICE_DEPARTMENT.code}`)));
    expect(listed.body).toMatchObject({ total: 1, data: [{ year: 2019, demo: true }] });
  });
});

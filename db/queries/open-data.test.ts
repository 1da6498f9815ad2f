/**
 * The open-data queries against a real database (PGlite, or PostgreSQL with DATABASE_URL): only
 * published versions ever appear. A department-year walked through draft → submitted → returned
 * stays invisible until a reviewer approves it; a corrected disclosure shows its replacement only.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../test-database";
import { departments, disclosures, fiscalYears, regions, users } from "../schema";
import { insertVersion } from "./versions";
import { createDraft, markSubmitted } from "./drafts";
import { approveVersion, returnVersion } from "./review";
import { publishedFigures } from "./figures";
import {
  getPublicDepartment,
  getPublishedDisclosureDetail,
  listPublicDepartments,
  listPublishedDisclosures,
  publishedTotalsByYearAndRegion,
  publishedDocuments,
  publishedOfYear,
} from "./open-data";
import { consistentDocument } from "../../lib/checks/fixture";
import { headlineFigures } from "../../lib/disclosure/figures";
import type { DisclosureDocument } from "../../lib/disclosure/schema";
import { wan } from "../../lib/money";
import { groupByYear } from "../../lib/open-data/years";

const listPublishedYears = async (db: TestDatabase["db"]) => groupByYear(await publishedTotalsByYearAndRegion(db));

let t: TestDatabase;
const ids: Record<string, number> = {};
let editorId = 0;
let reviewerId = 0;
let supersededVersionId = 0;

const SECRET_DRAFT = "未公开的草稿项目";
const OLD_PROJECT = "更正前的项目";

function documentWith(projectName: string, extra = 0): DisclosureDocument {
  const doc = consistentDocument();
  doc.expenditure.projects[0]!.name = projectName;
  doc.expenditure.projects[0]!.amount += extra;
  doc.revenue.sources[0]!.amount += extra;
  return doc;
}

async function publish(code: string, year: number, document: DisclosureDocument) {
  const [disclosure] = await t.db.insert(disclosures).values({ departmentId: ids[code]!, year }).returning();
  return insertVersion(t.db, {
    disclosureId: disclosure!.id,
    departmentId: ids[code]!,
    year,
    versionNo: 1,
    status: "published",
    document,
    publishedAt: new Date(`${year}-03-01T02:00:00Z`),
  });
}

/** Everything the open-data queries return, as one text to search. */
async function everythingPublic(): Promise<string> {
  const codes = ["701", "702", "703", "801"];
  const [list, disclosuresPage, years, y2025, details, departmentsOne, figures] = await Promise.all([
    listPublicDepartments(t.db, { page: 1, pageSize: 200 }),
    listPublishedDisclosures(t.db, { page: 1, pageSize: 200 }),
    listPublishedYears(t.db),
    publishedOfYear(t.db, 2025),
    Promise.all(codes.map((code) => getPublishedDisclosureDetail(t.db, code, 2025))),
    Promise.all(codes.map((code) => getPublicDepartment(t.db, code))),
    publishedFigures(t.db, { departmentRefs: codes, years: [2024, 2025], measure: "project" }),
  ]);
  const documents = await publishedDocuments(t.db, y2025.map((e) => e.versionId));
  return JSON.stringify({ list, disclosuresPage, years, y2025, details, departmentsOne, figures, documents: [...documents] });
}

beforeAll(async () => {
  t = await openTestDatabase();
  const [r1, r2] = await t.db
    .insert(regions)
    .values([
      { code: "R1", name: "测试县", province: "测试省" },
      { code: "R2", name: "另一县", province: "测试省" },
    ])
    .returning();
  const rows = await t.db
    .insert(departments)
    .values([
      { regionId: r1!.id, code: "701", name: "测试局" },
      { regionId: r1!.id, code: "702", name: "示例局", isDemo: true },
      { regionId: r1!.id, code: "703", name: "尚未公开局" },
      { regionId: r2!.id, code: "801", name: "另一县财政局" },
    ])
    .returning();
  for (const row of rows) ids[row.code] = row.id;
  await t.db.insert(fiscalYears).values([{ year: 2024 }, { year: 2025 }]);
  const people = await t.db
    .insert(users)
    .values([
      { username: "e", displayName: "填报人", passwordHash: "x", role: "editor" },
      { username: "r", displayName: "审核人", passwordHash: "x", role: "reviewer", regionId: r1!.id },
    ])
    .returning();
  editorId = people[0]!.id;
  reviewerId = people[1]!.id;

  await publish("701", 2024, documentWith("上年项目"));
  supersededVersionId = (await publish("701", 2025, documentWith(OLD_PROJECT))).id;
  await publish("702", 2025, documentWith("示例项目", wan("1")));
  await publish("801", 2025, documentWith("外县项目", wan("2")));
  // 701/2025 corrected through the workflow: v1 becomes superseded, v2 published.
  const correction = await createDraft(t.db, { departmentId: ids["701"]!, year: 2025, document: documentWith("更正后的项目", wan("3")), userId: editorId });
  if (!correction.ok) throw new Error("correction draft");
  await markSubmitted(t.db, { versionId: correction.versionId, revision: 1, userId: editorId, from: "draft" });
  expect(await approveVersion(t.db, { versionId: correction.versionId, reviewerId })).toEqual({ ok: true });
});

afterAll(async () => {
  await t?.close();
});

describe(`open-data queries on ${process.env.DATABASE_URL ? "the PostgreSQL server" : "embedded PGlite"}`, () => {
  it("lists departments with publications only, paginated with a total", async () => {
    const first = await listPublicDepartments(t.db, { page: 1, pageSize: 2 });
    const second = await listPublicDepartments(t.db, { page: 2, pageSize: 2 });
    expect(first.total).toBe(3);
    expect(second.total).toBe(3);
    expect(first.rows.map((d) => d.code)).toEqual(["701", "702"]);
    expect(second.rows.map((d) => d.code)).toEqual(["801"]);
    expect(first.rows[0]).toMatchObject({ publishedYears: [2024, 2025], demo: false, region: { code: "R1", name: "测试县" } });
    expect(first.rows[1]).toMatchObject({ code: "702", demo: true, publishedYears: [2025] });
    expect((await listPublicDepartments(t.db, { page: 3, pageSize: 2 })).rows).toEqual([]);
  });

  it("shows a corrected disclosure's replacement, never the superseded version", async () => {
    const department = await getPublicDepartment(t.db, "701");
    expect(department?.entries.map((e) => [e.year, e.versionNo])).toEqual([
      [2024, 1],
      [2025, 2],
    ]);
    const detail = await getPublishedDisclosureDetail(t.db, "701", 2025);
    expect(detail?.entry.versionNo).toBe(2);
    expect(detail?.document.expenditure.projects[0]!.name).toBe("更正后的项目");
    expect(detail?.previous?.expenditure.projects[0]!.name).toBe("上年项目");
    expect(detail?.entry.figures).toEqual(headlineFigures(detail!.document));
    expect((await publishedDocuments(t.db, [supersededVersionId])).size).toBe(0);
    expect(await everythingPublic()).not.toContain(OLD_PROJECT);
  });

  it("filters and paginates published disclosures with a total", async () => {
    const all2025 = await listPublishedDisclosures(t.db, { page: 1, pageSize: 50, year: 2025 });
    expect(all2025.total).toBe(3);
    expect(all2025.rows.map((r) => [r.departmentCode, r.versionNo, r.demo])).toEqual([
      ["701", 2, false],
      ["702", 1, true],
      ["801", 1, false],
    ]);
    const third = await listPublishedDisclosures(t.db, { page: 3, pageSize: 1, year: 2025 });
    expect(third).toMatchObject({ total: 3, rows: [{ departmentCode: "801", region: { code: "R2" } }] });
    const of701 = await listPublishedDisclosures(t.db, { page: 1, pageSize: 50, department: "701" });
    expect(of701.rows.map((r) => r.year)).toEqual([2024, 2025]);
    expect((await listPublishedDisclosures(t.db, { page: 1, pageSize: 50 })).total).toBe(4);
  });

  it("counts and totals the published disclosures of each year, per county and overall", async () => {
    const years = await listPublishedYears(t.db);
    expect(years.map((y) => [y.year, y.disclosureCount, y.demoDisclosureCount])).toEqual([
      [2024, 1, 0],
      [2025, 3, 1],
    ]);
    const y2025 = years[1]!;
    const figures = (await publishedOfYear(t.db, 2025)).map((e) => e.figures);
    expect(y2025.totals.total).toBe(figures.reduce((sum, f) => sum + f.total!, 0));
    expect(y2025.totals.project).toBe(3 * wan("140") + wan("3") + wan("1") + wan("2"));
    expect(y2025.regions.map((r) => [r.region.code, r.disclosureCount])).toEqual([
      ["R1", 2],
      ["R2", 1],
    ]);
  });

  it("keeps a department-year invisible as a draft, a submission and a returned version, until approved", async () => {
    const draft = await createDraft(t.db, { departmentId: ids["703"]!, year: 2025, document: documentWith(SECRET_DRAFT), userId: editorId });
    if (!draft.ok) throw new Error("draft");
    const invisible = async (state: string) => {
      const text = await everythingPublic();
      expect(text, state).not.toContain(SECRET_DRAFT);
      expect(text, state).not.toContain("尚未公开局");
      expect(await getPublicDepartment(t.db, "703"), state).toBeNull();
      expect(await getPublishedDisclosureDetail(t.db, "703", 2025), state).toBeNull();
      expect((await listPublishedDisclosures(t.db, { page: 1, pageSize: 50, department: "703" })).total, state).toBe(0);
      expect((await publishedDocuments(t.db, [draft.versionId])).size, state).toBe(0);
      expect((await listPublishedYears(t.db))[1]!.disclosureCount, state).toBe(3);
    };
    await invisible("draft");
    expect(await markSubmitted(t.db, { versionId: draft.versionId, revision: 1, userId: editorId, from: "draft" })).toBe(true);
    await invisible("submitted");
    await returnVersion(t.db, { versionId: draft.versionId, reviewerId, reason: "请补充", section: 2 });
    await invisible("returned");

    await markSubmitted(t.db, { versionId: draft.versionId, revision: 1, userId: editorId, from: "returned" });
    expect(await approveVersion(t.db, { versionId: draft.versionId, reviewerId })).toEqual({ ok: true });
    expect(await everythingPublic()).toContain(SECRET_DRAFT);
    expect((await getPublicDepartment(t.db, "703"))?.publishedYears).toEqual([2025]);
    expect((await listPublicDepartments(t.db, { page: 1, pageSize: 50 })).total).toBe(4);
    expect((await listPublishedYears(t.db))[1]!.disclosureCount).toBe(4);
  });

  it("finds nothing for unknown departments and years", async () => {
    expect(await getPublicDepartment(t.db, "000")).toBeNull();
    expect(await getPublishedDisclosureDetail(t.db, "701", 2023)).toBeNull();
    expect(await publishedOfYear(t.db, 2023)).toEqual([]);
    expect(await publishedDocuments(t.db, [])).toEqual(new Map());
  });
});

/**
 * A figure not stated (未列示) through publication, against a real database (PGlite, or PostgreSQL
 * with DATABASE_URL): a document leaving 公务接待费 and 人员经费 unstated, and marking 机关运行经费
 * 未列示 (operatingCosts.notStated), is drafted, submitted and
 * approved; the published-figures columns then hold NULL, not 0; the narrative prints no sentence,
 * change or percentage on them; the completeness check names them; the open data (JSON and CSV)
 * give null and an empty cell; the ranking leaves the department out and counts it; the year
 * totals say how many were not stated. A document stating 0 keeps its 0.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { openTestDatabase, type TestDatabase } from "../test-database";
import { departments, disclosureVersions, fiscalYears, regions, users } from "../schema";
import { createDraft, markSubmitted } from "./drafts";
import { approveVersion } from "./review";
import { insertVersion } from "./versions";
import { disclosures } from "../schema";
import { yearRankingPage, countyTotalsByYear } from "./public-stats";
import { consistentDocument } from "../../lib/checks/fixture";
import { runChecks } from "../../lib/checks";
import { narrative } from "../../lib/disclosure/narrative";
import { deriveFigures } from "../../lib/disclosure/figures";
import type { DisclosureDocument } from "../../lib/disclosure/schema";
import { disclosureEndpoint, figuresEndpoint, summaryFileEndpoint, yearsEndpoint } from "../../lib/open-data/endpoints";

/** The summary CSV has no quoted commas (names and numbers only). */
const parseCsv = (text: string) => text.trim().split(/\r?\n/).map((line) => line.split(","));

let t: TestDatabase;
const ids: Record<string, number> = {};

/**
 * 公务接待费 and 人员经费 not stated, in a new-style document: no figure printed by a historic text
 * (stated*), every total computed.
 */
function notStatedDocument(): DisclosureDocument {
  const doc = consistentDocument();
  for (const key of ["statedTotal", "statedVehicle", "statedChange"] as const) delete doc.sangong[key];
  for (const key of ["statedTotal", "statedBasic", "statedProject"] as const) delete doc.expenditure[key];
  delete doc.revenue.statedTotal;
  doc.change.stated = {};
  doc.sangong.current.reception = null;
  doc.expenditure.personnel = null;
  // 机关运行经费 marked 未列示 by its checkbox: its items stay, its figure is not stated.
  doc.operatingCosts.notStated = true;
  delete doc.operatingCosts.statedTotal;
  return doc;
}

beforeAll(async () => {
  t = await openTestDatabase();
  const [region] = await t.db.insert(regions).values({ code: "R9", name: "测试县", province: "测试省" }).returning();
  const rows = await t.db
    .insert(departments)
    .values([
      { regionId: region!.id, code: "901", name: "未列示局" },
      { regionId: region!.id, code: "902", name: "列示零局" },
    ])
    .returning();
  for (const row of rows) ids[row.code] = row.id;
  await t.db.insert(fiscalYears).values({ year: 2025 });
  const people = await t.db
    .insert(users)
    .values([
      { username: "e9", displayName: "填报人", passwordHash: "x", role: "editor" },
      { username: "r9", displayName: "审核人", passwordHash: "x", role: "reviewer", regionId: region!.id },
    ])
    .returning();
  // 901 through the workflow: draft → submitted → approved.
  const draft = await createDraft(t.db, { departmentId: ids["901"]!, year: 2025, document: notStatedDocument(), userId: people[0]!.id });
  if (!draft.ok) throw new Error("draft");
  await markSubmitted(t.db, { versionId: draft.versionId, revision: 1, userId: people[0]!.id, from: "draft" });
  expect(await approveVersion(t.db, { versionId: draft.versionId, reviewerId: people[1]!.id })).toEqual({ ok: true });
  // 902 states a 公务接待费 of 0.
  const zero = consistentDocument();
  zero.sangong.current.reception = 0;
  const [disclosure] = await t.db.insert(disclosures).values({ departmentId: ids["902"]!, year: 2025 }).returning();
  await insertVersion(t.db, {
    disclosureId: disclosure!.id,
    departmentId: ids["902"]!,
    year: 2025,
    versionNo: 1,
    status: "published",
    document: zero,
    publishedAt: new Date("2025-03-01T02:00:00Z"),
  });
});

afterAll(async () => {
  await t?.close();
});

describe("机关运行经费 marked 未列示, published", () => {
  it("prints no sentence on it, names it, and is stored as NULL; a stated figure is kept", async () => {
    const doc = notStatedDocument();
    expect(doc.operatingCosts.items.length).toBeGreaterThan(0); // the rows are there, the figure is not
    expect(narrative(doc, 2025).operatingCosts).toBe("");
    expect(runChecks(doc).map((finding) => finding.message)).toContain("机关运行经费：本年机关运行经费未列示");
    const rows = await t.db
      .select({ departmentId: disclosureVersions.departmentId, operatingCosts: disclosureVersions.operatingCosts })
      .from(disclosureVersions)
      .where(eq(disclosureVersions.status, "published"));
    const of = (code: string) => rows.find((r) => r.departmentId === ids[code]);
    expect(of("901")!.operatingCosts).toBeNull();
    expect(of("902")!.operatingCosts).toBe(deriveFigures(consistentDocument()).operatingCosts);
    expect(of("902")!.operatingCosts).toBeGreaterThan(0);
  });

  it("is left out of the 机关运行经费 ranking and counted as not stated", async () => {
    const page = await yearRankingPage(t.db, { year: 2025, measure: "operatingCosts", page: 1 });
    expect(page.rows.map((r) => r.code)).toEqual(["902"]);
    expect([page.count, page.notStated]).toEqual([1, 1]);
    expect(page.countyTotal).toBe(deriveFigures(consistentDocument()).operatingCosts);
    const [year] = await countyTotalsByYear(t.db);
    expect(year!.notStated.operatingCosts).toBe(1);
    const detail = (await (await disclosureEndpoint(t.db, { code: "901", year: "2025" })).json()) as {
      data: { figures: Record<string, unknown>; derived: Record<string, unknown> };
    };
    expect(detail.data.figures.operatingCosts).toBeNull();
    expect(detail.data.derived.operatingCosts).toBeNull();
  });
});

describe("a figure not stated, published", () => {
  it("prints no sentence, change or percentage on it, and the completeness check names it", () => {
    const doc = notStatedDocument();
    const text = narrative(doc, 2025);
    const all = Object.values(text).join("");
    expect(text.sangongItems).toContain("公务接待费未列示");
    expect(text.sangongItems).not.toMatch(/三公经费预算安排\d/); // no total over an unstated item
    expect(text.sangongChange).not.toContain("公务接待费比上年");
    expect(text.expenditure).toContain("人员经费未列示");
    expect(text.expenditure).not.toMatch(/支出预算\d/);
    expect(text.change).toBe(""); // the total change would be built on 人员经费
    expect(all).not.toContain("公务接待费0.00");
    expect(all).not.toContain("人员经费0.00");
    const f = deriveFigures(doc);
    expect([f.sangong.reception, f.sangong.total, f.sangongChange.reception, f.sangongChangePercent.reception]).toEqual([null, null, null, null]);
    expect([f.personnel, f.basic, f.expenditureTotal, f.changePercent.total]).toEqual([null, null, null, null]);
    const messages = runChecks(doc).map((finding) => finding.message);
    expect(messages).toContain("“三公”经费：公务接待费未列示");
    expect(messages).toContain("预算支出：人员经费未列示");
    expect(runChecks(doc).filter((finding) => finding.severity === "error")).toEqual([]);
  });

  it("is stored as NULL in the published figures, a stated 0 as 0", async () => {
    const rows = await t.db
      .select({ departmentId: disclosureVersions.departmentId, reception: disclosureVersions.sangongReception, sangongTotal: disclosureVersions.sangongTotal, personnel: disclosureVersions.personnel, basic: disclosureVersions.basic, total: disclosureVersions.total, publicFunds: disclosureVersions.publicFunds })
      .from(disclosureVersions)
      .where(eq(disclosureVersions.status, "published"));
    const of = (code: string) => rows.find((r) => r.departmentId === ids[code]);
    expect(of("901")).toMatchObject({ reception: null, sangongTotal: null, personnel: null, basic: null, total: null });
    expect(of("901")!.publicFunds).toBeGreaterThan(0);
    expect(of("902")!.reception).toBe(0);
    expect(of("902")!.total).toBeGreaterThan(0);
  });

  it("is null in the open-data JSON and an empty cell in the CSV", async () => {
    const detail = (await (await disclosureEndpoint(t.db, { code: "901", year: "2025" })).json()) as {
      data: { figures: Record<string, unknown>; derived: { sangong: Record<string, unknown>; personnel: unknown }; document: DisclosureDocument };
    };
    expect(detail.data.figures.sangongReception).toBeNull();
    expect(detail.data.figures.personnel).toBeNull();
    expect(detail.data.figures.project).not.toBeNull();
    expect(detail.data.derived.sangong.reception).toBeNull();
    expect(detail.data.derived.personnel).toBeNull();
    expect(detail.data.document.sangong.current.reception).toBeNull();

    const figures = (await (await figuresEndpoint(t.db, new Request("http://x/api/v1/figures?departments=901,902&years=2025&measure=sangongReception"))).json()) as {
      data: { department: { code: string }; value: unknown }[];
    };
    expect(figures.data.map((r) => [r.department.code, r.value])).toEqual([
      ["901", null],
      ["902", { yuan: 0, wan: "0.00" }],
    ]);

    const csv = parseCsv((await (await summaryFileEndpoint(t.db, { file: "2025.csv" })).text()).replace(/^\uFEFF/, ""));
    const header = csv[0]!;
    const column = header.indexOf("公务接待费（万元）");
    expect(column).toBeGreaterThan(0);
    const row = (code: string) => csv.find((r) => r.includes(code) && r !== header)!;
    expect(row("901")[column]).toBe("");
    expect(row("902")[column]).toBe("0.00");
  });

  it("is left out of the ranking and the totals, and counted", async () => {
    const page = await yearRankingPage(t.db, { year: 2025, measure: "sangongReception", page: 1 });
    expect(page.rows.map((r) => r.code)).toEqual(["902"]);
    expect([page.count, page.notStated, page.countyTotal]).toEqual([1, 1, 0]);
    const [year] = await countyTotalsByYear(t.db);
    expect(year!.notStated.sangongReception).toBe(1);
    expect(year!.notStated.personnel).toBe(1);
    expect(year!.notStated.project).toBe(0);
    const years = (await (await yearsEndpoint(t.db)).json()) as { data: { notStated: Record<string, number> }[] };
    expect(years.data[0]!.notStated.sangongReception).toBe(1);
  });
});

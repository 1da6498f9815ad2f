/**
 * The class totals stored at publication (version_class_totals), against a real database (PGlite,
 * or the PostgreSQL server when DATABASE_URL is set): an approval stores, in its transaction, the
 * sum of the lines under every 类 / 款 / 项 the lines fall in (checked here against the lines
 * themselves, not against the function that writes them); a correction replaces them, and the
 * comparison and the year ranking by a class read the corrected amounts; a version published
 * without its lines stores none and is 未列示; the demo seed stores them for every demo version.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, inArray } from "drizzle-orm";
import { openTestDatabase, type TestDatabase } from "../test-database";
import { departments, disclosureVersions, disclosures, fiscalYears, regions, users, versionClassTotals } from "../schema";
import { seedAll } from "../seed";
import { createDraft, markSubmitted } from "./drafts";
import { approveVersion } from "./review";
import { compareFigures } from "./compare";
import { yearRankingPage } from "./public-stats";
import { classTotals } from "../../lib/classification/measure";
import { documentWithLines } from "../../lib/disclosure/tables/fixture";
import { consistentDocument } from "../../lib/checks/fixture";
import { wan } from "../../lib/money";
import type { BudgetLines, DisclosureDocument } from "../../lib/disclosure/schema";

let t: TestDatabase;
const ids = { department: 0, bare: 0, editor: 0, reviewer: 0 };
const YEAR = 2019;

/** Draft → submitted → approved, through the portal's own queries. Returns the published version's id. */
async function publish(departmentId: number, document: DisclosureDocument): Promise<number> {
  const draft = await createDraft(t.db, { departmentId, year: YEAR, document, userId: ids.editor });
  if (!draft.ok) throw new Error(`draft: ${draft.reason}`);
  expect(await markSubmitted(t.db, { versionId: draft.versionId, revision: 1, userId: ids.editor, from: "draft" })).toBe(true);
  expect(await approveVersion(t.db, { versionId: draft.versionId, reviewerId: ids.reviewer })).toEqual({ ok: true });
  return draft.versionId;
}

async function storedRows(versionId: number) {
  const rows = await t.db
    .select({ scheme: versionClassTotals.scheme, code: versionClassTotals.code, amount: versionClassTotals.amount })
    .from(versionClassTotals)
    .where(eq(versionClassTotals.versionId, versionId));
  return new Map(rows.map((r) => [`${r.scheme}:${r.code}`, r.amount]));
}

/** What the rows must be, from the lines alone: each prefix (whole, 类, 款, 项) of each code, summed. */
function expectedFromLines(lines: BudgetLines): Map<string, number> {
  const expected = new Map<string, number>();
  const add = (scheme: string, code: string, lengths: number[], amount: number) => {
    for (const n of lengths) {
      const key = `${scheme}:${code.slice(0, n)}`;
      expected.set(key, (expected.get(key) ?? 0) + amount);
    }
  };
  expected.set("function:", 0);
  expected.set("economic:", 0);
  for (const l of lines.expenditure) add("function", l.functionCode, [0, 3, 5, 7], l.amount);
  for (const l of lines.economic) add("economic", l.economicCode, [0, 3, 5], l.amount);
  return expected;
}

beforeAll(async () => {
  t = await openTestDatabase();
  const [region] = await t.db.insert(regions).values({ code: "R7", name: "测试县", province: "测试省" }).returning();
  const rows = await t.db
    .insert(departments)
    .values([
      { regionId: region!.id, code: "701", name: "分类合计局" },
      { regionId: region!.id, code: "702", name: "无明细局" },
    ])
    .returning();
  ids.department = rows.find((r) => r.code === "701")!.id;
  ids.bare = rows.find((r) => r.code === "702")!.id;
  await t.db.insert(fiscalYears).values({ year: YEAR });
  const people = await t.db
    .insert(users)
    .values([
      { username: "e7", displayName: "填报人", passwordHash: "x", role: "editor" },
      { username: "r7", displayName: "审核人", passwordHash: "x", role: "reviewer", regionId: region!.id },
    ])
    .returning();
  ids.editor = people[0]!.id;
  ids.reviewer = people[1]!.id;
});

afterAll(async () => {
  await t?.close();
});

describe(`class totals stored at publication, on ${process.env.DATABASE_URL ? "the PostgreSQL server" : "embedded PGlite"}`, () => {
  let first = 0;

  it("an approval stores the sums of the lines under every class the lines fall in", async () => {
    const document = documentWithLines();
    first = await publish(ids.department, document);
    const stored = await storedRows(first);
    expect(stored).toEqual(expectedFromLines(document.lines!));
    // Spot checks by hand: 201 政府办公厅 = 250.20 + 60.30 + 70 + 50 万元; 2080505 = 30 万元; 302 = 20 + 10 + 5 + 15 + 10.30 万元.
    expect(stored.get("function:201")).toBe(wan("430.50"));
    expect(stored.get("function:2080505")).toBe(wan("30"));
    expect(stored.get("economic:302")).toBe(wan("60.30"));
    expect(stored.has("function:205")).toBe(false); // no 教育 line: read as a stated 0
    const ranking = await yearRankingPage(t.db, { year: YEAR, measure: "fn:201", page: 1 });
    expect(ranking.rows).toMatchObject([{ code: "701", value: wan("430.50"), rank: 1 }]);
    const compared = await compareFigures(t.db, { departmentRefs: ["701"], years: [YEAR], measure: "fn:205" });
    expect(compared.figures).toEqual([{ departmentRef: "701", year: YEAR, value: 0 }]);
  });

  it("a correction replaces them: the corrected version's rows go, the new ones are read", async () => {
    const corrected = documentWithLines();
    const lines = corrected.lines!;
    lines.expenditure = lines.expenditure.map((l) => (l.functionCode === "2080505" ? { ...l, amount: wan("45") } : l));
    lines.expenditure.push({ functionCode: "2050201", kind: "project", source: "general", project: "培训经费", amount: wan("12") });
    const second = await publish(ids.department, corrected);
    const [statuses] = await t.db
      .select({ status: disclosureVersions.status })
      .from(disclosureVersions)
      .where(eq(disclosureVersions.id, first));
    expect(statuses!.status).toBe("superseded");
    expect((await storedRows(first)).size).toBe(0);
    const stored = await storedRows(second);
    expect(stored).toEqual(expectedFromLines(lines));
    expect(stored.get("function:2080505")).toBe(wan("45"));
    expect(stored.get("function:205")).toBe(wan("12"));

    const byClass = await compareFigures(t.db, { departmentRefs: ["701"], years: [YEAR], measure: "fn:20805" });
    expect(byClass.figures).toEqual([{ departmentRef: "701", year: YEAR, value: wan("45") }]);
    const ranking = await yearRankingPage(t.db, { year: YEAR, measure: "fn:205", page: 1 });
    expect(ranking.rows).toMatchObject([{ code: "701", value: wan("12") }]);
    expect(ranking.count).toBe(1);
  });

  it("a version published without its lines stores nothing and is 未列示, not 0", async () => {
    const bare = consistentDocument();
    expect(bare.lines).toBeNull();
    const versionId = await publish(ids.bare, bare);
    expect((await storedRows(versionId)).size).toBe(0);
    const compared = await compareFigures(t.db, { departmentRefs: ["702"], years: [YEAR], measure: "econ:301" });
    expect(compared.figures).toEqual([{ departmentRef: "702", year: YEAR, value: null }]);
    const ranking = await yearRankingPage(t.db, { year: YEAR, measure: "econ:301", page: 1 });
    expect(ranking.rows.map((r) => r.code)).toEqual(["701"]);
    expect(ranking.notStated).toBe(1);
  });

  it("the demo seed stores them for every published demo version, and only for published versions", async () => {
    await seedAll(t.db);
    const versions = await t.db
      .select({ id: disclosureVersions.id, status: disclosureVersions.status, document: disclosureVersions.document })
      .from(disclosureVersions)
      .innerJoin(disclosures, eq(disclosures.id, disclosureVersions.disclosureId))
      .where(eq(disclosures.isDemo, true));
    expect(versions.length).toBeGreaterThan(40);
    for (const v of versions) {
      const expected = v.status === "published" && v.document.lines ? expectedFromLines(v.document.lines) : new Map();
      expect(await storedRows(v.id), `version ${v.id}`).toEqual(expected);
    }
    // The written rows are classTotals' (the one definition), whichever way they were written.
    const all = await t.db.select().from(versionClassTotals).where(inArray(versionClassTotals.versionId, versions.map((v) => v.id)));
    const fromLib = versions
      .filter((v) => v.status === "published")
      .flatMap((v) => (classTotals(v.document.lines) ?? []).map((c) => ({ versionId: v.id, ...c })));
    const key = (r: { versionId: number; scheme: string; code: string }) => `${r.versionId}:${r.scheme}:${r.code}`;
    expect(new Map(all.map((r) => [key(r), r.amount]))).toEqual(new Map(fromLib.map((r) => [key(r), r.amount])));
    const [office] = await t.db.select({ id: disclosureVersions.id }).from(disclosureVersions)
      .innerJoin(departments, eq(departments.id, disclosureVersions.departmentId))
      .where(and(eq(departments.code, "434"), eq(disclosureVersions.year, 2018)));
    expect((await storedRows(office!.id)).size).toBe(0); // 434/2018: published without its lines
  });
});

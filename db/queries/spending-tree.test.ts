/**
 * 支出去向 of a county-year against a real database (PGlite, or the PostgreSQL server when
 * DATABASE_URL is set): the seed (434/2018 without lines, every demo department with lines), a
 * second county's published disclosure, and versions the public must never see.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { openTestDatabase, type TestDatabase } from "../test-database";
import { PRACTICE_DEPARTMENT, seedAll, SEED_REGION } from "../seed";
import { departments, disclosures, fiscalYears, regions } from "../schema";
import { DEMO_DEPARTMENTS, demoDisclosures } from "../seed/demo";
import { documentWithLines } from "../../lib/disclosure/tables/fixture";
import { spendingTree, type CodedAmount } from "../../lib/disclosure/tables/spending";
import { wan } from "../../lib/money";
import { insertVersion } from "./versions";
import { countySpending } from "./spending-tree";

let t: TestDatabase;
let seedRegionId: number;
let secondRegionId: number;

async function addVersion(departmentId: number, year: number, status: "published" | "draft" | "submitted" | "superseded", document = documentWithLines()) {
  await t.db.insert(fiscalYears).values({ year }).onConflictDoNothing();
  const [disclosure] = await t.db.insert(disclosures).values({ departmentId, year }).onConflictDoNothing().returning();
  const id = disclosure?.id ?? (await t.db.select().from(disclosures).where(eq(disclosures.departmentId, departmentId))).find((d) => d.year === year)!.id;
  await insertVersion(t.db, { disclosureId: id, departmentId, year, versionNo: status === "published" ? 1 : 2, status, document, publishedAt: status === "published" || status === "superseded" ? new Date() : null });
}

beforeAll(async () => {
  t = await openTestDatabase();
  await seedAll(t.db);
  seedRegionId = (await t.db.select().from(regions).where(eq(regions.code, SEED_REGION.code)))[0]!.id;
  // A second county's department, real (not demo), published for 2018.
  const [second] = await t.db.insert(regions).values({ code: "139001", name: "示例第二县", province: "河北省" }).returning();
  secondRegionId = second!.id;
  const [department] = await t.db.insert(departments).values({ regionId: secondRegionId, code: "501", name: "第二县财政局" }).returning();
  await addVersion(department!.id, 2018, "published");
  // Never public: a draft and a submission with lines, in the seed's county.
  const [practice] = await t.db.select().from(departments).where(eq(departments.code, PRACTICE_DEPARTMENT.code));
  await addVersion(practice!.id, 2018, "draft");
  const [office] = await t.db.select().from(departments).where(eq(departments.code, "434"));
  await addVersion(office!.id, 2019, "submitted");
});

afterAll(async () => {
  await t?.close();
});

/** What the sum must be, from the seed documents themselves. */
function expectedLines(year: number, extra: readonly CodedAmount[] = []): CodedAmount[] {
  const byCode = new Map<string, number>();
  const lines = [...demoDisclosures().filter((d) => d.year === year).flatMap((d) => d.document.lines?.expenditure ?? []), ...extra];
  for (const line of lines) byCode.set(line.functionCode, (byCode.get(line.functionCode) ?? 0) + line.amount);
  return [...byCode].sort(([a], [b]) => a.localeCompare(b)).map(([functionCode, amount]) => ({ functionCode, amount }));
}

describe("支出去向 of a county-year", () => {
  it("sums the published disclosures' lines per 项, exactly; 434/2018 (no lines) is counted but adds nothing", async () => {
    const county = await countySpending(t.db, 2018, seedRegionId);
    expect(county).toMatchObject({ year: 2018, departments: DEMO_DEPARTMENTS.length + 1, withLines: DEMO_DEPARTMENTS.length, counties: 1, includesDemo: true });
    expect(county.lines).toEqual(expectedLines(2018));
    for (const line of county.lines) expect(Number.isInteger(line.amount)).toBe(true);
  });

  it("rolls up to the sum of the departments' own trees: each 类 = Σ its departments' 类", async () => {
    const county = await countySpending(t.db, 2018, seedRegionId);
    const tree = spendingTree(county.lines, 2018);
    const docs = demoDisclosures().filter((d) => d.year === 2018);
    const perDepartment = docs.map((d) => spendingTree(d.document.lines!.expenditure, 2018));
    expect(tree.total).toBe(perDepartment.reduce((s, d) => s + d.total, 0));
    for (const cls of tree.classes) {
      expect(cls.amount, cls.code).toBe(perDepartment.reduce((s, d) => s + (d.classes.find((c) => c.code === cls.code)?.amount ?? 0), 0));
    }
    // 教育局 (401) is all of 205.
    expect(tree.classes.find((c) => c.code === "205")?.name).toBe("教育支出");
  });

  it("covers every county when none is given, and one county when it is; never a draft or a submission", async () => {
    const all = await countySpending(t.db, 2018);
    expect(all).toMatchObject({ departments: DEMO_DEPARTMENTS.length + 2, withLines: DEMO_DEPARTMENTS.length + 1, counties: 2, includesDemo: true });
    expect(all.lines).toEqual(expectedLines(2018, documentWithLines().lines!.expenditure));
    const second = await countySpending(t.db, 2018, secondRegionId);
    expect(second).toMatchObject({ departments: 1, withLines: 1, counties: 1, includesDemo: false });
    expect(spendingTree(second.lines, 2018).total).toBe(wan("500.50"));
    // 2019: 434's submission is not public; the demo departments only.
    const y2019 = await countySpending(t.db, 2019, seedRegionId);
    expect(y2019.departments).toBe(DEMO_DEPARTMENTS.length);
    expect(y2019.lines).toEqual(expectedLines(2019));
  });

  it("is empty for a year nobody published", async () => {
    expect(await countySpending(t.db, 2030)).toEqual({ year: 2030, departments: 0, withLines: 0, counties: 0, includesDemo: false, lines: [] });
  });
});

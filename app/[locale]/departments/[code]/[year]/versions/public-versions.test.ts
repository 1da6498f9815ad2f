/**
 * The public old-version page and the 更正记录 read only what was once public: published and
 * superseded versions. Drafts, submissions and returned versions must never be reachable.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { openTestDatabase, type TestDatabase } from "@/db/test-database";
import { departments, disclosureVersions, disclosures, fiscalYears, regions, type VersionStatus } from "@/db/schema";
import { insertVersion } from "@/db/queries/versions";
import { getPublicVersion, publicationsOf } from "@/db/queries/public";
import { consistentDocument } from "@/lib/checks/fixture";
import { wan } from "@/lib/money";
import { correctionsOf } from "@/components/review/compare";

let t: TestDatabase;
let departmentId = 0;
let openVersionId = 0;

beforeAll(async () => {
  t = await openTestDatabase();
  const [region] = await t.db.insert(regions).values({ code: "T1", name: "测试县", province: "测试省" }).returning();
  const [department] = await t.db
    .insert(departments)
    .values({ regionId: region!.id, code: "777", name: "测试局" })
    .returning();
  departmentId = department!.id;
  await t.db.insert(fiscalYears).values({ year: 2025 });
  const [disclosure] = await t.db.insert(disclosures).values({ departmentId, year: 2025 }).returning();
  const base = { disclosureId: disclosure!.id, departmentId, year: 2025 };
  const corrected = consistentDocument();
  corrected.expenditure.projects[0]!.amount += wan("1");
  corrected.revenue.sources[0]!.amount += wan("1");
  await insertVersion(t.db, { ...base, versionNo: 1, status: "superseded", document: consistentDocument(), publishedAt: new Date("2025-03-01T02:00:00Z") });
  await insertVersion(t.db, { ...base, versionNo: 2, status: "published", document: corrected, publishedAt: new Date("2025-04-01T02:00:00Z"), correctionNote: "更正项目支出" });
  const open = await insertVersion(t.db, { ...base, versionNo: 3, status: "draft", document: consistentDocument() });
  openVersionId = open.id;
});

afterAll(async () => {
  await t?.close();
});

describe("public versions", () => {
  it("lists only publications, oldest first, and derives the correction", async () => {
    const publications = await publicationsOf(t.db, departmentId, 2025);
    expect(publications.map((p) => [p.versionNo, p.status])).toEqual([
      [1, "superseded"],
      [2, "published"],
    ]);
    const [correction] = correctionsOf(publications);
    expect(correction).toMatchObject({ versionNo: 2, replacedVersionNo: 1, note: "更正项目支出" });
    expect(correction!.figures.map((f) => f.measure)).toEqual(["total", "project"]);
    expect(correction!.sections).toEqual(["二、部门预算安排的总体情况"]);
  });

  it("serves a superseded version with the current version's number", async () => {
    const old = await getPublicVersion(t.db, "777", 2025, 1);
    expect(old).toMatchObject({ versionNo: 1, superseded: true, currentVersionNo: 2 });
    const current = await getPublicVersion(t.db, "777", 2025, 2);
    expect(current).toMatchObject({ versionNo: 2, superseded: false, currentVersionNo: 2 });
  });

  it.each<VersionStatus>(["draft", "submitted", "returned"])("never serves a %s version", async (status) => {
    await t.db.update(disclosureVersions).set({ status }).where(eq(disclosureVersions.id, openVersionId));
    expect(await getPublicVersion(t.db, "777", 2025, 3)).toBeNull();
    expect((await publicationsOf(t.db, departmentId, 2025)).map((p) => p.versionNo)).toEqual([1, 2]);
  });

  it("finds nothing for unknown departments, years or numbers", async () => {
    expect(await getPublicVersion(t.db, "000", 2025, 1)).toBeNull();
    expect(await getPublicVersion(t.db, "777", 2024, 1)).toBeNull();
    expect(await getPublicVersion(t.db, "777", 2025, 9)).toBeNull();
  });
});

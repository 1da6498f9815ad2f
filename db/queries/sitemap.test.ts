/**
 * The sitemap's reads against a real database, seeded with 434/2018 and the demo departments,
 * plus drafts the public must never see: the files' slices put together are every published
 * department and disclosure, once each, and nothing else.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { openTestDatabase, type TestDatabase } from "../test-database";
import { PRACTICE_DEPARTMENT, seedAll } from "../seed";
import { departments, fiscalYears, users } from "../schema";
import { ZHENGDING_434_2018 } from "../seed/zhengding-434-2018";
import { createDraft } from "./drafts";
import { listPublishedDepartments } from "./public";
import { sitemapCounts, sitemapDepartments, sitemapDisclosures, sitemapYears } from "./sitemap";

let t: TestDatabase;

beforeAll(async () => {
  t = await openTestDatabase();
  await seedAll(t.db);
  const [editor] = await t.db.select().from(users).where(eq(users.username, "editor434"));
  await t.db.insert(fiscalYears).values({ year: 2030 }).onConflictDoNothing();
  for (const code of ["434", PRACTICE_DEPARTMENT.code]) {
    const [department] = await t.db.select().from(departments).where(eq(departments.code, code));
    const draft = await createDraft(t.db, { departmentId: department!.id, year: 2030, document: structuredClone(ZHENGDING_434_2018), userId: editor!.id });
    if (!draft.ok) throw new Error(`draft ${code}: ${draft.reason}`);
  }
});
afterAll(async () => {
  await t?.close();
});

describe("sitemap reads", () => {
  it("counts and lists, in slices, exactly the published departments and disclosures", async () => {
    const index = await listPublishedDepartments(t.db);
    const counts = await sitemapCounts(t.db);
    expect(counts).toEqual({ departments: index.length, disclosures: index.reduce((n, d) => n + d.years.length, 0) });

    const slices = async <T>(read: (range: { offset: number; limit: number }) => Promise<T[]>, total: number) => {
      const rows: T[] = [];
      for (let offset = 0; offset < total; offset += 4) rows.push(...(await read({ offset, limit: 4 })));
      return rows;
    };
    const listed = await slices((r) => sitemapDepartments(t.db, r), counts.departments);
    expect(listed.map((d) => d.ref)).toEqual(index.map((d) => d.ref));
    expect(listed.find((d) => d.ref === "434")?.isDemo).toBe(false);
    expect(listed.find((d) => d.ref === "401")?.isDemo).toBe(true);
    const disclosures = await slices((r) => sitemapDisclosures(t.db, r), counts.disclosures);
    expect(disclosures.map((d) => `${d.ref}/${d.year}`)).toEqual(index.flatMap((d) => d.years.map((y) => `${d.ref}/${y}`)));
    // The drafts of 2030: not a year, not a department, not a disclosure of the sitemap.
    expect(disclosures.some((d) => d.year === 2030)).toBe(false);
    expect(listed.some((d) => d.ref === PRACTICE_DEPARTMENT.code)).toBe(false);
    expect(await sitemapYears(t.db)).toEqual([2016, 2017, 2018, 2019]);
    expect(await sitemapDepartments(t.db, { offset: 0, limit: 0 })).toEqual([]);
  });
});

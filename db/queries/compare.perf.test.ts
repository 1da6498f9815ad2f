/**
 * The comparison's speed target at scale: 10 departments × 10 years among 20,000 departments
 * (200,000 published versions), p95 < 100 ms, on the PostgreSQL server. Loading the data takes
 * a few seconds, so it runs only when asked: COMPARE_PERF=1 with DATABASE_URL set.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../test-database";
import { compareFigures, publishedYears, searchDepartments } from "./compare";

const enabled = Boolean(process.env.COMPARE_PERF && process.env.DATABASE_URL);
let t: TestDatabase;

async function p95(run: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 10; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < 100; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[94]!;
}

describe.skipIf(!enabled)("comparison at 20,000 departments", () => {
  beforeAll(async () => {
    t = await openTestDatabase();
    await t.raw(`
      insert into regions (code, name, province) values ('r1', '县', '省');
      insert into fiscal_years (year) select generate_series(2010, 2019);
      insert into departments (region_id, code, name) select 1, (10000 + g)::text, '部门' || g || (case when g % 7 = 0 then '教育局' else '办公室' end) from generate_series(1, 20000) g;
      insert into disclosures (department_id, year) select d.id, y from departments d cross join generate_series(2010, 2019) y;
      insert into disclosure_versions (disclosure_id, department_id, year, version_no, status, document, published_at,
        total, basic, personnel, public_funds, project, sangong_total, sangong_abroad, sangong_vehicle_purchase,
        sangong_vehicle_operation, sangong_reception, operating_costs, asset_total)
      select id, department_id, year, 1, 'published', '{}'::jsonb, now(), 1000000 + id, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 from disclosures;
    `);
    await t.raw("vacuum analyze"); // as autovacuum would have: index-only scans without heap fetches
  });

  afterAll(async () => {
    await t?.close();
  });

  it("compares 10 × 10 in one query under 100 ms (p95)", async () => {
    const scope = {
      departmentRefs: Array.from({ length: 10 }, (_, i) => String(10001 + i * 1777)),
      years: Array.from({ length: 10 }, (_, i) => 2010 + i),
      measure: "total" as const,
    };
    const result = await compareFigures(t.db, scope);
    expect(result.figures).toHaveLength(100);
    const compare = await p95(() => compareFigures(t.db, scope));
    const searchName = await p95(() => searchDepartments(t.db, "教育"));
    const searchCode = await p95(() => searchDepartments(t.db, "1234"));
    const years = await p95(() => publishedYears(t.db));
    console.info({ compare, searchName, searchCode, years });
    expect(compare).toBeLessThan(100);
    expect(searchName).toBeLessThan(100);
    expect(searchCode).toBeLessThan(100);
    expect(years).toBeLessThan(100);
  });
});

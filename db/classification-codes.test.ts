/**
 * The classification_codes table against the data files, on the engine the run uses (PGlite, or
 * PostgreSQL with DATABASE_URL): filled by the loader the server runs at start, equal to the files
 * year by year, unchanged by loading again, repaired when it drifts, and guarded by its constraints.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codesForYear, type ClassificationScheme } from "../lib/classification";
import { classificationCodesOfYear, syncClassificationCodes } from "./classification-codes";
import { classificationCodes } from "./schema";
import { openTestDatabase, type TestDatabase } from "./test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
  expect(await syncClassificationCodes(t.db)).toMatchObject({ updated: 0, deleted: 0 });
});
afterAll(async () => {
  await t?.close();
});

const snapshot = async () => (await t.db.select().from(classificationCodes)).map((r) => JSON.stringify(r)).sort();

describe("classification_codes", () => {
  it("holds, for a sample of years, exactly the codes of the files, in official order", async () => {
    for (const scheme of ["function", "economic"] as ClassificationScheme[]) {
      for (const year of [2016, 2017, 2018, 2019, 2021, 2025, 2027]) {
        const fromFiles = codesForYear(scheme, year).map(({ code, name, level, parent }) => ({ code, name, level, parent }));
        expect(await classificationCodesOfYear(t.db, scheme, year), `${scheme} ${year}`).toEqual(fromFiles);
      }
    }
    expect(await classificationCodesOfYear(t.db, "function", 2015)).toEqual([]);
  });

  it("changes nothing when loaded again", async () => {
    const before = await snapshot();
    expect(before.length).toBeGreaterThan(1000);
    expect(await syncClassificationCodes(t.db)).toEqual({ inserted: 0, updated: 0, deleted: 0 });
    expect(await snapshot()).toEqual(before);
  });

  it("repairs a table that drifted from the files (a row missing, renamed, or left over)", async () => {
    const before = await snapshot();
    await t.raw(`delete from classification_codes where scheme = 'function' and code = '2010301' and valid_from = 2019`);
    await t.raw(`update classification_codes set name = '旧名称' where scheme = 'function' and code = '207' and valid_from = 2019`);
    await t.raw(
      `insert into classification_codes (scheme, code, name, level, parent, valid_from, valid_to, source) values ('economic', '39901', '已撤销', '款', '399', 2016, 2016, 'test')`,
    );
    expect(await syncClassificationCodes(t.db)).toEqual({ inserted: 1, updated: 1, deleted: 1 });
    expect(await snapshot()).toEqual(before);
  });

  it("is loaded by instances starting at once: each succeeds and the table holds every code once", async () => {
    const before = await snapshot();
    await t.raw(`delete from classification_codes`);
    const results = await Promise.all([1, 2, 3].map(() => syncClassificationCodes(t.db)));
    expect(results.every((r) => r.updated === 0 && r.deleted === 0)).toBe(true);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses rows whose code, level and parent disagree", async () => {
    const insert = (code: string, level: string, parent: string | null) =>
      t.raw(
        `insert into classification_codes (scheme, code, name, level, parent, valid_from, source) values ('function', '${code}', 'x', '${level}', ${parent === null ? "null" : `'${parent}'`}, 2030, 'test')`,
      );
    await expect(insert("2010399", "款", "20103")).rejects.toThrow(); // 7 digits is a 项
    await expect(insert("2010399", "项", "20104")).rejects.toThrow(); // not its 款
    await expect(insert("20103", "款", null)).rejects.toThrow(); // a 款 has a parent
    await expect(insert("2O1", "类", null)).rejects.toThrow();
  });

  it("lets SQL roll 项 up to their 类 for a year", async () => {
    const result = (await t.raw(`
      select c.code, count(*)::int as n from classification_codes x
      join classification_codes k on k.scheme = x.scheme and k.code = x.parent and k.valid_from <= 2019 and coalesce(k.valid_to, 9999) >= 2019
      join classification_codes c on c.scheme = k.scheme and c.code = k.parent and c.valid_from <= 2019 and coalesce(c.valid_to, 9999) >= 2019
      where x.scheme = 'function' and x.level = '项' and x.valid_from <= 2019 and coalesce(x.valid_to, 9999) >= 2019 and c.code in ('205', '208')
      group by c.code order by c.code`)) as { code: string; n: number }[] | { rows: { code: string; n: number }[] };
    const rows = Array.isArray(result) ? result : result.rows; // postgres-js answers an array, PGlite { rows }
    const expected = (klass: string) => codesForYear("function", 2019).filter((c) => c.level === "项" && c.code.startsWith(klass)).length;
    expect([...rows]).toEqual([
      { code: "205", n: expected("205") },
      { code: "208", n: expected("208") },
    ]);
  });
});

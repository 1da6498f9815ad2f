/**
 * The benchmark's own database on the PostgreSQL server (portal_bench_<depts>): created, migrated
 * with openDatabase, and filled in multi-row batches — one county per 2,000 departments, one
 * published version per department and year, plus the real 434/2018 disclosure in the first county.
 * A database holding exactly this scale (its comment, written last) is reused unless `fresh`.
 */
import postgres from "postgres";
import { sql } from "drizzle-orm";
import { openDatabase } from "../db/client";
import { departments, disclosureVersions, disclosures, fiscalYears, regions, versionClassTotals } from "../db/schema";
import { classTotalRows, figureColumns, insertVersion } from "../db/queries/versions";
import { SEED_REGION } from "../db/seed";
import { ZHENGDING_434_2018, ZHENGDING_434_DEPARTMENT } from "../db/seed/zhengding-434-2018";
import { disclosureDocumentSchema } from "../lib/disclosure/schema";
import { BUREAUS, benchDocument } from "./document";

export interface Scale {
  depts: number;
  years: number[];
}

export interface PreparedDatabase {
  name: string;
  url: string;
  reused: boolean;
  /** Seconds per step, in order. */
  timings: [string, number][];
}

const DEPARTMENTS_PER_COUNTY = 2_000;
const BATCH = 1_000;

/** Codes are unique in the whole database (so a code names one department in every region). */
export const departmentCode = (index: number) => String(100_001 + index);
const departmentName = (index: number) => `示例县${BUREAUS[index % BUREAUS.length] ?? "某局"}${index + 1}`;

/** `count` departments spread evenly over the whole set (and so over the counties). */
export function sampleCodes(depts: number, count: number): string[] {
  return Array.from({ length: Math.min(count, depts) }, (_, k) => departmentCode(Math.floor((k * depts) / count)));
}

export const databaseName = (scale: Scale) => `portal_bench_${scale.depts}`;
const marker = (scale: Scale) => `portal bench: ${scale.depts} departments, years ${scale.years.join(",")}`;

function withDatabase(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

const seconds = (since: number) => (performance.now() - since) / 1000;

export async function prepareDatabase(adminUrl: string, scale: Scale, fresh: boolean): Promise<PreparedDatabase> {
  const name = databaseName(scale);
  const url = withDatabase(adminUrl, name);
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  const timings: [string, number][] = [];
  try {
    const [existing] = await admin<{ comment: string | null }[]>`
      select shobj_description(oid, 'pg_database') as comment from pg_database where datname = ${name}`;
    if (existing && existing.comment === marker(scale) && !fresh) {
      console.log(`Database ${name} already holds this scale: reusing it (--fresh regenerates)`);
      return { name, url, reused: true, timings };
    }
    const t = performance.now();
    if (existing) await admin.unsafe(`drop database "${name}" with (force)`);
    await admin.unsafe(`create database "${name}"`);
    timings.push(["create database", seconds(t)]);
    await fill(url, scale, timings);
    await admin.unsafe(`comment on database "${name}" is '${marker(scale)}'`);
    return { name, url, reused: false, timings };
  } finally {
    await admin.end();
  }
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
  } finally {
    await admin.end();
  }
}

async function fill(url: string, scale: Scale, timings: [string, number][]) {
  let t = performance.now();
  const connection = await openDatabase({ engine: "postgres", url, maxConnections: 2 });
  const { db } = connection;
  timings.push(["migrate (openDatabase)", seconds(t)]);
  try {
    t = performance.now();
    const counties = Math.max(1, Math.ceil(scale.depts / DEPARTMENTS_PER_COUNTY));
    const regionRows = await db
      .insert(regions)
      .values(
        Array.from({ length: counties }, (_, r) =>
          r === 0 ? { ...SEED_REGION } : { code: String(139_000 + r), name: `示例第${r + 1}县`, province: "河北省" },
        ),
      )
      .returning({ id: regions.id });
    const regionIds = regionRows.map((r) => r.id);
    await db.insert(fiscalYears).values([...new Set([...scale.years, 2018])].map((year) => ({ year })));

    const departmentIds: number[] = [];
    for (let start = 0; start < scale.depts; start += BATCH) {
      const rows = Array.from({ length: Math.min(BATCH, scale.depts - start) }, (_, k) => {
        const i = start + k;
        return { regionId: regionIds[Math.floor(i / DEPARTMENTS_PER_COUNTY)] ?? 0, code: departmentCode(i), name: departmentName(i), isDemo: true };
      });
      const inserted = await db.insert(departments).values(rows).returning({ id: departments.id });
      departmentIds.push(...inserted.map((r) => r.id));
    }
    timings.push([`regions (${counties}), years, departments (${scale.depts})`, seconds(t)]);

    t = performance.now();
    const [office] = await db
      .insert(departments)
      .values({ regionId: regionIds[0] ?? 0, code: ZHENGDING_434_DEPARTMENT.code, name: ZHENGDING_434_DEPARTMENT.name, isDemo: false })
      .returning({ id: departments.id });
    if (!office) throw new Error("434 department not inserted");
    await db.transaction(async (tx) => {
      const [disclosure] = await tx.insert(disclosures).values({ departmentId: office.id, year: 2018 }).returning({ id: disclosures.id });
      if (!disclosure) throw new Error("434/2018 disclosure not inserted");
      await insertVersion(tx, {
        disclosureId: disclosure.id,
        departmentId: office.id,
        year: 2018,
        versionNo: 1,
        status: "published",
        document: ZHENGDING_434_2018,
        publishedAt: new Date("2018-02-09T00:00:00+08:00"),
      });
    });
    timings.push(["real 434/2018 disclosure", seconds(t)]);

    t = performance.now();
    const total = scale.depts * scale.years.length;
    let done = 0;
    let nextReport = 0;
    let bytes = 0;
    for (let start = 0; start < total; start += BATCH) {
      const pairs = Array.from({ length: Math.min(BATCH, total - start) }, (_, k) => {
        const n = start + k;
        return { index: Math.floor(n / scale.years.length), year: scale.years[n % scale.years.length] ?? 2019 };
      });
      await db.transaction(async (tx) => {
        const inserted = await tx
          .insert(disclosures)
          .values(pairs.map(({ index, year }) => ({ departmentId: departmentIds[index] ?? 0, year, approvalDate: `${year}-01-20`, isDemo: true })))
          .returning({ id: disclosures.id, departmentId: disclosures.departmentId, year: disclosures.year });
        const versions = inserted.map((row, k) => {
          const index = pairs[k]?.index ?? 0;
          const document = disclosureDocumentSchema.parse(benchDocument(index, departmentName(index), row.year));
          bytes += JSON.stringify(document).length;
          return {
            disclosureId: row.id,
            departmentId: row.departmentId,
            year: row.year,
            versionNo: 1,
            status: "published" as const,
            document,
            publishedAt: new Date(`${row.year}-02-05T00:00:00+08:00`),
            ...figureColumns(document),
          };
        });
        const ids = await tx.insert(disclosureVersions).values(versions).returning({ id: disclosureVersions.id });
        // Published: with their class totals, as a publication stores them (db/queries/versions.ts).
        const totals = ids.flatMap((row, k) => classTotalRows(row.id, versions[k]!.document));
        for (let i = 0; i < totals.length; i += 5_000) await tx.insert(versionClassTotals).values(totals.slice(i, i + 5_000));
      });
      done += pairs.length;
      if (done >= nextReport || done === total) {
        const elapsed = seconds(t);
        console.log(`  published versions ${done}/${total} (${Math.round((done / total) * 100)}%), ${elapsed.toFixed(1)} s, ${Math.round(done / elapsed)} rows/s`);
        nextReport += Math.max(BATCH, Math.ceil(total / 10 / BATCH) * BATCH);
      }
    }
    timings.push([
      `disclosures + published versions (${total}; documents average ${Math.round(bytes / Math.max(1, total))} characters of JSON)`,
      seconds(t),
    ]);

    t = performance.now();
    await db.execute(sql`analyze`);
    timings.push(["ANALYZE", seconds(t)]);
  } finally {
    await connection.close();
  }
}

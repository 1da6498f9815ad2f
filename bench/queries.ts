/**
 * The pages' main queries alone, run from Node on an idle database: how much of a request is the
 * database (the rest of a page's time is the server's own work: rendering, serialising, compressing).
 */
import postgres from "postgres";
import { openDatabase } from "../db/client";
import { compareFigures, publishedYears } from "../db/queries/compare";
import { publishedFigures } from "../db/queries/figures";
import { getPublishedDisclosure } from "../db/queries/public";
import { departmentTrend } from "../db/queries/public-stats";

async function median(times: number, fn: () => Promise<unknown>): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    await fn();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? NaN;
}

export async function queryTimings(
  url: string,
  scope: { codes: string[]; years: number[]; departmentRef: string },
): Promise<string[]> {
  const connection = await openDatabase({ engine: "postgres", url, maxConnections: 1 });
  try {
    const { db } = connection;
    const figures = { departmentRefs: scope.codes, years: scope.years, measure: "total" as const };
    const rows: [string, () => Promise<unknown>][] = [
      ["comparison page: publishedYears + compareFigures (10 × 10)", () => publishedYears(db).then(() => compareFigures(db, figures))],
      ["publishedFigures (10 × 10)", () => publishedFigures(db, figures)],
      ["disclosure page: getPublishedDisclosure 434/2018", () => getPublishedDisclosure(db, "434", 2018)],
      [`department page: departmentTrend ${scope.departmentRef}`, () => departmentTrend(db, scope.departmentRef)],
    ];
    const lines: string[] = [];
    for (const [name, fn] of rows) lines.push(`- ${name}: ${(await median(30, fn)).toFixed(2)} ms`);
    return lines;
  } finally {
    await connection.close();
  }
}

export async function postgresVersion(adminUrl: string): Promise<string> {
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    const [row] = await admin<{ version: string }[]>`select version()`;
    return (row?.version ?? "PostgreSQL ?").split(" on ")[0] ?? "PostgreSQL ?";
  } finally {
    await admin.end();
  }
}

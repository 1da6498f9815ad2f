/**
 * `npm run bench`: generates data at a chosen scale into its own PostgreSQL database, starts the
 * built portal on it and measures the public pages (autocannon) and their JavaScript (Chromium),
 * against the bare static page /about of the same server. Results: console and docs/benchmarks.md.
 * Not part of the test suite. See docs/benchmarks.md for the options and targets.
 */
import os from "node:os";
import { parseArgs } from "node:util";
import { databaseName, dropDatabase, prepareDatabase, sampleCodes } from "./generate";
import { measureJavaScript, type JsWeight } from "./js-weight";
import { empty, measure, requestHeaders, settle, type LoadResult, type Target } from "./load";
import { appendReport, bareRateAround, jsTable, jsVerdict, loadTable, loadVerdict, machine } from "./report";
import { postgresVersion, queryTimings } from "./queries";
import { build, buildReason, startServer, type RunningServer } from "./server";

const { values: args } = parseArgs({
  options: {
    depts: { type: "string", default: "2000" },
    years: { type: "string", default: "10" },
    connections: { type: "string", default: "10" },
    duration: { type: "string", default: "10" },
    url: { type: "string", default: "postgres://postgres@127.0.0.1:5432/postgres" },
    report: { type: "string", default: "docs/benchmarks.md" },
    keep: { type: "boolean", default: false },
    fresh: { type: "boolean", default: false },
    build: { type: "boolean", default: false },
    "generate-only": { type: "boolean", default: false },
    "next-alone": { type: "boolean", default: false },
  },
});

function positive(name: string, value: string | undefined): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive integer (got ${value})`);
  return n;
}

const depts = positive("depts", args.depts);
const yearCount = positive("years", args.years);
const connections = positive("connections", args.connections);
const duration = positive("duration", args.duration);
const years = Array.from({ length: yearCount }, (_, i) => 2019 - yearCount + 1 + i);
const adminUrl = args.url ?? "postgres://postgres@127.0.0.1:5432/postgres";

const compareCodes = sampleCodes(depts, 10).join(",");
const compareYears = years.slice(-10).join(",");
const departmentPageCode = sampleCodes(depts, 10).at(-1) ?? "100001";
const BARE: Target = { key: "about", label: "bare static page (关于本平台)", path: "/about", kind: "bare" };
const PAGES: Target[] = [
  { key: "disclosure", label: "disclosure 434/2018", path: "/departments/434/2018", kind: "page" },
  { key: "department", label: "department", path: `/departments/${departmentPageCode}`, kind: "page" },
  { key: "compare", label: "comparison 10 × 10", path: `/compare?departments=${compareCodes}&years=${compareYears}&measure=total`, kind: "page" },
  { key: "api-figures", label: "API figures 10 × 10", path: `/api/v1/figures?departments=${compareCodes}&years=${compareYears}&measure=total`, kind: "api" },
  { key: "api-disclosure", label: "API disclosure 434/2018", path: "/api/v1/disclosures/434/2018", kind: "api" },
  // Not among the pages the issue names for the bench, but public pages all the same ("every public
  // page ≥ 0.5×"), and the slowest at scale: last, so they delay nothing else.
  { key: "home", label: "home (department list)", path: "/", kind: "page" },
  { key: "years", label: "years (county totals per year)", path: "/years", kind: "page" },
  { key: "year", label: "year view (ranking, page 1 of 100 rows)", path: `/years/${years.at(-2) ?? 2018}`, kind: "page" },
];
// The bare page before the first page, between every two and after the last: each page is judged
// against the bare runs on either side of it (bareRateAround in ./report.ts).
const TARGETS: Target[] = [
  BARE,
  ...PAGES.flatMap((page, i) => [page, { ...BARE, key: `about-${i + 2}`, label: "bare static page, again" }]),
];

let server: RunningServer | undefined;
let dbName: string | undefined;
async function cleanup() {
  const running = server;
  server = undefined;
  if (running) {
    console.log(`Stopping the server (pid ${running.pid})`);
    await running.stop();
  }
  const name = dbName;
  dbName = undefined;
  if (name && !args.keep) {
    console.log(`Dropping database ${name} (--keep keeps it)`);
    await dropDatabase(adminUrl, name);
  }
}
process.once("SIGINT", () => {
  console.log("Interrupted");
  void cleanup().finally(() => process.exit(130));
});

async function main() {
  const started = new Date();
  const pg = await postgresVersion(adminUrl);
  const machineLines = machine(pg);
  console.log(`Machine: ${machineLines.join("; ")}`);
  console.log(`Scale: ${depts} departments × ${years[0]}–${years.at(-1)} into ${databaseName({ depts, years })}`);

  const generationStart = performance.now();
  dbName = databaseName({ depts, years });
  const prepared = await prepareDatabase(adminUrl, { depts, years }, args.fresh ?? false);
  const generationSeconds = (performance.now() - generationStart) / 1000;
  for (const [step, seconds] of prepared.timings) console.log(`  ${step}: ${seconds.toFixed(1)} s`);
  const queries = await queryTimings(prepared.url, { codes: compareCodes.split(","), years: years.slice(-10), departmentRef: departmentPageCode });
  queries.forEach((line) => console.log(line));
  if (args["generate-only"]) {
    console.log(`Generated ${prepared.name} in ${generationSeconds.toFixed(1)} s; kept (--generate-only)`);
    dbName = undefined;
    return;
  }

  const reason = buildReason(args.build ?? false);
  let buildLine = "Build: up to date (.next/BUILD_ID newer than the sources)";
  if (reason) {
    console.log(`Building (${reason})`);
    buildLine = `Build: \`next build\` (${reason}) took ${(await build()).toFixed(0)} s`;
  }

  server = await startServer(prepared.url);
  console.log(`Server pid ${server.pid} at ${server.baseUrl}`);
  const results: LoadResult[] = [];
  for (const target of TARGETS) {
    const ended = server.ended();
    if (ended) {
      results.push(empty(target, `not measured: the server ended (${ended})`, 0));
      continue;
    }
    process.stdout.write(`Load: ${target.label} … `);
    await settle(server.pid);
    const result = await measure(server.baseUrl, target, { connections, duration, warm: 3, serverPid: server.pid, headers: requestHeaders(args["next-alone"] ?? false) });
    console.log(result.status === "ok" ? `${result.requestsPerSecond.toFixed(0)} req/s, p95 ${result.p95.toFixed(1)} ms` : result.status);
    results.push(result);
  }
  console.log("JavaScript weight in Chromium …");
  const serverEnded = server.ended();
  if (serverEnded) console.error(`Server output:\n${server.log()}`);
  if (!serverEnded) await settle(server.pid);
  const js: JsWeight[] = serverEnded
    ? []
    : await measureJavaScript(
        server.baseUrl,
        [BARE, ...PAGES.filter((t) => t.kind !== "api")],
      );
  const endLoad = os.loadavg();
  await cleanup();

  const loadLines = loadTable(results, depts, connections);
  const jsLines = jsTable(js);
  const bareJs = js.find((r) => r.target.key === "about");
  const verdicts = [
    ...results.filter((r) => r.target.kind !== "bare").map((r) => [r.target.label, loadVerdict(r, bareRateAround(results, results.indexOf(r)), depts, connections)] as const),
    ...js.filter((r) => r.target.key !== "about").map((r) => [`${r.target.label} JavaScript`, jsVerdict(r, bareJs)] as const),
  ].filter(([, v]) => v.met !== null);
  const failed = verdicts.filter(([, v]) => v.met === false);
  const missing = results.filter((r) => r.status.startsWith("missing")).map((r) => `${r.target.label} (\`${r.target.path}\`)`);

  const section = [
    `### ${started.toISOString().replace("T", " ").slice(0, 16)} UTC — ${depts.toLocaleString("en")} departments × ${years.length} years (${years[0]}–${years.at(-1)})`,
    "",
    `Command: \`npm run bench -- ${process.argv.slice(2).join(" ")}\`; ${connections} connections, ${duration} s per page, requests ask for gzip/br.`,
    "",
    ...machineLines.map((line) => `- ${line}`),
    "",
    prepared.reused
      ? `Data: reused database ${prepared.name}.`
      : `Data generation (${generationSeconds.toFixed(1)} s in all):`,
    ...prepared.timings.map(([step, seconds]) => `- ${step}: ${seconds.toFixed(1)} s`),
    "",
    "Database time of the pages' main queries (median of 30, from Node, idle database):",
    ...queries,
    "",
    buildLine,
    "",
    ...loadLines,
    "",
    `Load average at the end of the measurements: ${endLoad.map((l) => l.toFixed(2)).join(" / ")}.`,
    "",
    ...jsLines,
    "",
    failed.length === 0
      ? `**All ${verdicts.length} targets met.**`
      : `**Targets not met (${failed.length} of ${verdicts.length}):** ${failed.map(([name, v]) => `${name} — ${v.text}`).join("; ")}.`,
    ...(serverEnded ? ["", `**The server ended unexpectedly during the run (${serverEnded}); later pages and the JavaScript weight were not measured.**`] : []),
    ...(missing.length ? ["", `Missing pages (404, not measured): ${missing.join(", ")}.`] : []),
  ];
  console.log(`\n${section.join("\n")}`);
  appendReport(args.report ?? "docs/benchmarks.md", section);
  console.log(`\nAppended to ${args.report}`);
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  if (server) console.error(`Server output:\n${server.log()}`);
  await cleanup().catch(() => {});
  process.exit(1);
});

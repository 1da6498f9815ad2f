/**
 * `npm run bench`: generates data at a chosen scale into its own PostgreSQL database, builds the
 * portal if needed, and measures in one run, page by page, three setups side by side:
 *   static  nginx serving a saved, pre-compressed copy of each page (the physical limit);
 *   nginx   the deployed topology: nginx (deploy/nginx.conf) in front of two `next start`
 *           instances on the same database and Redis (deploy/local-topology.ts);
 *   alone   the portal alone, one `next start` as `npm start` runs it, against its bare page /about.
 * Then a publication: approved on instance A, timed until visible on both instances and through
 * nginx; and the pages' JavaScript in Chromium. Results: the console and --out (a Markdown file);
 * docs/benchmarks.md states the current findings, the method and the targets.
 * Not part of the test suite.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { startTopology, type Topology } from "../deploy/local-topology";
import { databaseName, dropDatabase, prepareDatabase, sampleCodes, departmentCode } from "./generate";
import { measureJavaScript, type JsWeight } from "./js-weight";
import { empty, hasWrk, measure, settle, type LoadResult, type Target } from "./load";
import { measurePublication, type PublicationResult } from "./publication";
import { postgresVersion, queryTimings } from "./queries";
import {
  aloneVerdict,
  jsTable,
  jsVerdict,
  machine,
  nginxVerdict,
  publicationTable,
  publicationVerdicts,
  runTable,
  summaryTable,
  writeResults,
  type PageRow,
  type Verdict,
} from "./report";
import { build, buildReason, portNear, startPortal, type RunningServer } from "./portal";
import { saveCopies, startStaticNginx } from "./static-site";

const { values: args } = parseArgs({
  options: {
    depts: { type: "string", default: "2000" },
    years: { type: "string", default: "10" },
    connections: { type: "string", default: "64" },
    duration: { type: "string", default: "10" },
    rounds: { type: "string", default: "3" },
    url: { type: "string", default: "postgres://postgres@127.0.0.1:5432/postgres" },
    redis: { type: "string", default: "redis://127.0.0.1:6379/2" },
    "no-redis": { type: "boolean", default: false },
    port: { type: "string", default: "3341" },
    pages: { type: "string" },
    out: { type: "string", default: "bench/last-run.md" },
    "nginx-bound": { type: "string", default: "2" },
    "publication-limit": { type: "string", default: "20" },
    keep: { type: "boolean", default: false },
    fresh: { type: "boolean", default: false },
    build: { type: "boolean", default: false },
    "generate-only": { type: "boolean", default: false },
    "skip-js": { type: "boolean", default: false },
    "skip-load": { type: "boolean", default: false },
    "skip-publication": { type: "boolean", default: false },
  },
});

/** The run of median requests/s among those that ran without errors (else the first run, whose status says why). */
function medianRun(runs: LoadResult[]): LoadResult | undefined {
  const ok = runs.filter((r) => r.status === "ok").sort((a, b) => a.requestsPerSecond - b.requestsPerSecond);
  return ok.length ? ok[Math.floor((ok.length - 1) / 2)] : runs[0];
}

function positive(name: string, value: string | undefined): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number (got ${value})`);
  return n;
}

if (!args["skip-load"] && !args["generate-only"] && !hasWrk()) {
  throw new Error("The load generator wrk is missing: apt-get install -y wrk (or run with --skip-load)");
}
const depts = positive("depts", args.depts);
const yearCount = positive("years", args.years);
const connections = positive("connections", args.connections);
const duration = positive("duration", args.duration);
const rounds = positive("rounds", args.rounds);
const nginxBoundS = positive("nginx-bound", args["nginx-bound"]);
const publicationLimitS = positive("publication-limit", args["publication-limit"]);
const basePort = positive("port", args.port);
const years = Array.from({ length: yearCount }, (_, i) => 2019 - yearCount + 1 + i);
const adminUrl = args.url ?? "postgres://postgres@127.0.0.1:5432/postgres";
const redisUrl = args["no-redis"] ? undefined : args.redis;

const compareCodes = sampleCodes(depts, 10).join(",");
const compareYears = years.slice(-10).join(",");
const departmentPageCode = sampleCodes(depts, 10).at(-1) ?? "100001";
// The publication corrects a department no page under load shows (the approval refreshes them all anyway).
const publicationCode = departmentCode(Math.min(1, depts - 1));
const BARE: Target = { key: "about", label: "bare static page /about", path: "/about", kind: "bare" };
const ALL_PAGES: Target[] = [
  { key: "home", label: "home (department list)", path: "/", kind: "page" },
  { key: "department", label: "department", path: `/departments/${departmentPageCode}`, kind: "page" },
  { key: "disclosure", label: "disclosure 434/2018", path: "/departments/434/2018", kind: "page" },
  { key: "compare", label: "comparison 10 × 10", path: `/compare?departments=${compareCodes}&years=${compareYears}&measure=total`, kind: "page" },
  { key: "years", label: "years (county totals per year)", path: "/years", kind: "page" },
  { key: "year", label: "year view (ranking, page 1)", path: `/years/${years.at(-2) ?? 2018}`, kind: "page" },
  { key: "api-figures", label: "API figures 10 × 10", path: `/api/v1/figures?departments=${compareCodes}&years=${compareYears}&measure=total`, kind: "api" },
  { key: "api-disclosure", label: "API disclosure 434/2018", path: "/api/v1/disclosures/434/2018", kind: "api" },
];
const chosen = args.pages?.split(",").map((s) => s.trim()).filter(Boolean);
const unknown = chosen?.filter((key) => !ALL_PAGES.some((p) => p.key === key)) ?? [];
if (unknown.length) throw new Error(`--pages: unknown ${unknown.join(", ")} (known: ${ALL_PAGES.map((p) => p.key).join(", ")})`);
const PAGES = chosen ? ALL_PAGES.filter((p) => chosen.includes(p.key)) : ALL_PAGES;

let alone: RunningServer | undefined;
let staticNginx: RunningServer | undefined;
let topology: Topology | undefined;
let staticDir: string | undefined;
let dbName: string | undefined;
async function cleanup() {
  const [a, s, t] = [alone, staticNginx, topology];
  alone = staticNginx = topology = undefined;
  await Promise.all([a?.stop(), s?.stop(), t?.stop()]);
  if (staticDir) fs.rmSync(staticDir, { recursive: true, force: true });
  staticDir = undefined;
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

const short = (p: string) => (p.length > 60 ? `${p.slice(0, 57)}…` : p);

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

  // The three setups run side by side (idle ones cost nothing), so each page is measured in all
  // three within half a minute: this machine's speed drifts over minutes.
  const ports = { alone: await portNear(basePort), static: await portNear(basePort + 1), nginx: await portNear(basePort + 2) };
  const instancePorts = [await portNear(basePort + 3), await portNear(basePort + 4)];
  console.log(`Starting the portal alone (next start) on ${ports.alone}`);
  alone = await startPortal(prepared.url, ports.alone);
  console.log(`Starting two instances (${instancePorts.join(", ")}) behind nginx (${ports.nginx}), ${redisUrl ? `Redis ${redisUrl}` : "no Redis"}`);
  topology = await startTopology({
    databaseUrl: prepared.url,
    redisUrl,
    instancePorts,
    nginxPort: ports.nginx,
    env: { NODE_OPTIONS: [process.env.NODE_OPTIONS, `--require ${JSON.stringify(path.resolve("bench", "process-title.cjs"))}`].filter(Boolean).join(" ") },
  });
  const nginxUrl = topology.nginxUrl;
  if (!nginxUrl) throw new Error("the topology started without nginx");
  staticDir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-bench-static-"));
  fs.chmodSync(staticDir, 0o755); // nginx's workers run as nobody when the master is root
  console.log(`Saving the pages' gzip copies from the portal alone into ${staticDir}`);
  const saved = await saveCopies(alone.baseUrl, [BARE, ...PAGES], staticDir);
  staticNginx = await startStaticNginx(saved, staticDir, ports.static);
  const setups = { static: staticNginx.baseUrl, nginx: nginxUrl, alone: alone.baseUrl };

  const runs: { setup: string; result: LoadResult }[] = [];
  const load = async (setup: keyof typeof setups, target: Target): Promise<LoadResult> => {
    const ended = alone?.ended() ?? staticNginx?.ended();
    if (ended) {
      const result = empty(target, `not measured: a server ended (${ended})`, 0);
      runs.push({ setup, result });
      return result;
    }
    process.stdout.write(`${setup.padEnd(6)} ${target.label} … `);
    await settle();
    const result = await measure(setups[setup], target, { connections, duration, warm: 3 });
    console.log(result.status === "ok" ? `${result.requestsPerSecond.toFixed(0)} req/s, p99 ${result.p99.toFixed(1)} ms` : result.status);
    runs.push({ setup, result });
    return result;
  };

  /**
   * nginx static and through nginx, alternately, `rounds` times each: every run is in the report,
   * the row takes the run of median requests/s of each. One 10 s run of each was within ±10 % of
   * the next run's on this machine (docs/benchmarks.md); alternating keeps a drift of the machine's
   * speed out of the ratio.
   */
  const sideBySide = async (row: PageRow, target: Target) => {
    const staticRuns: LoadResult[] = [];
    const nginxRuns: LoadResult[] = [];
    for (let i = 0; i < rounds; i++) {
      staticRuns.push(await load("static", target));
      nginxRuns.push(await load("nginx", target));
    }
    row.staticRun = medianRun(staticRuns);
    row.nginxRun = medianRun(nginxRuns);
  };

  const rows: PageRow[] = [];
  const bareRuns: LoadResult[] = [];
  if (!args["skip-load"]) {
    const bareRow: PageRow = { ...BARE, bareRate: NaN };
    await sideBySide(bareRow, BARE);
    bareRow.aloneRun = await load("alone", BARE);
    bareRuns.push(bareRow.aloneRun);
    rows.push(bareRow);
  }
  for (const page of args["skip-load"] ? [] : PAGES) {
    const row: PageRow = { ...page, bareRate: NaN };
    await sideBySide(row, page);
    row.aloneRun = await load("alone", page);
    const before = bareRuns.at(-1);
    const after = await load("alone", { ...BARE, label: "bare static page /about, again" });
    bareRuns.push(after);
    const rates = [before, after].filter((r) => r?.status === "ok").map((r) => r?.requestsPerSecond ?? NaN);
    row.bareRate = rates.length ? rates.reduce((a, b) => a + b, 0) / rates.length : NaN;
    rows.push(row);
  }
  const endLoad = os.loadavg();

  let publication: PublicationResult | undefined;
  if (!args["skip-publication"]) {
    console.log("Publication to visible …");
    await settle();
    const [a, b] = topology.instanceUrls;
    publication = await measurePublication({
      databaseUrl: prepared.url,
      code: publicationCode,
      year: years.at(-1) ?? 2019,
      instanceA: a ?? "",
      readers: [
        { name: "instance A (approved there)", baseUrl: a ?? "" },
        { name: "instance B", baseUrl: b ?? "" },
        { name: "nginx", baseUrl: nginxUrl },
      ],
      limitS: publicationLimitS,
    });
    if (publication.error) console.log(`  not measured: ${publication.error}`);
    for (const v of publication.visible) console.log(`  ${v.reader}: ${Number.isFinite(v.ms) ? `${v.ms.toFixed(0)} ms` : `not within ${publicationLimitS} s`}`);
  }

  let js: JsWeight[] = [];
  if (!args["skip-js"] && !alone.ended()) {
    console.log("JavaScript weight in Chromium (the portal alone) …");
    await settle();
    js = await measureJavaScript(alone.baseUrl, [BARE, ...PAGES.filter((t) => t.kind !== "api")]);
  }
  await cleanup();

  const bareJs = js.find((r) => r.target.key === "about");
  const verdicts: [string, Verdict][] = [
    ...rows.map((r) => [`${r.label} through nginx`, nginxVerdict(r)] as [string, Verdict]),
    ...rows.map((r) => [`${r.label} alone`, aloneVerdict(r)] as [string, Verdict]),
    ...publicationVerdicts(publication, nginxBoundS),
    ...js.filter((r) => r.target.key !== "about").map((r) => [`${r.target.label} JavaScript`, jsVerdict(r, bareJs)] as [string, Verdict]),
  ].filter(([, v]) => v.met !== null);
  const failed = verdicts.filter(([, v]) => v.met === false);
  const others = runs.map((r) => r.result.cpu.other).filter(Number.isFinite);
  const medianOther = others.sort((x, y) => x - y)[Math.floor(others.length / 2)] ?? NaN;

  const lines = [
    `# Benchmark run ${started.toISOString().replace("T", " ").slice(0, 16)} UTC — ${depts.toLocaleString("en")} departments × ${years.length} years (${years[0]}–${years.at(-1)})`,
    "",
    `Command: \`npm run bench -- ${process.argv.slice(2).join(" ")}\`; ${connections} connections, ${duration} s per page and setup, requests ask for gzip/br; the run took ${((Date.now() - started.getTime()) / 60_000).toFixed(1)} min.`,
    `Setups: nginx static (saved gzip copies, \`worker_processes auto\`); through nginx (deploy/nginx.conf, two \`next start\` instances, ${redisUrl ? `REDIS_URL=${redisUrl}` : "no Redis"}); the portal alone (one \`next start\`, no Redis). All on database ${prepared.name}.`,
    "",
    ...machineLines.map((line) => `- ${line}`),
    `- Other work on the machine during the loads ("other" CPU, % of one core): median ${Number.isFinite(medianOther) ? medianOther : "–"}, range ${others.length ? `${others[0]}–${others.at(-1)}` : "–"}; load average at the end ${endLoad.map((l) => l.toFixed(2)).join(" / ")}`,
    "",
    prepared.reused ? `Data: reused database ${prepared.name}.` : `Data generation (${generationSeconds.toFixed(1)} s in all):`,
    ...prepared.timings.map(([step, seconds]) => `- ${step}: ${seconds.toFixed(1)} s`),
    "",
    "Database time of the pages' main queries (median of 30, from Node, idle database):",
    ...queries,
    "",
    buildLine,
    "",
    "Pages (addresses):",
    ...[BARE, ...PAGES].map((p) => `- ${p.label}: \`${short(p.path)}\``),
    "",
    ...summaryTable(rows),
    "",
    ...publicationTable(publication, nginxBoundS),
    "",
    "Every load run, in order:",
    "",
    ...runTable(runs),
    "",
    ...(js.length ? ["JavaScript (the portal alone, Chromium):", "", ...jsTable(js), ""] : []),
    failed.length === 0
      ? `**All ${verdicts.length} targets met.**`
      : `**Targets not met (${failed.length} of ${verdicts.length}):** ${failed.map(([name, v]) => `${name} — ${v.text}`).join("; ")}.`,
  ];
  console.log(`\n${lines.join("\n")}`);
  writeResults(args.out ?? "bench/last-run.md", lines);
  console.log(`\nWritten to ${args.out}`);
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  for (const server of [alone, staticNginx]) if (server) console.error(`Output of pid ${server.pid}:\n${server.log()}`);
  if (topology) {
    for (const log of fs.readdirSync(topology.dir).filter((f) => f.endsWith(".log"))) {
      const tail = fs.readFileSync(path.join(topology.dir, log), "utf8").split("\n").slice(-20).join("\n");
      console.error(`${log}:\n${tail}`);
    }
  }
  await cleanup().catch(() => {});
  process.exit(1);
});

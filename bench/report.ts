/**
 * The machine, the verdicts and the tables of one run, written as Markdown to a results file (and
 * the console). docs/benchmarks.md states the current findings; it is written by hand from these.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { JsWeight } from "./js-weight";
import type { LoadResult } from "./load";
import { STABLE, type PublicationResult } from "./publication";

export const KB = 1024;
export const TARGETS = {
  /** Through nginx (two instances) against nginx serving the saved pre-compressed copy. */
  nginxRatio: 0.8,
  nginxP99Ms: 25,
  /** The portal alone against its own bare page /about. */
  aloneRatio: 0.5,
  /** Publication to visible on every instance. */
  instanceVisibleS: 2,
  jsExcessKb: { disclosure: 20, department: 80, compare: 80, home: 80, years: 20, year: 20 } as Record<string, number>,
};

export function machine(postgresVersion: string): string[] {
  let model = os.cpus()[0]?.model ?? "unknown";
  try {
    model = /^model name\s*:\s*(.+)$/m.exec(fs.readFileSync("/proc/cpuinfo", "utf8"))?.[1]?.trim() ?? model;
  } catch {
    // not Linux
  }
  return [
    `${os.cpus().length} cores (${model}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB memory, ${os.type()} ${os.release()}`,
    `Node ${process.version}, ${postgresVersion}, nginx at /usr/sbin/nginx`,
    `Servers, PostgreSQL, Redis, load generator and browser all on this machine; load average at start ${os.loadavg().map((l) => l.toFixed(2)).join(" / ")} (1 / 5 / 15 min)`,
  ];
}

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : "–");
const num = (value: number, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : "–");

export interface Verdict {
  text: string;
  met: boolean | null;
}

/** One page measured in the three setups, and the bare-page runs around its portal-alone run. */
export interface PageRow {
  key: string;
  label: string;
  path: string;
  kind: "bare" | "page" | "api";
  staticRun?: LoadResult;
  nginxRun?: LoadResult;
  aloneRun?: LoadResult;
  /** Mean req/s of the portal alone's bare page just before and just after this page's run. */
  bareRate: number;
}

export function nginxVerdict(row: PageRow): Verdict {
  const run = row.nginxRun;
  const limit = row.staticRun;
  if (!run || !limit) return { text: "not measured", met: null };
  if (run.status.startsWith("missing")) return { text: `${run.status}: not measured`, met: null };
  if (run.status !== "ok") return { text: `not met: ${run.status}`, met: false };
  if (limit.status !== "ok") return { text: `static copy: ${limit.status}`, met: null };
  const ratio = run.requestsPerSecond / limit.requestsPerSecond;
  const problems: string[] = [];
  if (!(ratio >= TARGETS.nginxRatio)) problems.push(`${num(ratio, 2)}× < ${TARGETS.nginxRatio}×`);
  if (!(run.p99 <= TARGETS.nginxP99Ms)) problems.push(`p99 ${ms(run.p99)} > ${TARGETS.nginxP99Ms} ms`);
  return problems.length ? { text: `not met: ${problems.join("; ")}`, met: false } : { text: "met", met: true };
}

export function aloneVerdict(row: PageRow): Verdict {
  const run = row.aloneRun;
  if (!run) return { text: "not measured", met: null };
  if (row.kind === "bare") return { text: run.status === "ok" ? "reference" : run.status, met: null };
  if (run.status.startsWith("missing")) return { text: `${run.status}: not measured`, met: null };
  if (run.status !== "ok") return { text: `not met: ${run.status}`, met: false };
  const ratio = row.bareRate > 0 ? run.requestsPerSecond / row.bareRate : NaN;
  return ratio >= TARGETS.aloneRatio ? { text: "met", met: true } : { text: `not met: ${num(ratio, 2)}× < ${TARGETS.aloneRatio}×`, met: false };
}

export function jsVerdict(row: JsWeight, bare: JsWeight | undefined): Verdict & { excessKb: number; limitKb?: number } {
  const limitKb = TARGETS.jsExcessKb[row.target.key];
  const failed = (r: JsWeight) => (r.error ?? (r.status === 200 ? undefined : `HTTP ${r.status}`));
  if (row.target.key === "about") {
    const error = failed(row);
    return error ? { text: `not measured: ${error}`, met: null, excessKb: NaN } : { text: "reference", met: null, excessKb: 0 };
  }
  if (!bare || failed(bare)) return { text: "not measured: the bare page failed", met: null, excessKb: NaN, limitKb };
  const excessKb = (row.transferred - bare.transferred) / KB;
  if (row.status === 404) return { text: "missing (404): not measured", met: null, excessKb, limitKb };
  if (row.error || row.status !== 200) return { text: `not measured: ${row.error ?? `HTTP ${row.status}`}`, met: limitKb === undefined ? null : false, excessKb, limitKb };
  if (row.cspViolations > 0) return { text: `not met: ${row.cspViolations} CSP violations (the page does not hydrate)`, met: false, excessKb, limitKb };
  if (limitKb === undefined) return { text: "no target", met: null, excessKb };
  return excessKb <= limitKb
    ? { text: `met (≤ ${limitKb} KB)`, met: true, excessKb, limitKb }
    : { text: `not met (> ${limitKb} KB)`, met: false, excessKb, limitKb };
}

export function publicationVerdicts(result: PublicationResult | undefined, nginxBoundS: number): [string, Verdict][] {
  if (!result) return [];
  if (result.error) return [["publication to visible", { text: `not measured: ${result.error}`, met: false }]];
  return result.visible.map((v) => {
    const nginx = v.reader.startsWith("nginx");
    const bound = nginx ? nginxBoundS : TARGETS.instanceVisibleS;
    const met = Number.isFinite(v.ms) && v.ms <= bound * 1000;
    return [
      `publication visible on ${v.reader}`,
      { text: met ? `met (${(v.ms / 1000).toFixed(2)} s ≤ ${bound} s)` : `not met: ${Number.isFinite(v.ms) ? `${(v.ms / 1000).toFixed(2)} s` : `not within ${result.limitS} s`} > ${bound} s`, met },
    ];
  });
}

function table(header: string[], rows: string[][]): string[] {
  return [`| ${header.join(" | ")} |`, `| ${header.map(() => "---").join(" | ")} |`, ...rows.map((r) => `| ${r.join(" | ")} |`)];
}

const rate = (r: LoadResult | undefined) => (r?.status === "ok" ? num(r.requestsPerSecond) : (r?.status ?? "–"));

/** The three setups side by side, one row per page. */
export function summaryTable(rows: PageRow[]): string[] {
  return table(
    [
      "page",
      "nginx static req/s",
      "p99 ms",
      "through nginx req/s",
      "p99 ms",
      "× static",
      "target ≥ 0.8×, p99 ≤ 25 ms",
      "portal alone req/s",
      "p99 ms",
      "× bare",
      "target ≥ 0.5×",
    ],
    rows.map((row) => [
      row.label,
      rate(row.staticRun),
      ms(row.staticRun?.p99 ?? NaN),
      rate(row.nginxRun),
      ms(row.nginxRun?.p99 ?? NaN),
      row.nginxRun?.status === "ok" && row.staticRun?.status === "ok" ? num(row.nginxRun.requestsPerSecond / row.staticRun.requestsPerSecond, 2) : "–",
      nginxVerdict(row).text,
      rate(row.aloneRun),
      ms(row.aloneRun?.p99 ?? NaN),
      row.kind !== "bare" && row.aloneRun?.status === "ok" && row.bareRate > 0 ? num(row.aloneRun.requestsPerSecond / row.bareRate, 2) : "–",
      aloneVerdict(row).text,
    ]),
  );
}

/** Every load run in the order it ran, with its latencies, sizes and CPU. */
export function runTable(runs: { setup: string; result: LoadResult }[]): string[] {
  return table(
    ["#", "setup", "page", "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "non-2xx", "single req ms", "nginx cache", "body KB", "CPU % portal / nginx / pg / redis / load / other"],
    runs.map(({ setup, result: r }, i) => [
      String(i + 1),
      setup,
      r.target.label,
      rate(r),
      ms(r.p50),
      ms(r.p95),
      ms(r.p99),
      ms(r.max),
      String(r.non2xx),
      ms(r.warmMs),
      r.cacheStatus ?? "–",
      r.bytes ? num(r.bytes / KB, 1) : "–",
      Number.isFinite(r.cpu.portal)
        ? `${r.cpu.portal} / ${r.cpu.nginx} / ${r.cpu.postgres} / ${r.cpu.redis} / ${r.cpu.loadGenerator} / ${r.cpu.other}`
        : "–",
    ]),
  );
}

export function publicationTable(result: PublicationResult | undefined, nginxBoundS: number): string[] {
  if (!result) return ["Publication to visible: not measured."];
  if (result.error) return [`Publication to visible: not measured (${result.error}).`];
  const verdicts = publicationVerdicts(result, nginxBoundS);
  return [
    `Publication to visible (\`${result.path}\`): the reviewer's approval on instance A answered after ${ms(result.actionMs)} ms. Every reader polled every 50 ms from the click, for at most ${result.limitS} s; "visible for good" is the first of ${STABLE} consecutive answers holding the correction, "reverts" counts answers without it after one with it:`,
    "",
    ...table(
      ["reader", "address", "visible for good after ms", "first seen after ms", "reverts", "polls", "target"],
      result.visible.map((v, i) => [
        v.reader,
        `\`${v.url}\``,
        Number.isFinite(v.ms) ? ms(v.ms) : `not within ${result.limitS} s`,
        ms(v.firstMs),
        String(v.reverts),
        String(v.polls),
        verdicts[i]?.[1].text ?? "",
      ]),
    ),
  ];
}

export function jsTable(results: JsWeight[]): string[] {
  const bare = results.find((r) => r.target.key === "about");
  return table(
    ["page", "scripts", "JS transferred KB", "of which after load KB", "JS decoded KB", "encoding", "excess over /about KB", "target", "added by scrolling to the end KB (scripts)", "CSP violations"],
    results.map((r) => {
      const verdict = jsVerdict(r, bare);
      return [
        r.target.label,
        String(r.scripts),
        num(r.transferred / KB, 1),
        num(r.afterLoad / KB, 1),
        num(r.decoded / KB, 1),
        r.encodings.join(", ") || "–",
        num(verdict.excessKb, 1),
        verdict.text,
        `${num(r.onScroll / KB, 1)} (${r.onScrollScripts})`,
        String(r.cspViolations),
      ];
    }),
  );
}

export function writeResults(file: string, lines: string[]): void {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  fs.writeFileSync(file, `${lines.join("\n")}\n`);
}

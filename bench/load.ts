/**
 * Requests per second and latency of each page under load (autocannon), with every response's
 * status checked: a page that answers 404 is reported missing, never measured as fast.
 */
import fs from "node:fs";
import autocannon from "autocannon";
/** Was the portal server's own fill header (server.ts, removed); kept until this bench is rewritten. */
const FILL_HEADER = "x-portal-page-fill";

export interface Target {
  key: string;
  label: string;
  path: string;
  /** Pages held to the ≥ 0.5× bare-page throughput target (all but the bare page itself). */
  kind: "bare" | "page" | "api";
}

export interface LoadResult {
  target: Target;
  /** "ok", or why the page was not measured (e.g. "missing (404)"). */
  status: string;
  warmStatus: number;
  /** Time of the last warm-up request, ms (one request, no load). */
  warmMs: number;
  bytes: number;
  requestsPerSecond: number;
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  non2xx: number;
  errors: number;
  statusCodes: Record<string, number>;
  /**
   * CPU used during the load, in % of one core: the Next server, all PostgreSQL processes, the load
   * generator (this process), and everything else on the machine (other work competing for the cores).
   */
  cpu: { server: number; postgres: number; loadGenerator: number; other: number };
}

const TICKS_PER_SECOND = 100; // getconf CLK_TCK on Linux

/** utime + stime of a process, in seconds (0 when it is gone or /proc is missing). */
function processCpu(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/** CPU seconds of every process named postgres (the server and its backends) on this machine. */
function postgresCpu(): number {
  let total = 0;
  let entries: string[] = [];
  try {
    entries = fs.readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return 0;
  }
  for (const pid of entries) {
    try {
      if (fs.readFileSync(`/proc/${pid}/comm`, "utf8").trim() === "postgres") total += processCpu(Number(pid));
    } catch {
      // ended meanwhile
    }
  }
  return total;
}

/** Busy CPU seconds of the whole machine, from the first line of /proc/stat. */
function machineCpu(): number {
  try {
    const fields = (fs.readFileSync("/proc/stat", "utf8").split("\n")[0] ?? "").trim().split(/\s+/).slice(1).map(Number);
    const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
    return (fields.slice(0, 8).reduce((a, b) => a + b, 0) - idle) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

function cpuMeter(serverPid: number) {
  const start = {
    server: processCpu(serverPid),
    postgres: postgresCpu(),
    self: process.cpuUsage(),
    machine: machineCpu(),
    at: performance.now(),
  };
  return () => {
    const seconds = (performance.now() - start.at) / 1000;
    const self = process.cpuUsage(start.self);
    const percent = (cpu: number) => Math.round((cpu / seconds) * 100);
    const server = processCpu(serverPid) - start.server;
    const postgres = postgresCpu() - start.postgres;
    const loadGenerator = (self.user + self.system) / 1e6;
    const other = Math.max(0, machineCpu() - start.machine - server - postgres - loadGenerator);
    return { server: percent(server), postgres: percent(postgres), loadGenerator: percent(loadGenerator), other: percent(other) };
  };
}

/** Browsers ask for compressed responses; so does the load, so compression is part of the cost. */
const HEADERS = { "accept-encoding": "gzip, deflate, br" };
/**
 * `--next-alone`: every request marked as the page cache's own (FILL_HEADER), so that Next answers
 * it as under `next start`, without the compressed copies kept by server.ts.
 */
export function requestHeaders(nextAlone: boolean): Record<string, string> {
  return nextAlone ? { ...HEADERS, [FILL_HEADER]: "1" } : HEADERS;
}

async function fetchOnce(url: string, headers: Record<string, string>): Promise<{ status: number; ms: number; bytes: number }> {
  const started = performance.now();
  const response = await fetch(url, { headers, redirect: "manual", signal: AbortSignal.timeout(60_000) });
  const body = await response.arrayBuffer();
  return { status: response.status, ms: performance.now() - started, bytes: body.byteLength };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? NaN;
}

/**
 * Waits until the server is idle (under 10 % of a core for half a second, at most 3 minutes), so
 * that requests still running from one page's load do not count against the next page; then, for
 * at most 30 s more, until the rest of the machine is quiet too (under 30 % of a core), so that
 * other work on a shared machine disturbs the measurement less.
 */
export async function settle(serverPid: number): Promise<void> {
  const pause = () => new Promise((resolve) => setTimeout(resolve, 500));
  let deadline = Date.now() + 180_000;
  let before = processCpu(serverPid);
  while (Date.now() < deadline) {
    await pause();
    const now = processCpu(serverPid);
    if (now - before < 0.05) break;
    before = now;
  }
  deadline = Date.now() + 30_000;
  let machine = machineCpu();
  while (Date.now() < deadline) {
    await pause();
    const now = machineCpu();
    if (now - machine < 0.15) return;
    machine = now;
  }
}

export const empty = (target: Target, status: string, warmStatus: number, warmMs = NaN, bytes = 0): LoadResult => ({
  target,
  status,
  warmStatus,
  warmMs,
  bytes,
  requestsPerSecond: NaN,
  requests: 0,
  p50: NaN,
  p95: NaN,
  p99: NaN,
  max: NaN,
  non2xx: 0,
  errors: 0,
  statusCodes: {},
  cpu: { server: NaN, postgres: NaN, loadGenerator: NaN, other: NaN },
});

/** Warms the page (`warm` requests, one at a time), then loads it for `duration` seconds. */
export async function measure(
  baseUrl: string,
  target: Target,
  options: { connections: number; duration: number; warm: number; serverPid: number; headers: Record<string, string> },
): Promise<LoadResult> {
  const url = baseUrl + target.path;
  let last = { status: 0, ms: NaN, bytes: 0 };
  try {
    for (let i = 0; i < options.warm; i++) last = await fetchOnce(url, options.headers);
  } catch (error) {
    return empty(target, `error (${error instanceof Error ? error.message : String(error)})`, 0);
  }
  if (last.status === 404) return empty(target, "missing (404)", 404, last.ms, last.bytes);
  if (last.status !== 200) return empty(target, `error (HTTP ${last.status})`, last.status, last.ms, last.bytes);
  if (last.ms > 5_000) {
    return empty(target, `too slow to load-test: one request takes ${(last.ms / 1000).toFixed(1)} s`, 200, last.ms, last.bytes);
  }

  const latencies: number[] = [];
  const cpu = cpuMeter(options.serverPid);
  const instance = autocannon({ url, connections: options.connections, duration: options.duration, timeout: 30, headers: options.headers });
  instance.on("response", (_client, statusCode, _bytes, responseTime) => {
    if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
  });
  const result = await instance;
  const cpuUsed = cpu();
  latencies.sort((a, b) => a - b);
  const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count]));
  const failed = result.non2xx > 0 || result.errors > 0 || result.timeouts > 0;
  const status =
    latencies.length === 0
      ? `no response within ${options.duration} s under load`
      : failed
        ? `errors under load (${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts)`
        : "ok";
  return {
    target,
    status,
    warmStatus: last.status,
    warmMs: last.ms,
    bytes: last.bytes,
    // 2xx responses only: an error page must not count as throughput.
    requestsPerSecond: latencies.length / result.duration,
    requests: result.requests.total,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? NaN,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    statusCodes,
    cpu: cpuUsed,
  };
}

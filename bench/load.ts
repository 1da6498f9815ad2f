/**
 * Requests per second and latency of each page under load (wrk, one thread: it takes at most one
 * of the two cores, and spends a fraction of what a Node load generator spends per request — with
 * autocannon the generator, not the servers, set the p99 of the large pages), with every response's
 * status checked: a page that answers 404 is reported missing, never measured as fast.
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";

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
  /** nginx's X-Cache-Status of the last warm-up request (HIT, MISS, BYPASS…), when nginx sent one. */
  cacheStatus?: string;
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
   * CPU used during the load, in % of one core: the portal's Node processes and the nginx processes
   * this run started, all PostgreSQL processes, Redis, the load generator (this process), and
   * everything else on the machine (other work competing for the cores).
   */
  cpu: Cpu;
}

export interface Cpu {
  portal: number;
  nginx: number;
  postgres: number;
  redis: number;
  loadGenerator: number;
  other: number;
}

const TICKS_PER_SECOND = 100; // getconf CLK_TCK on Linux

interface ProcessInfo {
  ppid: number;
  comm: string;
  cpu: number;
}

/** Every process on the machine: parent, name and CPU seconds used so far. */
function processes(): Map<number, ProcessInfo> {
  const all = new Map<number, ProcessInfo>();
  let entries: string[] = [];
  try {
    entries = fs.readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return all;
  }
  for (const pid of entries) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      const comm = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      all.set(Number(pid), { ppid: Number(fields[1]), comm, cpu: (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND });
    } catch {
      // ended meanwhile
    }
  }
  return all;
}

type Group = "portal" | "nginx" | "postgres" | "redis" | "load";

/**
 * CPU seconds so far of every process in a group: this run's descendants (nginx by name, the rest
 * the portal's instances; not the browser), PostgreSQL and Redis anywhere on the machine.
 */
function groupProcesses(): Map<number, { group: Group; cpu: number }> {
  const all = processes();
  const grouped = new Map<number, { group: Group; cpu: number }>();
  const isDescendant = (pid: number) => {
    for (let p = all.get(pid)?.ppid, depth = 0; p !== undefined && p > 1 && depth < 20; p = all.get(p)?.ppid, depth++) {
      if (p === process.pid) return true;
    }
    return false;
  };
  for (const [pid, info] of all) {
    if (info.comm === "postgres") grouped.set(pid, { group: "postgres", cpu: info.cpu });
    else if (info.comm.startsWith("redis-server")) grouped.set(pid, { group: "redis", cpu: info.cpu });
    else if (isDescendant(pid) && !/chrom/i.test(info.comm)) {
      grouped.set(pid, { group: info.comm === "nginx" ? "nginx" : info.comm === "wrk" ? "load" : "portal", cpu: info.cpu });
    }
  }
  return grouped;
}

/**
 * CPU seconds each group used since `start`, process by process: one that started meanwhile
 * counts whole, one that ended meanwhile (a closed PostgreSQL connection) is left out.
 */
function groupCpuSince(start: Map<number, { group: Group; cpu: number }>): Record<Group, number> {
  const totals: Record<Group, number> = { portal: 0, nginx: 0, postgres: 0, redis: 0, load: 0 };
  for (const [pid, now] of groupProcesses()) totals[now.group] += Math.max(0, now.cpu - (start.get(pid)?.cpu ?? 0));
  return totals;
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

/** CPU seconds of this process's children that have ended (wrk, once it is done). */
function endedChildrenCpu(): number {
  try {
    const stat = fs.readFileSync("/proc/self/stat", "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[13]) + Number(fields[14])) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

function cpuMeter() {
  const start = { groups: groupProcesses(), self: process.cpuUsage(), children: endedChildrenCpu(), machine: machineCpu(), at: performance.now() };
  return (): Cpu => {
    const seconds = (performance.now() - start.at) / 1000;
    const self = process.cpuUsage(start.self);
    const { load, ...groups } = groupCpuSince(start.groups);
    // wrk (still running, or ended and counted in this process's children), and this process.
    const used = { ...groups, loadGenerator: load + endedChildrenCpu() - start.children + (self.user + self.system) / 1e6 };
    const ours = Object.values(used).reduce((a, b) => a + b, 0);
    const percent = (cpu: number) => Math.round((cpu / seconds) * 100);
    return {
      portal: percent(used.portal),
      nginx: percent(used.nginx),
      postgres: percent(used.postgres),
      redis: percent(used.redis),
      loadGenerator: percent(used.loadGenerator),
      other: percent(Math.max(0, machineCpu() - start.machine - ours)),
    };
  };
}

/** Browsers ask for compressed responses; so does the load, so compression is part of the cost. */
const HEADERS = { "accept-encoding": "gzip, deflate, br" };
export const REQUEST_HEADERS: Record<string, string> = HEADERS;

async function fetchOnce(url: string, headers: Record<string, string>): Promise<{ status: number; ms: number; bytes: number; cacheStatus?: string }> {
  const started = performance.now();
  const response = await fetch(url, { headers, redirect: "manual", signal: AbortSignal.timeout(60_000) });
  const body = await response.arrayBuffer();
  return { status: response.status, ms: performance.now() - started, bytes: body.byteLength, cacheStatus: response.headers.get("x-cache-status") ?? undefined };
}

/**
 * Waits until this run's servers are idle (under 10 % of a core for half a second, at most 60 s),
 * so that requests still running from one load do not count against the next; then, for at most
 * `machineWaitS` seconds more, until the rest of the machine is quiet too (under 30 % of a core),
 * so that other work on a shared machine disturbs the measurement less.
 */
export async function settle(machineWaitS = 5): Promise<void> {
  const pause = () => new Promise((resolve) => setTimeout(resolve, 500));
  let deadline = Date.now() + 60_000;
  let before = groupProcesses();
  while (Date.now() < deadline) {
    await pause();
    const used = groupCpuSince(before);
    if (used.portal + used.nginx < 0.05) break;
    before = groupProcesses();
  }
  deadline = Date.now() + machineWaitS * 1000;
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
  cpu: { portal: NaN, nginx: NaN, postgres: NaN, redis: NaN, loadGenerator: NaN, other: NaN },
});

/** Warms the page (`warm` requests, one at a time), then loads it for `duration` seconds. */
export async function measure(
  baseUrl: string,
  target: Target,
  options: { connections: number; duration: number; warm: number; headers?: Record<string, string> },
): Promise<LoadResult> {
  const url = baseUrl + target.path;
  let last: Awaited<ReturnType<typeof fetchOnce>> = { status: 0, ms: NaN, bytes: 0 };
  try {
    for (let i = 0; i < options.warm; i++) last = await fetchOnce(url, options.headers ?? HEADERS);
  } catch (error) {
    return empty(target, `error (${error instanceof Error ? error.message : String(error)})`, 0);
  }
  if (last.status === 404) return empty(target, "missing (404)", 404, last.ms, last.bytes);
  if (last.status !== 200) return empty(target, `error (HTTP ${last.status})`, last.status, last.ms, last.bytes);
  if (last.ms > 5_000) {
    return empty(target, `too slow to load-test: one request takes ${(last.ms / 1000).toFixed(1)} s`, 200, last.ms, last.bytes);
  }

  const headers = options.headers ?? HEADERS;
  const cpu = cpuMeter();
  const result = await wrk(url, options.connections, options.duration, headers);
  const cpuUsed = cpu();
  const errors = result.connect + result.read + result.write + result.timeout;
  const ok = result.requests - result.status;
  const status =
    ok <= 0
      ? `no response within ${options.duration} s under load`
      : result.status > 0 || errors > 0
        ? `errors under load (${result.status} answers ≥ 400, ${errors} socket errors or timeouts)`
        : "ok";
  const ms = (us: number) => us / 1000;
  return {
    target,
    status,
    warmStatus: last.status,
    warmMs: last.ms,
    bytes: last.bytes,
    cacheStatus: last.cacheStatus,
    // Successful answers only: an error page must not count as throughput. (wrk's latencies
    // include the failed answers; a run with any is reported as failed.)
    requestsPerSecond: ok / (result.durationUs / 1e6),
    requests: result.requests,
    p50: ms(result.p50),
    p95: ms(result.p95),
    p99: ms(result.p99),
    max: ms(result.max),
    non2xx: result.status,
    errors,
    statusCodes: {},
    cpu: cpuUsed,
  };
}

interface WrkSummary {
  requests: number;
  durationUs: number;
  bytes: number;
  connect: number;
  read: number;
  write: number;
  timeout: number;
  /** Answers with a status of 400 or more. */
  status: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

const WRK = "/usr/bin/wrk";
const REPORT_SCRIPT = path.join(path.dirname(new URL(import.meta.url).pathname), "wrk-report.lua");

/** Whether the load generator is installed (Debian: `apt-get install -y wrk`). */
export function hasWrk(): boolean {
  return fs.existsSync(WRK);
}

/** One wrk run: one thread, `connections` connections, `duration` seconds, 30 s timeout per request. */
async function wrk(url: string, connections: number, duration: number, headers: Record<string, string>): Promise<WrkSummary> {
  const headerArgs = Object.entries(headers).flatMap(([name, value]) => ["-H", `${name}: ${value}`]);
  const args = ["-t", "1", "-c", String(connections), "-d", `${duration}s`, "--timeout", "30s", "-s", REPORT_SCRIPT, ...headerArgs, url];
  const { stdout } = await promisify(execFile)(WRK, args, { maxBuffer: 1 << 20 });
  const line = stdout.split("\n").find((l) => l.startsWith("WRK_JSON "));
  if (!line) throw new Error(`wrk printed no summary:\n${stdout}`);
  return JSON.parse(line.slice("WRK_JSON ".length)) as WrkSummary;
}

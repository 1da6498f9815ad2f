/**
 * The deployed topology on one machine — nginx → N portal instances → one PostgreSQL (+ Redis) —
 * for the end-to-end tests and the benchmark. The one place that starts it.
 *
 *   import { startTopology } from "../deploy/local-topology";
 *   const topology = await startTopology({
 *     databaseUrl: "postgres://postgres@127.0.0.1:5432/portal_x", // required: PGlite is one process
 *     redisUrl: "redis://127.0.0.1:6379/1",  // optional: without it each instance caches alone
 *     instancePorts: [3332, 3333],             // one instance per port
 *     nginxPort: 3334,                         // optional: no nginx when omitted
 *   });
 *   topology.instanceUrls; // ["http://127.0.0.1:3332", "http://127.0.0.1:3333"]
 *   topology.nginxUrl;     // "http://127.0.0.1:3334" (undefined without nginxPort)
 *   await topology.stop(); // every process it started, then its temporary directory
 *
 * It runs the portal already built in `cwd` (`next build`; it never builds) with
 * `next start -H 127.0.0.1 -p <port>`, every instance with the same NEXTAUTH_SECRET (a session
 * made on one opens the others) and TRUSTED_PROXIES=1 (nginx is their one proxy). The database
 * must be migrated already or migrate at the first instance's start: that instance is started and
 * ready before the others start, so two instances never migrate at once. Ready means
 * GET /api/health answers 200 (or, on a build without that route, GET / answers below 500).
 *
 * nginx runs from deploy/nginx.conf, filled with the ports and a temporary prefix directory, as a
 * child of this process (`nginx -p <dir> -c <dir>/nginx.conf -g "daemon off;"`), never the system
 * service. Each process's output goes to a log file in that directory (`topology.dir`); a process
 * that dies during start fails startTopology with the end of its log.
 *
 * Stopping: stop() sends SIGTERM to each process group, SIGKILL after 5 s. If the caller's process
 * exits without stop() (or is ended by SIGINT, SIGTERM or SIGHUP), the children are killed on its
 * way out.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const NGINX_BINARY = "/usr/sbin/nginx";
const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

export interface TopologyOptions {
  /** PostgreSQL the instances share. */
  databaseUrl: string;
  /** Redis for Next's shared cache; omitted → each instance keeps its cache in memory. */
  redisUrl?: string;
  /** One instance per port, on 127.0.0.1. */
  instancePorts: number[];
  /** nginx on 127.0.0.1:<nginxPort> in front of the instances; omitted → no nginx. */
  nginxPort?: number;
  /** Session secret shared by the instances (≥ 32 characters); default: a random one. */
  authSecret?: string;
  /** The built portal (default: the current directory). */
  cwd?: string;
  /** Extra environment for the instances (e.g. a Redis key prefix). */
  env?: Record<string, string>;
  /** How long one process may take to become ready (default 90 s). */
  readyTimeoutMs?: number;
}

export interface Topology {
  instanceUrls: string[];
  nginxUrl: string | undefined;
  /** The temporary directory: filled nginx.conf, logs, nginx's cache. */
  dir: string;
  stop(): Promise<void>;
}

/** deploy/nginx.conf with its placeholders filled (exported for the benchmark's own nginx runs). */
export function renderNginxConf(template: string, options: { prefix: string; listen: string; upstreams: string[] }): string {
  const upstreams = options.upstreams.map((address) => `server ${address} max_fails=2 fail_timeout=5s;`).join("\n    ");
  // Comment lines keep their placeholders: the header explains them.
  const filled = template.split("\n").map((line) =>
    line.trimStart().startsWith("#")
      ? line
      : line.replaceAll("{{prefix}}", options.prefix).replaceAll("{{listen}}", options.listen).replaceAll("{{upstreams}}", upstreams),
  );
  const left = filled.find((line) => !line.trimStart().startsWith("#") && /\{\{\w+\}\}/.test(line));
  if (left) throw new Error(`deploy/nginx.conf: a placeholder is not filled: ${left.trim()}`);
  return filled.join("\n");
}

export async function startTopology(options: TopologyOptions): Promise<Topology> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  if (!fs.existsSync(path.join(cwd, ".next", "BUILD_ID"))) throw new Error(`no build in ${cwd}/.next: run \`next build\` first`);
  if (options.instancePorts.length === 0) throw new Error("startTopology: at least one instance port");
  if (options.nginxPort !== undefined && !fs.existsSync(NGINX_BINARY)) throw new Error(`nginx is not installed (${NGINX_BINARY})`);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-topology-"));
  // nginx's workers run as nobody when the master is root: they must reach the cache under dir.
  fs.chmodSync(dir, 0o755);
  const children: Started[] = [];
  const onExit = () => children.forEach((c) => killGroup(c.child, "SIGKILL"));
  // Killed by a signal, the caller exits without its "exit" event: the children (own process
  // groups) would outlive it. Take them along, then let the signal do what it would have done.
  const onSignal = (signal: NodeJS.Signals) => {
    onExit();
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  };
  process.on("exit", onExit);
  for (const signal of SIGNALS) process.once(signal, onSignal);

  const stop = async () => {
    process.off("exit", onExit);
    for (const signal of SIGNALS) process.off(signal, onSignal);
    await Promise.all(children.map((c) => stopChild(c.child)));
    fs.rmSync(dir, { recursive: true, force: true });
  };

  try {
    const secret = options.authSecret ?? randomBytes(32).toString("base64url");
    const instanceEnv = (port: number): NodeJS.ProcessEnv => {
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        NODE_ENV: "production",
        DATABASE_URL: options.databaseUrl,
        NEXTAUTH_SECRET: secret,
        TRUSTED_PROXIES: "1",
        SEED_DEMO: "0",
        PORT: String(port),
        ...options.env,
      };
      // The instances are reached at several addresses (directly and through nginx): next-auth
      // trusts the Host header (lib/env.ts) rather than one fixed NEXTAUTH_URL.
      for (const name of ["NEXTAUTH_URL", "PUBLIC_URL", "PGLITE_DIR", "REDIS_URL"]) if (!options.env?.[name]) delete env[name];
      if (options.redisUrl) env.REDIS_URL = options.redisUrl;
      return env;
    };
    const next = path.join(cwd, "node_modules", ".bin", "next");
    const startInstance = (port: number, index: number) =>
      launch(children, {
        name: `instance-${index}`,
        command: next,
        args: ["start", "-H", "127.0.0.1", "-p", String(port)],
        cwd,
        env: instanceEnv(port),
        log: path.join(dir, `instance-${index}-${port}.log`),
      });

    const [first, ...rest] = options.instancePorts;
    const instanceUrls = options.instancePorts.map((port) => `http://127.0.0.1:${port}`);
    const timeout = options.readyTimeoutMs ?? 90_000;
    await waitReady(startInstance(first!, 0), instanceUrls[0]!, timeout);
    const others = rest.map((port, i) => startInstance(port, i + 1));
    await Promise.all(others.map((started, i) => waitReady(started, instanceUrls[i + 1]!, timeout)));

    let nginxUrl: string | undefined;
    if (options.nginxPort !== undefined) {
      const conf = renderNginxConf(fs.readFileSync(path.join(cwd, "deploy", "nginx.conf"), "utf8"), {
        prefix: dir,
        listen: `127.0.0.1:${options.nginxPort}`,
        upstreams: options.instancePorts.map((port) => `127.0.0.1:${port}`),
      });
      const confPath = path.join(dir, "nginx.conf");
      fs.writeFileSync(confPath, conf);
      const check = spawnSync(NGINX_BINARY, ["-t", "-q", "-p", dir, "-c", confPath], { encoding: "utf8" });
      if (check.status !== 0) throw new Error(`nginx -t refused ${confPath}:\n${check.stderr}`);
      const started = launch(children, {
        name: "nginx",
        command: NGINX_BINARY,
        args: ["-p", dir, "-c", confPath, "-g", "daemon off;"],
        cwd: dir,
        env: process.env,
        log: path.join(dir, "nginx.log"),
      });
      nginxUrl = `http://127.0.0.1:${options.nginxPort}`;
      await waitReady(started, nginxUrl, timeout);
    }
    return { instanceUrls, nginxUrl, dir, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

interface Started {
  name: string;
  child: ChildProcess;
  log: string;
  /** Set once the process has exited. */
  exit: { code: number | null; signal: NodeJS.Signals | null } | null;
}

function launch(
  children: Started[],
  spec: { name: string; command: string; args: string[]; cwd: string; env: NodeJS.ProcessEnv; log: string },
): Started {
  const out = fs.openSync(spec.log, "a");
  // Its own process group, so stop() reaches anything it forks.
  const child = spawn(spec.command, spec.args, { cwd: spec.cwd, env: spec.env, stdio: ["ignore", out, out], detached: true });
  fs.closeSync(out);
  const started: Started = { name: spec.name, child, log: spec.log, exit: null };
  child.on("exit", (code, signal) => (started.exit = { code, signal }));
  children.push(started);
  return started;
}

function logTail(file: string): string {
  try {
    return fs.readFileSync(file, "utf8").split("\n").slice(-30).join("\n");
  } catch {
    return "(no log)";
  }
}

async function waitReady(started: Started, url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let probe = "/api/health";
  while (Date.now() < deadline) {
    if (started.exit) throw new Error(`${started.name} exited (${started.exit.code ?? started.exit.signal}) before it was ready:\n${logTail(started.log)}`);
    try {
      const response = await fetch(url + probe, { redirect: "manual", signal: AbortSignal.timeout(10_000) });
      await response.arrayBuffer();
      if (response.status === 404 && probe !== "/") probe = "/"; // a build before /api/health existed
      else if (probe === "/api/health" ? response.status === 200 : response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${started.name} was not ready at ${url} within ${timeoutMs / 1000} s:\n${logTail(started.log)}`);
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  killGroup(child, "SIGTERM");
  const timer = setTimeout(() => killGroup(child, "SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}

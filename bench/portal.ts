/**
 * Builds the portal when the build is missing or older than the sources, and starts one instance
 * as `npm start` does: `next start` (node_modules/.bin/next directly, not through npm, whose
 * wrapper would orphan the server when killed: stack-notes §9).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

const NEXT = path.join("node_modules", ".bin", "next");
const SOURCE_DIRS = ["app", "components", "lib", "db", "public"];
const SOURCE_FILES = ["next.config.ts", "package.json", "package-lock.json", "tsconfig.json", "postcss.config.mjs", "proxy.ts", "instrumentation.ts"];

function newestMtime(entry: string): number {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(entry);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const child of fs.readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

/** Why a build is needed, or null when .next is up to date. */
export function buildReason(force: boolean): string | null {
  if (force) return "--build";
  const buildId = path.join(".next", "BUILD_ID");
  if (!fs.existsSync(buildId)) return ".next/BUILD_ID is missing";
  const built = fs.statSync(buildId).mtimeMs;
  const sources = Math.max(...[...SOURCE_DIRS, ...SOURCE_FILES].map(newestMtime));
  return sources > built ? "sources are newer than .next/BUILD_ID" : null;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    child.on("error", reject);
    child.on("exit", (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} failed (${signal ?? `exit ${code}`})`)),
    );
  });
}

/** `next build`, which never needs the database (stack-notes §2). Returns its duration in seconds. */
export async function build(): Promise<number> {
  const started = performance.now();
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production" };
  delete env.DATABASE_URL;
  delete env.REDIS_URL;
  await run(NEXT, ["build"], env);
  return (performance.now() - started) / 1000;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** A port this run may use: `preferred` when free, else any free one. */
export async function portNear(preferred: number | undefined): Promise<number> {
  if (preferred === undefined) return freePort();
  const free = await new Promise<boolean>((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(preferred, "127.0.0.1", () => server.close(() => resolve(true)));
  });
  return free ? preferred : freePort();
}

export interface RunningServer {
  baseUrl: string;
  pid: number;
  /** The last lines the server printed, for a failure report. */
  log(): string;
  /** How the server ended (e.g. "signal SIGTERM", "exit 1"), or null while it runs. */
  ended(): string | null;
  stop(): Promise<void>;
}

/**
 * A child process whose output is kept (last 40 lines), and whose end is reported when it was not
 * asked for. `ready` is polled until it answers true (at most `timeoutMs`).
 */
export async function startChild(
  name: string,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  baseUrl: string,
  ready: () => Promise<boolean>,
  timeoutMs = 90_000,
): Promise<RunningServer> {
  const child: ChildProcess = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"] });
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString().split("\n").filter(Boolean));
    lines.splice(0, Math.max(0, lines.length - 40));
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  let exited = false;
  let how: string | null = null;
  let stopping = false;
  const exit = new Promise<void>((resolve) =>
    child.on("exit", (code, signal) => {
      exited = true;
      how = signal ? `signal ${signal}` : `exit ${code}`;
      if (!stopping) console.error(`\n${name} (pid ${child.pid}) ended unexpectedly: ${how}`);
      resolve();
    }),
  );
  if (child.pid === undefined) throw new Error(`${name} did not start`);
  const server: RunningServer = {
    baseUrl,
    pid: child.pid,
    log: () => lines.join("\n"),
    ended: () => how,
    async stop() {
      if (exited) return;
      stopping = true;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exit;
      clearTimeout(timer);
    },
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`${name} exited:\n${server.log()}`);
    if (await ready().catch(() => false)) return server;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await server.stop();
  throw new Error(`${name} did not answer within ${timeoutMs / 1000} s:\n${server.log()}`);
}

/** True once `url` answers anything but a 5xx. */
export async function answers(url: string): Promise<boolean> {
  const response = await fetch(url, { signal: AbortSignal.timeout(5_000), redirect: "manual" });
  await response.arrayBuffer();
  return response.status < 500;
}

/**
 * The portal alone, as `npm start` runs it: one `next start` on `databaseUrl`, no Redis (each
 * process its own memory cache). The process title is fixed (bench/process-title.cjs) so that a
 * broad `pkill -f next-server` by someone else on a shared machine does not end a run midway.
 */
export async function startPortal(databaseUrl: string, port: number): Promise<RunningServer> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    SEED_DEMO: "0",
    NEXTAUTH_SECRET: randomBytes(24).toString("hex"),
    NODE_ENV: "production",
    NODE_OPTIONS: [process.env.NODE_OPTIONS, `--require ${JSON.stringify(path.resolve("bench", "process-title.cjs"))}`]
      .filter(Boolean)
      .join(" "),
  };
  delete env.PGLITE_DIR;
  delete env.REDIS_URL;
  const baseUrl = `http://127.0.0.1:${port}`;
  return startChild("the portal (next start)", path.resolve(NEXT), ["start", "-H", "127.0.0.1", "-p", String(port)], env, baseUrl, () =>
    answers(`${baseUrl}/about`),
  );
}

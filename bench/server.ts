/**
 * Builds the portal when the build is missing or older than the sources, and runs the portal's
 * server (server.ts, as `npm start` does) directly with node, not through npm, whose wrapper
 * would orphan the server when killed (stack-notes §9).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

const NEXT = path.join("node_modules", ".bin", "next");
const SOURCE_DIRS = ["app", "components", "lib", "db", "public"];
const SOURCE_FILES = ["next.config.ts", "package.json", "package-lock.json", "tsconfig.json", "postcss.config.mjs", "proxy.ts", "instrumentation.ts", "server.ts"];

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

export interface RunningServer {
  baseUrl: string;
  pid: number;
  /** The last lines the server printed, for a failure report. */
  log(): string;
  /** How the server ended (e.g. "signal SIGTERM", "exit 1"), or null while it runs. */
  ended(): string | null;
  stop(): Promise<void>;
}

export async function startServer(databaseUrl: string): Promise<RunningServer> {
  const port = await freePort();
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
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "server.ts", "-H", "127.0.0.1", "-p", String(port)], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
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
      if (!stopping) console.error(`\nThe server (pid ${child.pid}) ended unexpectedly: ${how}`);
      resolve();
    }),
  );
  if (child.pid === undefined) throw new Error("the portal server did not start");
  const baseUrl = `http://127.0.0.1:${port}`;
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

  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`the portal server exited:\n${server.log()}`);
    try {
      const response = await fetch(`${baseUrl}/about`, { signal: AbortSignal.timeout(5_000) });
      await response.arrayBuffer();
      if (response.status < 500) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await server.stop();
  throw new Error(`the portal server did not answer within 90 s:\n${server.log()}`);
}

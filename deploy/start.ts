/**
 * `npm start`: builds the portal when there is no build or its sources have changed since the
 * last one (deploy/build-inputs.ts), then runs `next start` with the arguments given.
 *
 *     npm start                     # http://localhost:3000, or $PORT
 *     npm start -- -H 127.0.0.1 -p 3001
 *
 * Here, not in db/ or lib/, because it is how the portal is deployed and started, beside
 * deploy/nginx.conf; it is no part of the app and not built into it. Without DATABASE_URL the
 * server opens, migrates and seeds the embedded database at start (instrumentation.ts).
 * Instances behind a load balancer may run `next start` directly after one `next build` of the
 * release; this only saves a newcomer and a single server from rebuilding on every start.
 */
import { spawn, spawnSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { decideBuild, hashBuildInputs, readBuildId, readStamp, writeStamp } from "./build-inputs";

const root = process.cwd();
// Next's own entry point, run by this Node: no npm or shell in between to orphan the server.
const next = path.join(root, "node_modules", "next", "dist", "bin", "next");

function build(): void {
  const started = Date.now();
  const inputs = hashBuildInputs(root);
  const decision = decideBuild({ buildId: readBuildId(root), stamp: readStamp(root), inputs });
  if (!decision.build) {
    console.log(`构建是最新的，直接启动 (build is current, ${Date.now() - started} ms)`);
    return;
  }
  console.log(`构建门户：${decision.reason}`);
  const result = spawnSync(process.execPath, [next, "build"], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
  const buildId = readBuildId(root);
  if (!buildId) throw new Error("next build 未产生 .next/BUILD_ID");
  // The inputs as hashed before the build: a file changed during it makes the next start rebuild.
  writeStamp(root, { buildId, inputs });
}

build();
const server = spawn(process.execPath, [next, "start", ...process.argv.slice(2)], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? 128 + (signal ? os.constants.signals[signal] : 1)));

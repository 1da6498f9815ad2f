/**
 * Whether `npm start` must build first (deploy/start.ts): when there is no build, or when the
 * files a build is made from have changed since the last successful one. Those files are hashed
 * (path and content); the hash is recorded in .next with the build's id once `next build` succeeds.
 *
 * The inputs are every file of the project except what cannot change `next build`'s output —
 * a list of exclusions rather than of inclusions, so that a new top-level folder the app imports
 * (messages/, i18n/, public/) counts without anyone remembering to add it: a needless rebuild costs
 * half a minute, a stale build serves yesterday's code. Not git's list either: a download without
 * git must work, and a new file not yet committed is still part of the build.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** Top-level folders that are not built into the app: tools, tests, docs, generated state. */
const NOT_BUILT_FOLDERS = new Set(["node_modules", "e2e", "docs", "bench", "deploy", "test-results", "playwright-report", "blob-report"]);
/** Top-level files that configure tools other than `next build`, or that builds and type checks write. */
const NOT_BUILT_FILES = new Set([
  "README.md",
  "next-env.d.ts",
  "playwright.config.ts",
  "vitest.config.mts",
  "eslint.config.mjs",
  "drizzle.config.ts",
]);

/** Whether a file (path relative to the project, `/`-separated) can change what `next build` makes. */
export function isBuildInput(file: string, isDirectory = false): boolean {
  const [top, ...rest] = file.split("/");
  if (!top) return false;
  if (rest.length === 0 && !isDirectory) {
    // Dot-files such as .env.production are inputs; git's own files and tsc's incremental state are not.
    return !NOT_BUILT_FILES.has(top) && !top.startsWith(".git") && !top.endsWith(".tsbuildinfo") && !top.endsWith(".md");
  }
  // Hidden folders: .git, .next (the build itself), .data (the embedded database), .ci.
  if (top.startsWith(".") || NOT_BUILT_FOLDERS.has(top)) return false;
  return isDirectory || !/\.(test|spec)\.[cm]?[jt]sx?$/.test(file);
}

/** The build inputs under `root`, relative and sorted (the same order on every machine). */
export function listBuildInputs(root: string): string[] {
  const found: string[] = [];
  const walk = (relative: string) => {
    for (const entry of fs.readdirSync(path.join(root, relative), { withFileTypes: true })) {
      const file = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (isBuildInput(file, true)) walk(file);
      } else if (entry.isFile() && isBuildInput(file)) {
        found.push(file);
      }
    }
  };
  walk("");
  return found.sort();
}

/** One hash of every build input's path and content. */
export function hashBuildInputs(root: string): string {
  const hash = createHash("sha256");
  for (const file of listBuildInputs(root)) {
    hash.update(file).update("\0").update(fs.readFileSync(path.join(root, file))).update("\0");
  }
  return hash.digest("hex");
}

/** What was recorded after the last successful `npm start` build. */
export interface BuildStamp {
  /** The build it describes (.next/BUILD_ID): a build made since by a bare `next build` is not it. */
  buildId: string;
  inputs: string;
}

export type BuildDecision = { build: false } | { build: true; reason: string };

/**
 * Build when there is no build, when nothing records what it was built from, when it is not the
 * build the record describes, or when the inputs have changed since.
 */
export function decideBuild(current: { buildId: string | null; stamp: BuildStamp | null; inputs: string }): BuildDecision {
  if (!current.buildId) return { build: true, reason: "尚无构建 (no build yet)" };
  if (!current.stamp) return { build: true, reason: "构建来源不明 (the build's inputs were not recorded)" };
  if (current.stamp.buildId !== current.buildId) return { build: true, reason: "构建已被替换 (the build is not the recorded one)" };
  if (current.stamp.inputs !== current.inputs) return { build: true, reason: "源文件已更改 (the sources changed)" };
  return { build: false };
}

const STAMP = path.join(".next", "portal-build-inputs.json");

export function readBuildId(root: string): string | null {
  try {
    return fs.readFileSync(path.join(root, ".next", "BUILD_ID"), "utf8").trim() || null;
  } catch {
    return null;
  }
}

export function readStamp(root: string): BuildStamp | null {
  try {
    const stamp = JSON.parse(fs.readFileSync(path.join(root, STAMP), "utf8")) as Partial<BuildStamp>;
    return typeof stamp.buildId === "string" && typeof stamp.inputs === "string" ? { buildId: stamp.buildId, inputs: stamp.inputs } : null;
  } catch {
    return null;
  }
}

export function writeStamp(root: string, stamp: BuildStamp): void {
  fs.writeFileSync(path.join(root, STAMP), `${JSON.stringify(stamp)}\n`);
}

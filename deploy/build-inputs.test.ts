import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { decideBuild, hashBuildInputs, isBuildInput, listBuildInputs, readBuildId, readStamp, writeStamp } from "./build-inputs";

describe("isBuildInput", () => {
  it("counts the app's sources, configuration and lockfile, and any new top-level folder", () => {
    for (const file of [
      "app/(public)/page.tsx",
      "components/ui/button.tsx",
      "lib/env.ts",
      "lib/csp-cache-handler.mjs",
      "db/seed/demo.ts",
      "db/migrations/0000_foundation.sql",
      "proxy.ts",
      "instrumentation.ts",
      "next.config.ts",
      "package.json",
      "package-lock.json",
      "tsconfig.json",
      "postcss.config.mjs",
      ".env.production",
      "public/favicon.ico",
      "messages/en.json",
    ]) {
      expect(isBuildInput(file), file).toBe(true);
    }
  });

  it("leaves out tests, tools, docs and what builds and type checks write", () => {
    for (const file of [
      "lib/money.test.ts",
      "components/editor/grid.test.tsx",
      "e2e/health.spec.ts",
      "docs/benchmarks.md",
      "README.md",
      "bench/run.ts",
      "deploy/start.ts",
      "node_modules/next/package.json",
      ".next/BUILD_ID",
      ".data/pglite/PG_VERSION",
      ".git/HEAD",
      ".git",
      ".gitignore",
      "next-env.d.ts",
      "tsconfig.tsbuildinfo",
      "playwright.config.ts",
      "vitest.config.mts",
      "eslint.config.mjs",
      "drizzle.config.ts",
    ]) {
      expect(isBuildInput(file), file).toBe(false);
    }
  });
});

describe("the build's inputs in a project folder", () => {
  let root: string;
  const write = (file: string, content: string) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), content);
  };

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "portal-build-inputs-"));
    write("app/page.tsx", "export default function Page() { return null; }");
    write("lib/money.ts", "export const wan = 10000;");
    write("lib/money.test.ts", "test");
    write("package-lock.json", "{}");
    write("e2e/home.spec.ts", "spec");
    write(".next/BUILD_ID", "abc");
    write("node_modules/x/index.js", "x");
  });

  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it("lists the sources only, sorted", () => {
    expect(listBuildInputs(root)).toEqual(["app/page.tsx", "lib/money.ts", "package-lock.json"]);
  });

  it("hashes to something new when a source changes, is added or renamed — not when a test, a spec or the build changes", () => {
    const first = hashBuildInputs(root);
    expect(hashBuildInputs(root)).toBe(first);
    write("lib/money.test.ts", "another test");
    write("e2e/home.spec.ts", "another spec");
    write(".next/BUILD_ID", "def");
    expect(hashBuildInputs(root)).toBe(first);

    write("lib/money.ts", "export const wan = 10_000;");
    const edited = hashBuildInputs(root);
    expect(edited).not.toBe(first);
    write("lib/years.ts", "export {};");
    const added = hashBuildInputs(root);
    expect(added).not.toBe(edited);
    fs.renameSync(path.join(root, "lib/years.ts"), path.join(root, "lib/year.ts"));
    expect(hashBuildInputs(root)).not.toBe(added);
  });

  it("reads the build id and keeps the stamp in .next", () => {
    expect(readBuildId(root)).toBe("abc");
    expect(readStamp(root)).toBeNull();
    writeStamp(root, { buildId: "abc", inputs: "h" });
    expect(readStamp(root)).toEqual({ buildId: "abc", inputs: "h" });
    write(".next/portal-build-inputs.json", "not json");
    expect(readStamp(root)).toBeNull();
  });
});

describe("decideBuild", () => {
  const stamp = { buildId: "b1", inputs: "h1" };

  it("starts the existing build when it is the recorded one and the inputs are the same", () => {
    expect(decideBuild({ buildId: "b1", stamp, inputs: "h1" })).toEqual({ build: false });
  });

  it("builds when there is no build, no record, another build, or changed inputs", () => {
    expect(decideBuild({ buildId: null, stamp, inputs: "h1" })).toMatchObject({ build: true, reason: expect.stringMatching(/no build/) });
    expect(decideBuild({ buildId: "b1", stamp: null, inputs: "h1" })).toMatchObject({ build: true, reason: expect.stringMatching(/not recorded/) });
    expect(decideBuild({ buildId: "b2", stamp, inputs: "h1" })).toMatchObject({ build: true, reason: expect.stringMatching(/not the recorded/) });
    expect(decideBuild({ buildId: "b1", stamp, inputs: "h2" })).toMatchObject({ build: true, reason: expect.stringMatching(/sources changed/) });
  });
});

/**
 * The house rule of layers, read from the source: app/ (routes) → components/ (UI) → lib/ (domain)
 * ← db/ (data). lib/ and db/ never import components/ or app/; components/ never import app/.
 * Every file counts, tests included: a test that needs a route's command lives beside the route.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "..");
const SOURCE = /\.(ts|tsx|mts|mjs|js)$/;

function filesUnder(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" || entry.name.startsWith(".") ? [] : filesUnder(rel);
    return SOURCE.test(entry.name) ? [rel] : [];
  });
}

/** Every module specifier of a file: static and type imports, re-exports, import() and require(). */
export function importSpecifiers(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?[^'"`;]*?\bfrom\s*["']([^"']+)["']/g,
    /\bimport\s*["']([^"']+)["']/g,
    /\b(?:import|require)\s*\(\s*["']([^"']+)["']\s*\)/g,
  ];
  return patterns.flatMap((re) => [...code.matchAll(re)].map((m) => m[1]!));
}

/** The top-level folder a specifier of `file` points into, or null for a package. */
export function layerOf(file: string, specifier: string): string | null {
  let target: string;
  if (specifier.startsWith("@/")) target = specifier.slice(2);
  else if (specifier.startsWith(".")) target = path.normalize(path.join(path.dirname(file), specifier));
  else return null;
  return target.split(/[\\/]/)[0] ?? null;
}

const FORBIDDEN: Readonly<Record<string, readonly string[]>> = {
  lib: ["components", "app"],
  db: ["components", "app"],
  components: ["app"],
};

describe("layers", () => {
  it("reads every kind of import a file can make", () => {
    const source = [
      'import { a } from "@/app/x";',
      "import type { B } from '../components/y';",
      'export { c } from "../../app/z";',
      'import "./side-effect";',
      'const d = await import("@/components/lazy");',
      '// import { e } from "@/app/commented";',
    ].join("\n");
    expect(importSpecifiers(source)).toEqual(["@/app/x", "../components/y", "../../app/z", "./side-effect", "@/components/lazy"]);
    expect(layerOf("lib/disclosure/x.ts", "../../components/y")).toBe("components");
    expect(layerOf("lib/x.ts", "./money")).toBe("lib");
    expect(layerOf("db/x.ts", "@/app/(workspace)/admin/admin-commands")).toBe("app");
    expect(layerOf("lib/x.ts", "zod")).toBeNull();
  });

  it("lib/ and db/ import neither components/ nor app/, and components/ does not import app/", () => {
    const breaches: string[] = [];
    for (const [layer, forbidden] of Object.entries(FORBIDDEN)) {
      // This file's own examples of breaches are strings, not imports.
      for (const file of filesUnder(layer).filter((f) => f !== path.join("lib", "layers.test.ts"))) {
        for (const specifier of importSpecifiers(readFileSync(path.join(ROOT, file), "utf8"))) {
          const target = layerOf(file, specifier);
          if (target !== null && forbidden.includes(target)) breaches.push(`${file} → ${specifier}`);
        }
      }
    }
    expect(breaches).toEqual([]);
  });
});

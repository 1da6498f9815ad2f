/**
 * The house rule of layers, read from the source: app/ (routes) → components/ (UI) → lib/ (domain)
 * ← db/ (data). lib/ and db/ never import components/ or app/; components/ never import app/.
 * Every file counts, tests included: a test that needs a route's command lives beside the route.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { filesUnder, importSpecifiers, layerOf, ROOT } from "./source-imports";

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

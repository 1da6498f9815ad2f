/**
 * What the browser is sent: a "use client" module ships with everything it imports at run time.
 * The public pages' client modules must not reach the label dictionaries (components/public/labels.ts),
 * the code lists (lib/classification), the document schema (lib/disclosure/schema*.ts) or zod (any
 * module that imports it: /compare's department picker once shipped it by reading the address
 * state) — directly or through another module. Type-only imports are erased and do not count.
 * The editor is the one exception by design: it validates the document in the browser.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { filesUnder, isClientModule, resolveImport, ROOT, runtimeClosure, runtimeImportSpecifiers } from "./source-imports";

const importsZod = (f: string) =>
  runtimeImportSpecifiers(readFileSync(path.join(ROOT, f), "utf8")).some((s) => s === "zod" || s.startsWith("zod/"));
const HEAVY = [
  (f: string) => f === path.join("components", "public", "labels.ts"),
  (f: string) => f.startsWith(path.join("lib", "classification") + path.sep) || /^lib[\\/]classification\.tsx?$/.test(f),
  (f: string) => /^lib[\\/]disclosure[\\/]schema[^\\/]*\.ts$/.test(f),
  importsZod,
];
/** The workspace editor: its client modules validate and derive figures in the browser on purpose. */
const EXEMPT = [path.join("components", "editor") + path.sep, path.join("app", "(workspace)", "edit") + path.sep];

describe("client bundles", () => {
  it("reads runtime imports only: type-only imports and re-exports are left out", () => {
    const source = [
      'import type { A } from "./a";',
      'import { type B, type C } from "./b";',
      'import { type D, e } from "./d";',
      'import F from "./f";',
      'export type { G } from "./g";',
      'export { h } from "./h";',
      'import "./side";',
      'const i = await import("./lazy");',
    ].join("\n");
    expect(runtimeImportSpecifiers(source).sort()).toEqual(["./d", "./f", "./h", "./lazy", "./side"]);
  });

  it("no public client module reaches the labels, the code lists, the document schema or zod", () => {
    const clientModules = ["app", "components", "lib"]
      .flatMap(filesUnder)
      .filter((f) => !/\.test\.tsx?$/.test(f) && !EXEMPT.some((e) => f.startsWith(e)) && isClientModule(f));
    expect(clientModules.length).toBeGreaterThan(10);
    const breaches = clientModules.flatMap((file) =>
      [...runtimeClosure(file)].filter(([reached]) => HEAVY.some((heavy) => heavy(reached))).map(([, chain]) => chain.join(" → ")),
    );
    expect(breaches).toEqual([]);
  });

  it("would see the breach this test exists for: the editor reaches the schema through a chain", () => {
    const closure = runtimeClosure(path.join("components", "editor", "draft-editor.tsx"));
    expect([...closure.keys()].some((f) => HEAVY[2]!(f))).toBe(true);
    expect([...closure.keys()].some(importsZod)).toBe(true);
  });

  it("the comparison's department picker builds its addresses without zod (lib/compare/address.ts)", () => {
    const closure = runtimeClosure(path.join("components", "compare", "department-search-field.tsx"));
    expect(closure.has(path.join("lib", "compare", "address.ts"))).toBe(true);
    expect([...closure.keys()].filter(importsZod)).toEqual([]);
  });

  it("every module the browser runs that builds zod schemas sets zod's jitless mode first (lib/zod-csp.ts)", () => {
    // Otherwise zod probes for eval when it builds a schema, and the Content Security Policy reports it.
    const zodCsp = path.join("lib", "zod-csp.ts");
    const reached = new Set(
      ["app", "components", "lib"]
        .flatMap(filesUnder)
        .filter((f) => !/\.test\.tsx?$/.test(f) && isClientModule(f))
        .flatMap((file) => [...runtimeClosure(file).keys()]),
    );
    expect(reached.size).toBeGreaterThan(10);
    const missing = [...reached].filter((file) => {
      if (file === zodCsp) return false;
      const specifiers = runtimeImportSpecifiers(readFileSync(path.join(ROOT, file), "utf8"));
      return specifiers.includes("zod") && !specifiers.some((s) => resolveImport(file, s) === zodCsp);
    });
    expect(missing).toEqual([]);
  });
});

/**
 * The import graph of the portal's own source, read from the files (for the tests that guard the
 * layers and what ships to the browser). No bundler: specifiers are found by pattern, comments
 * stripped first, and resolved the way tsconfig's paths ("@/…") and Node's extensions do.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(__dirname, "..");
const SOURCE = /\.(ts|tsx|mts|mjs|js)$/;

function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
}

/** Every source file under a top-level folder, as a path relative to the repository. */
export function filesUnder(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" || entry.name.startsWith(".") ? [] : filesUnder(rel);
    return SOURCE.test(entry.name) ? [rel] : [];
  });
}

/** Every module specifier of a file: static and type imports, re-exports, import() and require(). */
export function importSpecifiers(source: string): string[] {
  const code = withoutComments(source);
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?[^'"`;]*?\bfrom\s*["']([^"']+)["']/g,
    /\bimport\s*["']([^"']+)["']/g,
    /\b(?:import|require)\s*\(\s*["']([^"']+)["']\s*\)/g,
  ];
  return patterns.flatMap((re) => [...code.matchAll(re)].map((m) => m[1]!));
}

/**
 * The specifiers whose code a bundle takes in: type-only imports and re-exports (`import type`,
 * or braces holding nothing but `type` names) are erased by the compiler and left out.
 */
export function runtimeImportSpecifiers(source: string): string[] {
  const code = withoutComments(source);
  const fromClauses = [...code.matchAll(/\b(import|export)\s+(type\s+)?([^'"`;]*?)\bfrom\s*["']([^"']+)["']/g)]
    .filter(([, , typeOnly, clause]) => {
      if (typeOnly) return false;
      const braces = /^\{([^}]*)\}\s*$/.exec(clause!.trim());
      if (!braces) return true; // a default, namespace or `*` import
      const names = braces[1]!.split(",").map((n) => n.trim()).filter(Boolean);
      return names.length === 0 || names.some((n) => !n.startsWith("type "));
    })
    .map((m) => m[4]!);
  const others = [/\bimport\s*["']([^"']+)["']/g, /\b(?:import|require)\s*\(\s*["']([^"']+)["']\s*\)/g].flatMap((re) =>
    [...code.matchAll(re)].map((m) => m[1]!),
  );
  return [...fromClauses, ...others];
}

/** The top-level folder a specifier of `file` points into, or null for a package. */
export function layerOf(file: string, specifier: string): string | null {
  const target = targetPath(file, specifier);
  return target === null ? null : (target.split(/[\\/]/)[0] ?? null);
}

function targetPath(file: string, specifier: string): string | null {
  if (specifier.startsWith("@/")) return specifier.slice(2);
  if (specifier.startsWith(".")) return path.normalize(path.join(path.dirname(file), specifier));
  return null;
}

const EXTENSIONS = ["", ".ts", ".tsx", ".mts", ".mjs", ".js", "/index.ts", "/index.tsx"];

/** The repository file a specifier of `file` loads, or null for a package (or a file not found). */
export function resolveImport(file: string, specifier: string): string | null {
  const target = targetPath(file, specifier);
  if (target === null) return null;
  for (const ext of EXTENSIONS) {
    const candidate = target + ext;
    const full = path.join(ROOT, candidate);
    if (existsSync(full) && statSync(full).isFile()) return candidate;
  }
  return null;
}

function directive(file: string, name: string): boolean {
  return new RegExp(`^\\s*["']${name}["']`).test(withoutComments(readFileSync(path.join(ROOT, file), "utf8")));
}

export function isClientModule(file: string): boolean {
  return directive(file, "use client");
}

/**
 * Every repository file `file` pulls into a bundle, itself included, each with the chain of
 * imports that reaches it (for a readable failure). A "use server" module is not followed: the
 * browser gets a reference to each of its actions, not its code.
 */
export function runtimeClosure(file: string): Map<string, string[]> {
  const reached = new Map<string, string[]>([[file, [file]]]);
  const queue = [file];
  while (queue.length > 0) {
    const current = queue.shift()!;
    for (const specifier of runtimeImportSpecifiers(readFileSync(path.join(ROOT, current), "utf8"))) {
      const target = resolveImport(current, specifier);
      if (target === null || reached.has(target)) continue;
      reached.set(target, [...reached.get(current)!, target]);
      if (SOURCE.test(target) && !directive(target, "use server")) queue.push(target);
    }
  }
  return reached;
}

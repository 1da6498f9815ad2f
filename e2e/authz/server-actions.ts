/**
 * Calling the portal's server actions over HTTP the way the browser does, so the authorization
 * matrix can hit every action as every persona — not only what the UI happens to show them.
 */
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import type { APIRequestContext } from "@playwright/test";

const require = createRequire(__filename);
// React's own encoder for action arguments, as shipped inside Next.
const { encodeReply } = require("next/dist/compiled/react-server-dom-turbopack/client.edge") as {
  encodeReply(value: unknown[]): Promise<string | FormData>;
};

const ROOT = path.resolve(__dirname, "..", "..");

export interface ActionRef {
  id: string;
  /** Source file relative to the project, e.g. "app/(workspace)/edit/actions.ts". */
  file: string;
  name: string;
  /** A page path whose bundle holds the action (the POST goes there). */
  pagePath: string;
}

function pagePathOf(worker: string): string {
  // "app/(workspace)/edit/[versionId]/page" → "/edit/1"
  const segments = worker
    .replace(/^app\//, "")
    .replace(/\/page$/, "")
    .split("/")
    .filter((s) => s && !/^\(.*\)$/.test(s))
    .map((s) => (/^\[.*\]$/.test(s) ? "1" : s));
  return `/${segments.join("/")}`;
}

/** Every server action the built app can run (from Next's server-reference manifest). */
export function builtActions(): ActionRef[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => ({
    id,
    file: entry.filename,
    name: entry.exportedName,
    pagePath: pagePathOf(Object.keys(entry.workers)[0] ?? "app/page"),
  }));
}

/** Every route handler of the built app, e.g. "/(workspace)/edit/[versionId]/workbook/route". */
export function builtRoutes(): string[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, ".next/server/app-paths-manifest.json"), "utf8")) as Record<string, string>;
  return Object.keys(manifest).filter((route) => route.endsWith("/route"));
}

/** Every exported action in the source ("use server" files), so an unused one is not missed either. */
export function sourceActions(): { file: string; name: string }[] {
  const out: { file: string; name: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      const rel = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(rel);
      else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith(".test.ts")) {
        const text = fs.readFileSync(path.join(ROOT, rel), "utf8");
        if (!/^\s*["']use server["']/.test(text)) continue;
        for (const match of text.matchAll(/export\s+async\s+function\s+(\w+)/g)) out.push({ file: rel, name: match[1]! });
      }
    }
  };
  walk("app");
  return out;
}

export type ActionOutcome = { redirect: string } | { value: unknown };

/** Runs an action with `args` as the session of `request`; returns its result or its redirect. */
export async function callAction(request: APIRequestContext, action: ActionRef, args: unknown[]): Promise<ActionOutcome> {
  const body = await encodeReply(args);
  const response = await request.post(action.pagePath, {
    headers: { "Next-Action": action.id, Accept: "text/x-component", ...(typeof body === "string" ? { "Content-Type": "text/plain;charset=UTF-8" } : {}) },
    ...(typeof body === "string" ? { data: body } : { multipart: body }),
    maxRedirects: 0,
  });
  const redirect = response.headers()["x-action-redirect"];
  if (redirect) return { redirect: redirect.split(";")[0]! };
  const text = await response.text();
  if (response.status() !== 200) throw new Error(`${action.name}: HTTP ${response.status()} ${text.slice(0, 300)}`);
  // The flight payload: row 0 points at the result row ("a":"$@1"); that row is plain JSON here.
  const rows = new Map(text.split("\n").filter(Boolean).map((line) => [line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 1)]));
  const pointer = /"a":"\$@(\w+)"/.exec(rows.get("0") ?? "")?.[1];
  if (!pointer || !rows.has(pointer)) throw new Error(`${action.name}: unexpected response ${text.slice(0, 300)}`);
  return { value: JSON.parse(rows.get(pointer)!) };
}

/** Posts `args` to an action as React encodes them and hands back the raw response (status and all). */
export async function postAction(request: APIRequestContext, action: ActionRef, args: unknown[], headers: Record<string, string> = {}) {
  const body = await encodeReply(args);
  return request.post(action.pagePath, {
    headers: { "Next-Action": action.id, Accept: "text/x-component", ...(typeof body === "string" ? { "Content-Type": "text/plain;charset=UTF-8" } : {}), ...headers },
    ...(typeof body === "string" ? { data: body } : { multipart: body }),
    maxRedirects: 0,
  });
}

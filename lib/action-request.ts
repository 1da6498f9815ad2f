/**
 * Server-action requests that Next would answer with a 500, answered here (from proxy.ts) with a
 * 4xx and a Chinese message before Next decodes them. Found in Next 16's action handler
 * (next/dist/server/app-render/action-handler.js):
 * - an Origin that does not match the host (or that is not a URL) is "Invalid Server Actions
 *   request" with status 500, or a thrown error for a form post;
 * - a body over `serverActions.bodySizeLimit` throws ApiError(413), which the handler turns into
 *   500 (its own TODO says so);
 * - a body React cannot decode (decodeReply / decodeReplyFromBusboy / decodeAction: a multipart
 *   body that does not parse, a row that is not JSON, a reference to a row that was not sent, a
 *   bigint of more than 300 digits, an array of more than 10⁶ slots, arguments that are not a
 *   list) throws, and every throw becomes a 500.
 * Next offers no hook to map these to a 4xx, so the request's shape is checked here, mirroring
 * what React's reply decoder (react-server-dom-*-server: parseModelString) accepts. What passes
 * is decoded by React as before; the actions then zod-parse what they get (lib/action-input.ts).
 */
import { SERVER_ACTION_BODY_LIMIT_BYTES } from "./excel/limits";

export const CROSS_SITE = "跨站请求被拒绝：请在本站页面上操作。";
export const TOO_LARGE = `请求过大（上限 ${SERVER_ACTION_BODY_LIMIT_BYTES / 1024 / 1024} MB）。`;
export const MALFORMED = "请求格式无效。";

/** React's limits when decoding a reply (createResponse's arraySizeLimit; Next's argument limit). */
const ARRAY_SLOTS = 1_000_000;
const MAX_ARGUMENTS = 1000;
const MAX_DEPTH = 256;

function refuse(status: number, message: string): Response {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

/** The host Next compares the Origin with: the first X-Forwarded-Host, else Host. */
function requestHost(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  return forwarded || headers.get("host");
}

function originMatches(headers: Headers): boolean {
  const origin = headers.get("origin");
  if (origin === null) return true; // not a browser's cross-site request (Next lets it through too)
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false;
  }
  return origin !== "null" && host !== "" && host === requestHost(headers);
}

type Rows = Map<string, string | Blob>;

interface Walk {
  rows: Rows;
  /** Rows referenced and still to be checked. */
  pending: string[];
  seen: Set<string>;
}

const HEX = /^[0-9a-f]+$/;

/** The row an outlined reference names ("1", "1:key:0" → "1"), if it is one React can find. */
function referencedRow(walk: Walk, reference: string, json: boolean): boolean {
  const id = reference.split(":")[0] ?? "";
  if (!HEX.test(id)) return false;
  const key = String(parseInt(id, 16));
  const row = walk.rows.get(key);
  if (row === undefined || (json && typeof row !== "string")) return false;
  if (json && !walk.seen.has(key)) {
    walk.seen.add(key);
    walk.pending.push(key);
  }
  return true;
}

/** Whether React's parseModelString decodes `value` without throwing or waiting forever. */
function stringOk(walk: Walk, value: string): boolean {
  if (value[0] !== "$") return true;
  const rest = value.slice(2);
  switch (value[1]) {
    case "$":
    case "D":
    case "I":
    case "N":
    case "u":
    case "-":
      return true;
    case "K":
      return HEX.test(rest);
    case "n":
      return /^-?\d{1,300}$/.test(rest);
    case "B":
      return HEX.test(rest) && walk.rows.get(String(parseInt(rest, 16))) instanceof Blob;
    case "@":
    case "Q":
    case "W":
    case "i":
      return referencedRow(walk, rest, true);
    default:
      // "$1" or "$1:path": an outlined model. Letters not handled above (server references "$h",
      // temporary references "$T", streams "$R" "$X", typed arrays "$A"…) are never sent by the
      // portal's forms and editor, and each can make React throw.
      return /^[0-9a-f]/.test(value.slice(1)) && referencedRow(walk, value.slice(1), true);
  }
}

/** Walks a decoded row as React's reviveModel does, counting array slots the same way. */
function modelOk(walk: Walk, value: unknown, depth: number, slots: { count: number; fork: boolean } | null): boolean {
  if (depth > MAX_DEPTH) return false;
  if (typeof value === "string") {
    if (slots) slots.count += value.length;
    return stringOk(walk, value) && !(slots && slots.fork && slots.count > ARRAY_SLOTS);
  }
  if (typeof value !== "object" || value === null) return true;
  if (Array.isArray(value)) {
    const context = slots ?? { count: 0, fork: false };
    if (value.length > 1) context.fork = true;
    context.count += value.length + 1;
    if (context.fork && context.count > ARRAY_SLOTS) return false;
    return value.every((item) => modelOk(walk, item, depth + 1, context));
  }
  return Object.values(value).every((item) => modelOk(walk, item, depth + 1, null));
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** A reply (the rows of an encoded argument list): root "0" a list of arguments, every reference found. */
function replyOk(rows: Rows): boolean {
  const root = rows.get("0");
  if (typeof root !== "string") return false;
  const parsed = parseJson(root);
  if (!parsed.ok || !Array.isArray(parsed.value) || parsed.value.length > MAX_ARGUMENTS) return false;
  const walk: Walk = { rows, pending: [], seen: new Set(["0"]) };
  if (!modelOk(walk, parsed.value, 0, null)) return false;
  for (let key = walk.pending.pop(); key !== undefined; key = walk.pending.pop()) {
    const row = parseJson(walk.rows.get(key) as string);
    if (!row.ok || !modelOk(walk, row.value, 0, null)) return false;
  }
  return true;
}

/** The rows of a multipart reply whose fields are named `${prefix}${n}`. */
function rowsOf(form: FormData, prefix: string): Rows {
  const rows: Rows = new Map();
  for (const [name, value] of form) {
    if (name.startsWith(prefix) && /^\d+$/.test(name.slice(prefix.length))) rows.set(name.slice(prefix.length), value);
  }
  return rows;
}

/**
 * A form posted without JavaScript (no Next-Action header): React's decodeAction reads
 * `$ACTION_ID_<id>` (no bound arguments) or `$ACTION_REF_<n>` with its `$ACTION_<n>:0` row
 * ({ id, bound }) and the bound arguments as a reply prefixed `$ACTION_<n>:`.
 */
function formActionOk(form: FormData): boolean {
  for (const name of form.keys()) {
    if (!name.startsWith("$ACTION_REF_")) continue;
    const prefix = `$ACTION_${name.slice("$ACTION_REF_".length)}:`;
    const meta = form.get(`${prefix}0`);
    if (typeof meta !== "string") return false;
    const parsed = parseJson(meta);
    if (!parsed.ok || typeof parsed.value !== "object" || parsed.value === null) return false;
    const { id, bound } = parsed.value as { id?: unknown; bound?: unknown };
    if (typeof id !== "string") return false;
    if (bound === null || bound === undefined) continue;
    if (typeof bound !== "string" || !bound.startsWith("$@")) return false;
    const rows = rowsOf(form, prefix);
    const boundRow = rows.get(String(parseInt(bound.slice(2), 16)));
    if (!HEX.test(bound.slice(2)) || typeof boundRow !== "string") return false;
    rows.set("0", boundRow);
    if (!replyOk(rows)) return false;
  }
  return true;
}

/** The refusal for a POST that Next would answer with a 500, or null to let Next handle it. */
export async function refuseMalformedAction(request: Request): Promise<Response | null> {
  if (request.method !== "POST") return null;
  const isAction = request.headers.has("next-action");
  const type = request.headers.get("content-type") ?? "";
  const multipart = /^multipart\/form-data/i.test(type);
  // Next treats a POST as a possible action when it has the header or a multipart body.
  if (!isAction && !multipart) return null;
  if (!originMatches(request.headers)) return refuse(403, CROSS_SITE);
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > SERVER_ACTION_BODY_LIMIT_BYTES) return refuse(413, TOO_LARGE);
  let body: ArrayBuffer;
  try {
    body = await request.arrayBuffer();
  } catch {
    return refuse(400, MALFORMED);
  }
  if (body.byteLength > SERVER_ACTION_BODY_LIMIT_BYTES) return refuse(413, TOO_LARGE);
  // Next answers a URL-encoded action itself (404), and another type is read as a text reply.
  if (/^application\/x-www-form-urlencoded/i.test(type)) return null;
  if (!multipart) {
    if (!isAction) return null;
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(body);
    } catch {
      return refuse(400, MALFORMED);
    }
    return replyOk(new Map([["0", text]])) ? null : refuse(400, MALFORMED);
  }
  let form: FormData;
  try {
    form = await new Response(body, { headers: { "Content-Type": type } }).formData();
  } catch {
    return refuse(400, MALFORMED);
  }
  if (isAction) return replyOk(rowsOf(form, "")) ? null : refuse(400, MALFORMED);
  return formActionOk(form) ? null : refuse(400, MALFORMED);
}

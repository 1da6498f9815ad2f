import fc from "fast-check";
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { builtActions, builtRoutes, postAction, type ActionRef } from "./authz/server-actions";
import { PERSONAS, personaContexts, type Persona } from "./authz/personas";

/**
 * Bad input never gets a 5xx: malformed arguments thrown at every server action and every route
 * handler of the built app (both enumerated from Next's manifests, so a new one is covered without
 * editing this file), as every kind of caller, over real HTTP. Arguments are encoded the way React
 * encodes them (they reach the action), and raw bodies are sent that React could not decode
 * (garbage multipart, wrong content types, huge strings, nested junk, a foreign Origin).
 * That nothing changes in the database is checked where the database can be read:
 * app/(workspace)/fuzz-commands.test.ts.
 *
 * Bounded and repeatable: a fixed seed (FUZZ_SEED to vary it, printed by fast-check on failure)
 * and FUZZ_RUNS cases per action and caller.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 13_2026);
const RUNS = Number(process.env.FUZZ_RUNS ?? 5);
/**
 * The whole file stays within two minutes on a loaded machine: each property stops at the budget's
 * end (fast-check's interruptAfterTimeLimit, not counted as a failure) and the runs done are printed.
 * Unloaded, everything runs in about 40 s.
 */
const BUDGET_MS = Number(process.env.FUZZ_BUDGET_MS ?? 100_000);
const deadline = Date.now() + BUDGET_MS;
const bounded = () => ({ seed: SEED, endOnFailure: true, interruptAfterTimeLimit: Math.max(1, deadline - Date.now()), markInterruptAsFailure: false });

/** Form fields the portal's actions read: a junk value under a real name reaches more code. */
const FIELDS = [
  "versionId", "revision", "file", "departmentId", "year", "start", "section", "body", "reason", "date",
  "regionId", "code", "name", "userId", "username", "displayName", "password", "role", "departmentIds", "disabled",
];

const junkText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom("", "0", "-1", "1", "2016", "2018", "1e309", "NaN", "9007199254740993", "<script>alert(1)</script>", "'; drop table users; --", "$1", "$h0", "$B9", "$Q1", "\u0000", "%E0%A4%A"),
);
const junkBlob = fc.uint8Array({ maxLength: 256 }).map((bytes) => new Blob([bytes]));
const junkForm = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...FIELDS), fc.string({ maxLength: 12 })), fc.oneof(junkText, junkBlob)), { maxLength: 8 })
  .map((entries) => {
    const form = new FormData();
    for (const [key, value] of entries) form.append(key, value);
    return form;
  });
const junkValue = fc.oneof(
  fc.anything({ maxDepth: 3, maxKeys: 5, withMap: true, withSet: true, withDate: true, withBigInt: true, withSparseArray: true }),
  junkForm,
  fc.record({ versionId: fc.anything(), revision: fc.anything(), document: fc.anything({ maxDepth: 3 }) }, { requiredKeys: [] }),
);
const junkArgs = fc.oneof(fc.array(junkValue, { maxLength: 4 }), fc.tuple(fc.constant(null), junkForm), fc.tuple(junkForm));

/** Raw bodies React cannot decode, with the content type they are sent as. */
const BOUNDARY = "----fuzz";
const RAW: { name: string; type: string | null; body: string | Buffer }[] = [
  { name: "garbage text", type: "text/plain;charset=UTF-8", body: "garbage" },
  { name: "an object, not a list", type: "text/plain", body: '{"versionId":1}' },
  { name: "a missing row", type: "text/plain", body: '["$1"]' },
  { name: "a server reference", type: "text/plain", body: '["$h0"]' },
  { name: "a blob not sent", type: "text/plain", body: '["$B1"]' },
  { name: "a bigint of 400 digits", type: "text/plain", body: `["$n${"9".repeat(400)}"]` },
  { name: "deep nesting", type: "text/plain", body: `${"[".repeat(5000)}${"]".repeat(5000)}` },
  { name: "two million slots", type: "text/plain", body: JSON.stringify(["x".repeat(1_100_000), 1]) },
  { name: "JSON content type", type: "application/json", body: '{"a":' },
  { name: "XML", type: "application/xml", body: "<a/>" },
  { name: "no content type", type: null, body: "\u0000\u0001" },
  { name: "URL-encoded", type: "application/x-www-form-urlencoded", body: "a=1&b=%ZZ" },
  { name: "invalid UTF-8", type: "text/plain", body: Buffer.from([0x5b, 0xff, 0xfe, 0x5d]) },
  { name: "multipart without a boundary", type: "multipart/form-data", body: "--x\r\n" },
  { name: "truncated multipart", type: `multipart/form-data; boundary=${BOUNDARY}`, body: `--${BOUNDARY}\r\nContent-Disposition: form-data; name="0"\r\n\r\n[` },
  {
    name: "multipart with no root row",
    type: `multipart/form-data; boundary=${BOUNDARY}`,
    body: `--${BOUNDARY}\r\nContent-Disposition: form-data; name="1"\r\n\r\n[]\r\n--${BOUNDARY}--\r\n`,
  },
  {
    name: "multipart with a junk root",
    type: `multipart/form-data; boundary=${BOUNDARY}`,
    body: `--${BOUNDARY}\r\nContent-Disposition: form-data; name="0"\r\n\r\n{nope\r\n--${BOUNDARY}--\r\n`,
  },
  { name: "a huge string just under the limit", type: "text/plain", body: JSON.stringify(["x".repeat(5_900_000)]) },
];

function status(response: APIResponse): number {
  return response.status();
}

async function rawPost(context: APIRequestContext, path: string, headers: Record<string, string>, body: string | Buffer) {
  return context.post(path, { headers, data: body, maxRedirects: 0, failOnStatusCode: false });
}

let personas: Record<Persona, APIRequestContext>;
let actions: ActionRef[];
const started = Date.now();
const fiveHundreds: string[] = [];

const statuses = new Map<number, number>();

function record(what: string, code: number) {
  statuses.set(code, (statuses.get(code) ?? 0) + 1);
  if (code >= 500) fiveHundreds.push(`${what}: HTTP ${code}`);
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ baseURL }) => {
  personas = await personaContexts(baseURL!);
  actions = builtActions();
  expect(actions.length, "the built app has server actions").toBeGreaterThan(0);
});

test.afterAll(async () => {
  for (const context of Object.values(personas ?? {})) await context.dispose();
});

test("every server action, as every caller, answers malformed arguments without a 5xx", async () => {
  test.setTimeout(120_000);
  for (const action of actions) {
    for (const persona of PERSONAS) {
      await fc.assert(
        fc.asyncProperty(junkArgs, async (args) => {
          const code = status(await postAction(personas[persona], action, args));
          record(`${action.file}#${action.name} as ${persona} with ${fc.stringify(args).slice(0, 200)}`, code);
          return code < 500;
        }),
        { ...bounded(), numRuns: RUNS },
      );
    }
  }
  expect(fiveHundreds).toEqual([]);
  // Most junk must get past the request checks and be refused by the actions themselves (200 with
  // a typed refusal): a fuzz that only ever met the proxy's 400 would prove little.
  const total = [...statuses.values()].reduce((a, b) => a + b, 0);
  console.log(`fuzz actions: ${total} calls, statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
  expect(statuses.get(200) ?? 0).toBeGreaterThan(total / 2);
  statuses.clear();
});

test("raw bodies React cannot decode, a foreign origin and an oversized body get a 4xx", async () => {
  test.setTimeout(120_000);
  const targets = [...actions.slice(0, 2), { ...actions[0]!, id: "00".repeat(21) }, { ...actions[0]!, id: "not-an-id" }];
  for (const [n, action] of targets.entries()) {
    // The megabyte bodies go to one target only: they prove the same thing each time, slowly.
    for (const raw of RAW.filter((r) => n === 0 || r.body.length < 100_000)) {
      for (const persona of ["anonymous", "editorOwn"] as const) {
        const headers: Record<string, string> = { "Next-Action": action.id, ...(raw.type ? { "Content-Type": raw.type } : {}) };
        const code = status(await rawPost(personas[persona], action.pagePath, headers, raw.body));
        record(`${action.name} (${action.id.slice(0, 8)}) ${raw.name} as ${persona}`, code);
        expect(code, raw.name).toBeLessThan(500);
      }
    }
  }
  // A form posted without JavaScript (no Next-Action header) with broken action fields.
  for (const path of ["/", "/edit", "/admin/departments", "/login"]) {
    const multipart = `--${BOUNDARY}\r\nContent-Disposition: form-data; name="$ACTION_REF_1"\r\n\r\n\r\n--${BOUNDARY}\r\nContent-Disposition: form-data; name="$ACTION_1:0"\r\n\r\n{"id":\r\n--${BOUNDARY}--\r\n`;
    const code = status(await rawPost(personas.editorOwn, path, { "Content-Type": `multipart/form-data; boundary=${BOUNDARY}` }, multipart));
    record(`form post to ${path}`, code);
    const garbage = status(await rawPost(personas.anonymous, path, { "Content-Type": `multipart/form-data; boundary=${BOUNDARY}` }, "--nope"));
    record(`garbage form post to ${path}`, garbage);
  }
  const action = actions.find((a) => a.name === "saveDraftAction") ?? actions[0]!;
  const crossSite = await postAction(personas.editorOwn, action, [{ versionId: 1, revision: 1, document: {} }], { Origin: "http://evil.example" });
  expect(crossSite.status()).toBe(403);
  expect(await crossSite.text()).toContain("跨站请求被拒绝");
  const notAUrl = await postAction(personas.editorOwn, action, [1], { Origin: "::not a url" });
  expect(notAUrl.status()).toBe(403);
  const oversized = await rawPost(personas.editorOwn, action.pagePath, { "Next-Action": action.id, "Content-Type": "text/plain" }, JSON.stringify(["x".repeat(7 * 1024 * 1024)]));
  expect(oversized.status()).toBe(413);
  expect(await oversized.text()).toContain("请求过大");
  expect(fiveHundreds).toEqual([]);
});

/** "/(workspace)/edit/[versionId]/workbook/route" → its segments, groups dropped. */
function segmentsOf(route: string): string[] {
  return route
    .replace(/\/route$/, "")
    .split("/")
    .filter((s) => s && !/^\(.*\)$/.test(s));
}

const QUERY_KEYS = ["department", "departments", "year", "years", "format", "measure", "table", "page", "pageSize", "county", "q", "callbackUrl", "code"];
const segmentArb = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom("434", "2018", "0", "-1", "99999999999", "..", "%", "%E0%A4%A", "x.csv", "0.xml"));
const queryArb = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...QUERY_KEYS), fc.string({ maxLength: 8 })), junkText), { maxLength: 5 });

test("every route handler answers malformed paths, queries and methods without a 5xx", async () => {
  test.setTimeout(120_000);
  const routes = builtRoutes();
  expect(routes.length).toBeGreaterThan(0);
  statuses.clear();
  for (const route of routes) {
    const segments = segmentsOf(route);
    const pathArb = fc.tuple(
      // The [locale] segment as visitors spell it (/zh/… is redirected to the unprefixed address).
      fc.tuple(...segments.map((s) => s === "[locale]" ? fc.constantFrom("zh", "en") : (/^\[\.\.\..*\]$/.test(s) ? fc.array(segmentArb, { minLength: 1, maxLength: 3 }).map((a) => a.map(encodeURIComponent).join("/")) : /^\[.*\]$/.test(s) ? segmentArb.map(encodeURIComponent) : fc.constant(s)))),
      queryArb,
      fc.constantFrom("GET", "GET", "GET", "HEAD", "POST", "PUT", "DELETE", "PATCH"),
      fc.constantFrom<Persona>("anonymous", "editorOwn", "admin"),
    );
    await fc.assert(
      fc.asyncProperty(pathArb, async ([parts, query, method, persona]) => {
        const path = `/${parts.join("/")}`;
        const search = new URLSearchParams(query).toString();
        const url = search ? `${path}?${search}` : path;
        const response = await personas[persona].fetch(url, { method, maxRedirects: 0, failOnStatusCode: false, ...(method === "GET" || method === "HEAD" ? {} : { data: "junk" }) });
        record(`${method} ${url} (${route}) as ${persona}`, response.status());
        return response.status() < 500;
      }),
      { ...bounded(), numRuns: RUNS * 4 },
    );
  }
  expect(fiveHundreds).toEqual([]);
  const calls = [...statuses.values()].reduce((a, b) => a + b, 0);
  console.log(`fuzz: ${actions.length} actions, ${routes.length} routes, ${calls} route calls, seed ${SEED}, ${((Date.now() - started) / 1000).toFixed(1)} s`);
});

/**
 * Malformed input changes nothing: every command behind the workspace's server actions (the
 * editor's, the reviewer's, the admin's) is called with fast-check's junk — forms whose fields have
 * the real names (and real ids) but junk values, stray fields, files of random bytes, objects of
 * the wrong shape — as every kind of user, against a real database (PGlite, or PostgreSQL with
 * DATABASE_URL). Each call must return a typed result, never throw; and a refusal must leave every
 * table exactly as it was (a fingerprint of all rows of all tables, taken before and after).
 * A call that junk happens to make valid may change the data: the fingerprint is then taken anew.
 * The HTTP side (every action and route over the wire, no 5xx) is e2e/fuzz.spec.ts.
 *
 * Bounded and repeatable: a fixed seed (FUZZ_SEED to vary it; fast-check prints it with any
 * counterexample) and FUZZ_RUNS cases per command.
 */
import fc from "fast-check";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "@/db/test-database";
import { seedAll } from "@/db/seed";
import { loadSessionUser } from "@/db/queries/users";
import type { SessionUser } from "@/lib/auth/permissions";
import * as adminCommands from "./admin/admin-commands";
import * as createDraft from "./edit/create-draft-command";
import * as draftCommands from "./edit/[versionId]/draft-commands";
import * as reviewCommands from "./review/review-commands";
import * as notificationCommands from "./inbox/notification-commands";
import { bulkCommand } from "./review/bulk-commands";

const SEED = Number(process.env.FUZZ_SEED ?? 13_2026);
const RUNS = Number(process.env.FUZZ_RUNS ?? 12);

type Command = (db: TestDatabase["db"], user: SessionUser | null, input: never) => Promise<{ ok: boolean }>;

/** Every exported command; those that take an object rather than a form are named here. */
/** The bulk command answers its result with what it published: the result is what is checked here. */
const bulk = { bulkCommand: (...args: Parameters<typeof bulkCommand>) => bulkCommand(...args).then((outcome) => outcome.result) };
const COMMANDS: [string, Command][] = Object.entries({ ...adminCommands, ...createDraft, ...draftCommands, ...reviewCommands, ...notificationCommands, ...bulk })
  .filter(([name, value]) => name.endsWith("Command") && typeof value === "function")
  .map(([name, value]) => [name, value as unknown as Command]);
const OBJECT_COMMANDS = new Set(["saveDraftCommand", "submitDraftCommand"]);

let t: TestDatabase;
let users: (SessionUser | null)[] = [];
let ids: string[] = [];
let tables: string[] = [];

/** All rows of all tables, hashed per table: equal fingerprints, equal data. */
async function fingerprint(): Promise<Record<string, string>> {
  const columns = tables.map((table) => `(select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from "${table}" t) as "${table}"`);
  const result = await t.db.execute(sql.raw(`select ${columns.join(", ")}`));
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Record<string, string>[];
  return rows[0]!;
}

beforeAll(async () => {
  t = await openTestDatabase();
  await seedAll(t.db);
  const listed = await t.db.execute(sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`);
  tables = ((Array.isArray(listed) ? listed : (listed as { rows: unknown[] }).rows) as { table_name: string }[]).map((r) => r.table_name);
  const userIds = await t.db.execute(sql`select id from users order by id`);
  const idRows = (Array.isArray(userIds) ? userIds : (userIds as { rows: unknown[] }).rows) as { id: number }[];
  users = [null, ...(await Promise.all(idRows.map((r) => loadSessionUser(t.db, r.id))))];
  const known = await t.db.execute(sql`select id from disclosure_versions union select id from departments union select id from users`);
  ids = ((Array.isArray(known) ? known : (known as { rows: unknown[] }).rows) as { id: number }[]).map((r) => String(r.id)).slice(0, 30);
}, 60_000);

afterAll(async () => {
  await t?.close();
});

const FIELDS = [
  "versionId", "revision", "file", "departmentId", "year", "start", "section", "body", "reason", "date",
  "regionId", "code", "name", "userId", "username", "displayName", "password", "role", "departmentIds", "disabled",
  "commentId", "intent", "confirmed", "active", "id", "email", "return:inApp", "submit:email",
];

function arbitraries() {
  const text = fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.constantFrom(...ids),
    fc.constantFrom("", "0", "-1", "1.5", "1e309", "NaN", "9007199254740993", "2018", "2016", "copy", "empty", "editor", "admin", "true", "<b>x</b>", "'; drop table users; --", "\u0000"),
  );
  const file = fc.uint8Array({ maxLength: 512 }).map((bytes) => new File([bytes], "junk.xlsx"));
  const form = fc
    .array(fc.tuple(fc.oneof(fc.constantFrom(...FIELDS), fc.string({ maxLength: 10 })), fc.oneof(text, text, file)), { maxLength: 10 })
    .map((entries) => {
      const data = new FormData();
      for (const [key, value] of entries) data.append(key, value);
      return data;
    });
  const id = fc.oneof(fc.constantFrom(...ids.map(Number)), fc.integer(), fc.double(), fc.string({ maxLength: 5 }), fc.constant(null));
  const object = fc.oneof(
    fc.anything({ maxDepth: 3, withMap: true, withSet: true, withDate: true, withBigInt: true }),
    fc.record({ versionId: id, revision: id, document: fc.anything({ maxDepth: 4, maxKeys: 6 }) }, { requiredKeys: [] }),
  );
  return { form, object };
}

describe("fuzzing the workspace's commands", () => {
  it("covers the commands of every workspace action module", () => {
    const names = COMMANDS.map(([name]) => name);
    expect(names).toEqual(expect.arrayContaining(["saveDraftCommand", "importWorkbookCommand", "createDraftCommand", "approveCommand", "createUserCommand"]));
  });

  it("junk never throws, and a refusal leaves every table as it was", async () => {
    const { form, object } = arbitraries();
    let refusals = 0;
    let accepted = 0;
    let current = await fingerprint();
    for (const [name, command] of COMMANDS) {
      const input = OBJECT_COMMANDS.has(name) ? object : form;
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...users), input, async (user, value) => {
          const result = await command(t.db, user, value as never);
          expect(typeof result.ok).toBe("boolean");
          const after = await fingerprint();
          if (result.ok) {
            accepted++;
          } else {
            refusals++;
            expect(after, `${name} refused but changed the data`).toEqual(current);
          }
          current = after;
        }),
        { seed: SEED, numRuns: RUNS, endOnFailure: true },
      );
    }
    expect(refusals).toBeGreaterThan(COMMANDS.length * RUNS * 0.9);
    console.log(`fuzz commands: ${COMMANDS.length} commands × ${RUNS} runs, ${refusals} refused, ${accepted} accepted, ${tables.length} tables, seed ${SEED}`);
  }, 110_000);
});

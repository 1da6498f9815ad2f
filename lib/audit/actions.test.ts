/**
 * The catalogue of audit actions is complete: every action name the portal's code writes has its
 * label and kind here, so no view of the trail shows a raw code for it.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS, actionsOfKind, auditActionKind, auditActionLabel } from "./actions";

const ROOTS = ["app", "db", "lib"];
/** A string literal that looks like an action: a known prefix, a dot, a kebab-case name. */
const ACTION_LITERAL = /["'`]((?:draft|version|comment|approval-date|admin|auth|notification)\.[a-z]+(?:-[a-z]+)*)["'`]/g;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" || entry.name === "migrations" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe("the audit action catalogue", () => {
  it("names every action the code writes", () => {
    const written = new Set<string>();
    for (const file of ROOTS.flatMap(sourceFiles)) {
      if (file === path.join("lib", "audit", "actions.ts")) continue;
      for (const match of fs.readFileSync(file, "utf8").matchAll(ACTION_LITERAL)) written.add(match[1]!);
    }
    // The scan must find the known writers, or it proves nothing.
    expect([...written]).toEqual(expect.arrayContaining(["draft.create", "version.approve", "admin.user-create", "admin.year-create"]));
    expect([...written].filter((a) => !Object.hasOwn(AUDIT_ACTIONS, a))).toEqual([]);
  });

  it("is never pruned or rewritten by the portal's code (the database refuses it too: db/roles.ts, migration 0002)", () => {
    const rewrites = /\.(update|delete)\(\s*auditEntries\b|\b(update|delete\s+from|truncate(\s+table)?)\s+"?audit_entries\b/i;
    const offenders = ROOTS.flatMap(sourceFiles).filter((file) => rewrites.test(fs.readFileSync(file, "utf8")));
    expect(offenders).toEqual([]);
    // The pattern does catch a rewrite, or the check proves nothing.
    expect(rewrites.test("await db.delete(auditEntries).where(lt(auditEntries.at, cutoff))")).toBe(true);
  });

  it("knows the sign-in and session events, and labels each kind", () => {
    for (const action of ["auth.sign-in", "auth.sign-in-failed", "auth.sign-in-throttled", "auth.sign-out", "auth.session-revoke", "auth.password-change"]) {
      expect(auditActionKind(action)).toBe("auth");
    }
    expect(actionsOfKind("review")).toContain("version.approve");
    expect(auditActionLabel("version.approve")).toBe("审核通过并公开");
    expect(auditActionLabel("admin.department-rename")).toBe("部门更名");
    expect(auditActionLabel("something.new")).toBe("something.new");
    expect(auditActionKind("toString")).toBeNull();
  });
});

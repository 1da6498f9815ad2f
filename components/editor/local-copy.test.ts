/**
 * The browser's copy of a draft: what is restored, what is only offered, and that a damaged or
 * foreign entry never reaches the editor as a document.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ZHENGDING_434_2018 } from "@/db/seed/zhengding-434-2018";
import { decideRestore, localCopyKeys, readLocalCopy, writeLocalCopy, type LocalCopy } from "./local-copy";

const server = { revision: 5, document: ZHENGDING_434_2018 };

function copy(overrides: Partial<LocalCopy> = {}): LocalCopy {
  const document = structuredClone(ZHENGDING_434_2018);
  document.preamble = "本机写下的开篇段落";
  return { baseRevision: 5, document, raw: {}, at: "2026-12-07T08:00:00.000Z", ...overrides };
}

beforeEach(() => {
  const items = new Map<string, string>();
  vi.stubGlobal("window", {
    localStorage: {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => void items.set(key, value),
      removeItem: (key: string) => void items.delete(key),
    },
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("decideRestore", () => {
  it("restores unsaved work on the revision the server still has", () => {
    expect(decideRestore(copy(), server)).toBe("restore");
  });

  it("offers, never applies, a copy based on an older (or unknown) revision", () => {
    expect(decideRestore(copy({ baseRevision: 4 }), server)).toBe("offer");
    expect(decideRestore(copy({ baseRevision: 9 }), server)).toBe("offer");
  });

  it("drops a copy the server already has, whatever its revision — unless a field's text is only here", () => {
    const same = copy({ baseRevision: 4, document: structuredClone(ZHENGDING_434_2018) });
    expect(decideRestore(same, server)).toBe("same");
    expect(decideRestore({ ...same, raw: { "field-expenditure.personnel": "12三" } }, server)).toBe("offer");
    expect(decideRestore(null, server)).toBe("none");
  });
});

describe("readLocalCopy", () => {
  const key = localCopyKeys(3, 17).current;

  it("reads back what was written, per user and version", () => {
    expect(writeLocalCopy(key, copy({ raw: { "field-expenditure.personnel": "12三" } }))).toBe(true);
    const read = readLocalCopy(key, ZHENGDING_434_2018);
    expect(read?.document.preamble).toBe("本机写下的开篇段落");
    expect(read?.raw).toEqual({ "field-expenditure.personnel": "12三" });
    expect(readLocalCopy(localCopyKeys(4, 17).current, ZHENGDING_434_2018)).toBeNull();
  });

  it("keeps an over-long text as typed (it is held back when saving, not lost)", () => {
    const long = copy();
    long.document.otherMatters = "长".repeat(20_001);
    writeLocalCopy(key, long);
    expect(readLocalCopy(key, ZHENGDING_434_2018)?.document.otherMatters).toHaveLength(20_001);
  });

  it("ignores what is not a copy, and repairs a copy missing parts from the server's document", () => {
    window.localStorage.setItem(key, "{not json");
    expect(readLocalCopy(key, ZHENGDING_434_2018)).toBeNull();
    window.localStorage.setItem(key, JSON.stringify({ v: 1, baseRevision: 5, document: "x", raw: {}, at: "2026-12-07T08:00:00.000Z" }));
    expect(readLocalCopy(key, ZHENGDING_434_2018)).toBeNull();
    const partial = copy() as unknown as { document: Record<string, unknown> };
    delete partial.document.glossary;
    partial.document.expenditure = { ...(partial.document.expenditure as object), personnel: -5 };
    window.localStorage.setItem(key, JSON.stringify({ v: 1, ...partial }));
    const read = readLocalCopy(key, ZHENGDING_434_2018);
    expect(read?.document.glossary).toEqual(ZHENGDING_434_2018.glossary);
    expect(read?.document.expenditure.personnel).toBe(ZHENGDING_434_2018.expenditure.personnel);
    expect(read?.document.preamble).toBe("本机写下的开篇段落");
  });
});

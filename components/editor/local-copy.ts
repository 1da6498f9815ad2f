/**
 * The browser's copy of a draft until the server confirms it (localStorage, one entry per user and
 * version), so typing survives a reload, a crash and a lost connection. The copy carries the
 * revision its edits were based on: on load, a copy based on the revision the server still has is
 * nothing but the unsaved rest of the same work and is restored (then autosaved); a copy based on
 * an older revision would overwrite what was saved since (another window, a colleague), so it is
 * never applied silently — it is set aside and offered. Field texts that are not valid entries yet
 * (`raw`, by field id) travel with it.
 *
 * Why localStorage: synchronous (a write finishes before the page can unload), in every browser the
 * portal supports, and about 5 MB — a draft is a few dozen KB. It is cleared once the server has
 * the same content, and at sign-out (components/ui/sign-out-button.tsx), which asks first when
 * there is any: on a shared computer the next person finds nothing of it.
 */
import { z } from "zod";
import "@/lib/zod-csp";
import { diffDocuments } from "@/lib/disclosure/diff";
import { draftDocumentSchema, type DisclosureDocument } from "@/lib/disclosure/schema";
import { savableDocument } from "@/lib/drafts/savable";

export interface LocalCopy {
  baseRevision: number;
  document: DisclosureDocument;
  raw: Record<string, string>;
  /** When it was written (ISO), to tell the editor which work it is. */
  at: string;
}

const stored = z.object({
  v: z.literal(1),
  baseRevision: z.number().int().positive(),
  document: z.record(z.string(), z.unknown()),
  raw: z.record(z.string().max(200), z.string().max(1_000)),
  at: z.iso.datetime(),
});

export { localCopyKeys, type LocalCopyKeys } from "./local-copy-keys";

function storage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null; // storage disabled by the browser's settings
  }
}

/** The copy under `key`, if it is one; `server` fills any part a damaged copy lacks. */
export function readLocalCopy(key: string, server: DisclosureDocument): LocalCopy | null {
  const text = storage()?.getItem(key);
  if (!text) return null;
  let parsed;
  try {
    parsed = stored.safeParse(JSON.parse(text));
  } catch {
    return null;
  }
  if (!parsed.success) return null;
  // Not trusted to be a document. Over-long texts are the editor's own typing, kept as typed (they
  // are held back when saving); anything else the draft schema refuses is repaired from `server`.
  const typed = parsed.data.document as unknown as DisclosureDocument;
  const overLong = draftDocumentSchema.safeParse(typed).error?.issues.every((issue) => issue.code === "too_big") ?? true;
  const document = overLong ? typed : savableDocument(typed, server).document;
  if (document === null) return null;
  return { baseRevision: parsed.data.baseRevision, document, raw: parsed.data.raw, at: parsed.data.at };
}

/** False when the browser refused (storage full or disabled): the caller keeps warning on leave. */
export function writeLocalCopy(key: string, copy: LocalCopy): boolean {
  try {
    const store = storage();
    if (!store) return false;
    store.setItem(key, JSON.stringify({ v: 1, ...copy }));
    return true;
  } catch {
    return false;
  }
}

export function removeLocalCopy(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // nothing stored, nothing lost
  }
}

export type RestoreDecision = "none" | "same" | "restore" | "offer";

/** What to do on load with a copy, given the revision and document the server sent. */
export function decideRestore(copy: LocalCopy | null, server: { revision: number; document: DisclosureDocument }): RestoreDecision {
  if (copy === null) return "none";
  const rawTexts = Object.keys(copy.raw).length > 0;
  if (!rawTexts && diffDocuments(server.document, copy.document).length === 0) return "same";
  return copy.baseRevision === server.revision ? "restore" : "offer";
}

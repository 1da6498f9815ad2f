"use client";
/**
 * Autosave that never loses typing. One second after the last change the document goes to the
 * SaveQueue, which sends it with the revision the server last returned and never overlaps two
 * saves. What is sent is the savable part (lib/drafts/savable.ts): a part the server cannot take
 * yet is sent with its last saved value, so it never holds back the rest; an incomplete row is
 * saved as it is. Until the server confirms, everything typed — the document and the texts of
 * fields that hold no valid entry yet — is kept in the browser (local-copy.ts).
 *
 * A failed save shows at once. A network failure is retried with backoff (retryDelay) and at once
 * when the browser comes back online; a signed-out refusal when the window regains focus (after
 * signing in elsewhere); a conflict or refusal stops autosaving for good (reloading is the way on,
 * and the browser's copy is then offered, never applied silently). "立即保存" saves at once.
 */
import { useCallback, useEffect, useMemo, useState } from "react";
import type { DisclosureDocument } from "@/lib/disclosure/schema";
import type { SaveDraftResult } from "@/lib/drafts/results";
import { savableDocument } from "@/lib/drafts/savable";
import type { RawTexts } from "./invalid-store";
import { removeLocalCopy, writeLocalCopy } from "./local-copy";
import { isFinal, retryDelay, SaveQueue, type SaveProblem } from "./save-queue";

export { problemOf, type SaveProblem } from "./save-queue";

export type SaveState = "saved" | "saving" | "dirty" | "failed";

type SaveAction = (input: { versionId: number; revision: number; document: unknown }) => Promise<SaveDraftResult>;

export interface AutosaveOptions {
  versionId: number;
  initialRevision: number;
  document: DisclosureDocument;
  saveAction: SaveAction;
  /** False when read-only: nothing is ever saved. */
  enabled: boolean;
  /** Texts of fields that hold no valid entry yet, by field id: kept in the browser's copy. */
  rawTexts: RawTexts;
  /** The key of the browser's copy; null until the editor has dealt with the copy found on load. */
  localKey: string | null;
  delayMs?: number;
}

const UNSAVABLE = "有内容超出限制，无法保存，请按提示修改。";

/** Sends the savable part of a document, with what the server last accepted as the fallback. */
class SavableSender {
  constructor(
    private action: SaveAction,
    private versionId: number,
    private lastSent: DisclosureDocument,
  ) {}

  /** The page may hand over a new server action; saves from then on use it. */
  use(action: SaveAction, versionId: number): void {
    this.action = action;
    this.versionId = versionId;
  }

  /** The server has `doc` (an import). */
  accepted(doc: DisclosureDocument): void {
    this.lastSent = doc;
  }

  send = async (doc: DisclosureDocument, revision: number): Promise<SaveDraftResult> => {
    const savable = savableDocument(doc, this.lastSent);
    if (savable.document === null) return { ok: false, reason: "invalid", message: UNSAVABLE, errors: savable.held };
    const result = await this.action({ versionId: this.versionId, revision, document: savable.document });
    if (result.ok) this.lastSent = savable.document;
    return result;
  };
}

export function useAutosave(options: AutosaveOptions) {
  const { versionId, document, saveAction, enabled, rawTexts, localKey, delayMs = 1_000 } = options;
  const [saved, setSaved] = useState(document);
  const [revision, setRevision] = useState(options.initialRevision);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<SaveProblem | null>(null);
  const [failedDoc, setFailedDoc] = useState<DisclosureDocument | null>(null);
  const [failures, setFailures] = useState(0);
  const [sender] = useState(() => new SavableSender(saveAction, versionId, document));
  const [queue] = useState(
    () =>
      new SaveQueue<DisclosureDocument>(sender.send, document, options.initialRevision, {
        saving: setSaving,
        saved: (doc, rev) => {
          setSaved(doc);
          setRevision(rev);
          setProblem(null);
          setFailedDoc(null);
          setFailures(0);
        },
        problem: (next, doc) => {
          setProblem(next);
          if (doc !== null) {
            setFailedDoc(doc);
            if (next.kind === "network") setFailures((n) => n + 1);
          }
        },
      }),
  );

  useEffect(() => {
    sender.use(saveAction, versionId);
  }, [sender, saveAction, versionId]);

  const stopped = isFinal(problem);
  const dirty = document !== saved;
  // Parts kept only in the browser: texts that are no valid entry, parts over the server's limits.
  const held = useMemo(() => (enabled ? savableDocument(document, saved).held : []), [enabled, document, saved]);
  const keptLocally = held.length > 0 || Object.keys(rawTexts).length > 0;

  useEffect(() => {
    if (!enabled || stopped || !dirty) return;
    const retrying = document === failedDoc;
    // A rejected document is only worth sending again once it has changed (or on 重试).
    if (retrying && problem?.kind !== "network") return;
    const timer = setTimeout(() => void queue.save(document), retrying ? retryDelay(failures) : delayMs);
    return () => clearTimeout(timer);
  }, [enabled, stopped, dirty, document, failedDoc, problem, failures, queue, delayMs]);

  const saveNow = useCallback(() => {
    if (queue.stopped || document === queue.saved) return;
    void queue.save(document);
  }, [queue, document]);

  useEffect(() => {
    if (!enabled || problem === null || stopped) return;
    window.addEventListener("online", saveNow);
    const onFocus = problem.kind === "signed-out";
    if (onFocus) window.addEventListener("focus", saveNow);
    return () => {
      window.removeEventListener("online", saveNow);
      if (onFocus) window.removeEventListener("focus", saveNow);
    };
  }, [enabled, problem, stopped, saveNow]);

  // The browser's copy: written on every change until the server has it all, then removed.
  useEffect(() => {
    if (!enabled || localKey === null) return;
    if (dirty || keptLocally) {
      writeLocalCopy(localKey, { baseRevision: revision, document, raw: rawTexts, at: new Date().toISOString() });
    } else removeLocalCopy(localKey);
  }, [enabled, localKey, dirty, keptLocally, revision, document, rawTexts]);

  useEffect(() => {
    if (!enabled || (!dirty && !saving)) return;
    // The browser's copy keeps the typing, but a copy is no substitute for the server: still warn.
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = ""; // older browsers show their prompt only when this is set
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [enabled, dirty, saving]);

  /**
   * Saves `doc` now if needed; the revision to act on, or null when it is not all on the server
   * (a save failed, or a part is kept only in the browser) — nothing half-saved is submitted.
   */
  const flush = useCallback(
    async (doc: DisclosureDocument): Promise<number | null> => {
      if (!enabled) return queue.revision;
      if (keptLocally) return null;
      return queue.flush(doc);
    },
    [enabled, keptLocally, queue],
  );

  /** Waits for a save in flight without saving more; the revision, or null when saving has stopped. */
  const settle = useCallback(async (): Promise<number | null> => {
    await queue.settle();
    return queue.stopped ? null : queue.revision;
  }, [queue]);

  /** The server saved `doc` itself (an Excel import): it is the new baseline. */
  const accept = useCallback(
    (doc: DisclosureDocument, newRevision: number) => {
      queue.accept(doc, newRevision);
      sender.accepted(doc);
      setSaved(doc);
      setRevision(newRevision);
      setProblem(null);
      setFailedDoc(null);
      setFailures(0);
    },
    [queue, sender],
  );

  const report = useCallback((next: SaveProblem) => queue.report(next), [queue]);

  const failed = problem !== null && (dirty || stopped);
  const state: SaveState = saving ? "saving" : failed ? "failed" : dirty || keptLocally ? "dirty" : "saved";
  return { state, revision, problem, stopped, dirty, held, flush, settle, accept, retry: saveNow, saveNow, report };
}

"use client";
/**
 * Autosave: one second after the last change the document goes to the SaveQueue, which sends it
 * with the revision the server last returned and never overlaps two saves. A conflict or refusal
 * stops autosaving for good; a rejected document waits for the next change; a network failure is
 * retried after a pause.
 */
import { useCallback, useEffect, useState } from "react";
import type { SaveDraftResult } from "@/lib/drafts/results";
import type { DisclosureDocument } from "@/lib/disclosure/schema";
import { isFinal, SaveQueue, type SaveProblem } from "./save-queue";

export { problemOf, type SaveProblem } from "./save-queue";

export type SaveState = "saved" | "saving" | "dirty" | "failed";

const RETRY_MS = 10_000;

export interface AutosaveOptions {
  versionId: number;
  initialRevision: number;
  document: DisclosureDocument;
  saveAction: (input: { versionId: number; revision: number; document: unknown }) => Promise<SaveDraftResult>;
  /** False when read-only: nothing is ever saved. */
  enabled: boolean;
  /** True while a field holds invalid text or the document would not pass the server's schema. */
  blocked: boolean;
  delayMs?: number;
}

export function useAutosave(options: AutosaveOptions) {
  const { versionId, document, saveAction, enabled, blocked, delayMs = 1_000 } = options;
  const [saved, setSaved] = useState(document);
  const [revision, setRevision] = useState(options.initialRevision);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<SaveProblem | null>(null);
  const [failedDoc, setFailedDoc] = useState<DisclosureDocument | null>(null);
  const [queue] = useState(
    () =>
      new SaveQueue<DisclosureDocument>(
        (doc, rev) => saveAction({ versionId, revision: rev, document: doc }),
        document,
        options.initialRevision,
        {
          saving: setSaving,
          saved: (doc, rev) => {
            setSaved(doc);
            setRevision(rev);
            setProblem(null);
            setFailedDoc(null);
          },
          problem: (next, doc) => {
            setProblem(next);
            if (doc !== null) setFailedDoc(doc);
          },
        },
      ),
  );

  useEffect(() => {
    queue.setSender((doc, rev) => saveAction({ versionId, revision: rev, document: doc }));
  }, [queue, saveAction, versionId]);

  const stopped = isFinal(problem);

  useEffect(() => {
    if (!enabled || blocked || stopped || document === saved) return;
    const retrying = document === failedDoc;
    // A rejected document is only worth sending again once it has changed.
    if (retrying && problem?.kind !== "network") return;
    const timer = setTimeout(() => void queue.save(document), retrying ? RETRY_MS : delayMs);
    return () => clearTimeout(timer);
  }, [enabled, blocked, stopped, document, saved, failedDoc, problem, queue, delayMs]);

  const dirty = document !== saved;
  useEffect(() => {
    if (!enabled || (!dirty && !saving)) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = ""; // older browsers show their prompt only when this is set
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [enabled, dirty, saving]);

  /** Saves `doc` now if needed; the revision to act on, or null when it is not saved. */
  const flush = useCallback(
    async (doc: DisclosureDocument): Promise<number | null> => {
      if (!enabled) return queue.revision;
      if (blocked && doc !== queue.saved) return null;
      return queue.flush(doc);
    },
    [enabled, blocked, queue],
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
      setSaved(doc);
      setRevision(newRevision);
      setProblem(null);
      setFailedDoc(null);
    },
    [queue],
  );

  const report = useCallback((next: SaveProblem) => queue.report(next), [queue]);
  const retry = useCallback(() => void queue.save(document), [queue, document]);

  const failed = problem !== null && (dirty || stopped);
  const state: SaveState = saving ? "saving" : failed ? "failed" : dirty ? "dirty" : "saved";
  return { state, revision, problem, stopped, dirty, flush, settle, accept, retry, report };
}

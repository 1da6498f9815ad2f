/**
 * The serialisation behind autosave, free of React: saves never overlap, a save always carries the
 * revision the server last returned, a document changed during a save waits in a one-slot queue
 * (only the newest matters), and a conflict or refusal stops all further saving.
 */
import type { Refusal, SaveDraftResult } from "@/lib/drafts/results";
import type { FieldError } from "@/lib/validation";

export type SaveProblem =
  | { kind: "conflict"; message: string }
  | { kind: "refused"; message: string }
  | { kind: "signed-out"; message: string }
  | { kind: "invalid"; message: string; errors: FieldError[] }
  | { kind: "network"; message: string };

export const NETWORK_MESSAGE = "无法连接服务器，修改尚未保存到服务器（已暂存在本浏览器中），将自动重试。";

/**
 * The pause before the `attempt`-th automatic retry after a failed save (1-based): 2 s, doubling,
 * at most 30 s — soon enough that a short outage costs nothing, slow enough that a portal under
 * load is not hammered by every open editor. Coming back online retries at once regardless.
 */
export function retryDelay(attempt: number): number {
  return Math.min(30_000, 2_000 * 2 ** Math.max(0, attempt - 1));
}

export function problemOf(refusal: Refusal): SaveProblem {
  switch (refusal.reason) {
    case "conflict":
      return { kind: "conflict", message: refusal.message };
    case "signed-out":
      return { kind: "signed-out", message: refusal.message };
    case "invalid":
      return { kind: "invalid", message: refusal.message, errors: refusal.errors };
    default:
      return { kind: "refused", message: refusal.message };
  }
}

/** A conflict or a refusal: saving again cannot succeed, only reloading can. */
export function isFinal(problem: SaveProblem | null): boolean {
  return problem?.kind === "conflict" || problem?.kind === "refused";
}

export type Send<D> = (document: D, revision: number) => Promise<SaveDraftResult>;

export interface SaveQueueEvents<D> {
  saving(active: boolean): void;
  saved(document: D, revision: number): void;
  problem(problem: SaveProblem, document: D | null): void;
}

export class SaveQueue<D> {
  revision: number;
  saved: D;
  stopped = false;
  private inFlight: Promise<boolean> | null = null;
  private queued: D | null = null;

  constructor(
    private readonly send: Send<D>,
    initial: D,
    revision: number,
    private readonly events: SaveQueueEvents<D>,
  ) {
    this.saved = initial;
    this.revision = revision;
  }

  /** Saves `document` (after any save in flight); true once it is the saved document. */
  async save(document: D): Promise<boolean> {
    if (this.inFlight) {
      this.queued = document;
      await this.settle();
      return this.saved === document;
    }
    const task = this.run(document);
    this.inFlight = task;
    try {
      return await task;
    } finally {
      this.inFlight = null;
    }
  }

  /** Waits until no save is in flight. */
  async settle(): Promise<void> {
    while (this.inFlight) await this.inFlight;
  }

  /** Saves `document` if it is not saved yet; the revision to act on, or null when it is not saved. */
  async flush(document: D): Promise<number | null> {
    await this.settle();
    if (this.stopped) return null;
    if (this.saved !== document && !(await this.save(document))) return null;
    return this.revision;
  }

  /** The server saved `document` itself (an import): it becomes the baseline. */
  accept(document: D, revision: number): void {
    this.queued = null;
    this.saved = document;
    this.revision = revision;
  }

  /** A refusal seen elsewhere (submit, import) counts as if a save had met it. */
  report(problem: SaveProblem): void {
    if (isFinal(problem)) this.stopped = true;
    this.events.problem(problem, null);
  }

  private async run(first: D): Promise<boolean> {
    let next: D | null = first;
    let ok = true;
    this.events.saving(true);
    while (next !== null && !this.stopped) {
      const sending: D = next;
      this.queued = null;
      let result: SaveDraftResult | null;
      try {
        result = await this.send(sending, this.revision);
      } catch {
        result = null;
      }
      if (result?.ok) {
        this.revision = result.revision;
        this.saved = sending;
        this.events.saved(sending, result.revision);
      } else {
        const problem: SaveProblem = result === null ? { kind: "network", message: NETWORK_MESSAGE } : problemOf(result);
        if (isFinal(problem)) this.stopped = true;
        this.events.problem(problem, sending);
        ok = false;
        break;
      }
      next = this.queued === sending ? null : this.queued;
    }
    this.events.saving(false);
    return ok && !this.stopped;
  }
}

import { describe, expect, it } from "vitest";
import type { SaveDraftResult } from "@/lib/drafts/results";
import { retryDelay, SaveQueue, type SaveProblem } from "./save-queue";

type Doc = { v: number };

/** A server whose answers the test releases one at a time. */
function fakeServer() {
  const calls: { doc: Doc; revision: number; resolve: (r: SaveDraftResult) => void; reject: (e: unknown) => void }[] = [];
  const send = (doc: Doc, revision: number) =>
    new Promise<SaveDraftResult>((resolve, reject) => {
      calls.push({ doc, revision, resolve, reject });
    });
  return { calls, send };
}

const ok = (revision: number): SaveDraftResult => ({ ok: true, revision, savedAt: "2025-01-01T00:00:00Z" });
const tick = () => new Promise((r) => setTimeout(r, 0));

function setup() {
  const server = fakeServer();
  const log: string[] = [];
  const problems: SaveProblem[] = [];
  const initial: Doc = { v: 0 };
  const queue = new SaveQueue<Doc>(server.send, initial, 1, {
    saving: (active) => log.push(active ? "saving" : "idle"),
    saved: (doc, revision) => log.push(`saved v${doc.v} r${revision}`),
    problem: (p) => problems.push(p),
  });
  return { server, log, problems, queue, initial };
}

describe("SaveQueue", () => {
  it("sends with the revision the server last returned", async () => {
    const { server, queue } = setup();
    const first = queue.save({ v: 1 });
    server.calls[0]!.resolve(ok(2));
    expect(await first).toBe(true);
    const second = queue.save({ v: 2 });
    expect(server.calls[1]!.revision).toBe(2);
    server.calls[1]!.resolve(ok(3));
    expect(await second).toBe(true);
    expect(queue.revision).toBe(3);
  });

  it("never runs two saves at once and sends only the newest queued document", async () => {
    const { server, queue, log } = setup();
    const a = queue.save({ v: 1 });
    const b = queue.save({ v: 2 });
    const latest = { v: 3 };
    const c = queue.save(latest);
    await tick();
    expect(server.calls).toHaveLength(1);
    server.calls[0]!.resolve(ok(2));
    await tick();
    expect(server.calls).toHaveLength(2);
    expect(server.calls[1]!.doc).toBe(latest);
    expect(server.calls[1]!.revision).toBe(2);
    server.calls[1]!.resolve(ok(3));
    expect(await Promise.all([a, b, c])).toEqual([true, false, true]);
    expect(queue.saved).toBe(latest);
    expect(log).toEqual(["saving", "saved v1 r2", "saved v3 r3", "idle"]);
  });

  it("stops for good on a conflict", async () => {
    const { server, queue, problems } = setup();
    const a = queue.save({ v: 1 });
    server.calls[0]!.resolve({ ok: false, reason: "conflict", message: "已被他人保存", revision: 5, updatedAt: "" });
    expect(await a).toBe(false);
    expect(problems).toEqual([{ kind: "conflict", message: "已被他人保存" }]);
    expect(queue.stopped).toBe(true);
    expect(await queue.flush({ v: 2 })).toBeNull();
    expect(server.calls).toHaveLength(1);
  });

  it("reports a thrown action as a network problem and can save again later", async () => {
    const { server, queue, problems } = setup();
    const doc = { v: 1 };
    const a = queue.save(doc);
    server.calls[0]!.reject(new Error("offline"));
    expect(await a).toBe(false);
    expect(problems[0]!.kind).toBe("network");
    expect(queue.stopped).toBe(false);
    const b = queue.save(doc);
    server.calls[1]!.resolve(ok(2));
    expect(await b).toBe(true);
  });

  it("flush waits for the save in flight, saves what is left, and returns the revision", async () => {
    const { server, queue, initial } = setup();
    expect(await queue.flush(initial)).toBe(1);
    const doc = { v: 1 };
    void queue.save({ v: 0.5 });
    const flushed = queue.flush(doc);
    server.calls[0]!.resolve(ok(2));
    await tick();
    server.calls[1]!.resolve(ok(3));
    expect(await flushed).toBe(3);
  });

  it("takes an imported document as the new baseline", async () => {
    const { server, queue } = setup();
    const imported = { v: 9 };
    queue.accept(imported, 7);
    expect(await queue.flush(imported)).toBe(7);
    expect(server.calls).toHaveLength(0);
  });
});

describe("retryDelay", () => {
  it("backs off from 2 s, doubling, to at most 30 s", () => {
    expect([1, 2, 3, 4, 5, 6, 20].map(retryDelay)).toEqual([2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
  });
});

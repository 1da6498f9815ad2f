import { describe, expect, it } from "vitest";
import { buildThreads, latestReviewerComment, type ThreadComment } from "./comment-tree";

let clock = 0;
function comment(id: number, over: Partial<ThreadComment> = {}): ThreadComment {
  clock += 1;
  return {
    id,
    versionId: 1,
    section: 0,
    body: `意见${id}`,
    replyTo: null,
    createdAt: new Date(Date.UTC(2024, 2, 1, 0, clock)),
    authorName: "审核人",
    authorRole: "reviewer",
    ...over,
  };
}

describe("comment threads", () => {
  const comments = [
    comment(1, { section: 2 }),
    comment(2, { section: 0 }),
    comment(3, { section: 2, replyTo: 1, authorRole: "editor", authorName: "填报人" }),
    comment(4, { section: 2, replyTo: 3 }),
    comment(5, { section: 4, replyTo: 99 }), // its parent is gone: shown as a root
  ];

  it("groups roots by section and nests replies", () => {
    const threads = buildThreads(comments);
    expect(threads.map((t) => t.section)).toEqual([0, 2, 4]);
    const two = threads[1]!;
    expect(two.roots.map((n) => n.comment.id)).toEqual([1]);
    expect(two.roots[0]!.replies[0]!.comment.id).toBe(3);
    expect(two.roots[0]!.replies[0]!.replies[0]!.comment.id).toBe(4);
    expect(threads[2]!.roots[0]!.comment.id).toBe(5);
  });

  it("finds the latest reviewer comment", () => {
    expect(latestReviewerComment(comments)?.id).toBe(5);
    expect(latestReviewerComment(comments.filter((c) => c.authorRole === "editor"))).toBeNull();
  });
});

/** Comments arranged for reading: by section, each with its replies nested below it. */

export interface ThreadComment {
  id: number;
  versionId: number;
  section: number;
  body: string;
  replyTo: number | null;
  createdAt: Date;
  authorName: string;
  authorRole: "editor" | "reviewer" | "admin";
  /** Present when read from the database; the author alone may edit or delete. */
  authorId?: number;
  editedAt?: Date | null;
  deletedAt?: Date | null;
}

export interface CommentNode {
  comment: ThreadComment;
  replies: CommentNode[];
}

export interface SectionThread {
  section: number;
  roots: CommentNode[];
}

/** Oldest first within a section and under each comment; a reply sits under what it answers. */
export function buildThreads(comments: readonly ThreadComment[]): SectionThread[] {
  const ordered = [...comments].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id - b.id);
  const nodes = new Map(ordered.map((c) => [c.id, { comment: c, replies: [] as CommentNode[] }]));
  const bySection = new Map<number, CommentNode[]>();
  for (const node of nodes.values()) {
    const parent = node.comment.replyTo === null ? undefined : nodes.get(node.comment.replyTo);
    if (parent && parent !== node) parent.replies.push(node);
    else bySection.set(node.comment.section, [...(bySection.get(node.comment.section) ?? []), node]);
  }
  return [...bySection.entries()].sort(([a], [b]) => a - b).map(([section, roots]) => ({ section, roots }));
}

/** The return reason the editor must read first: the latest comment by a reviewer. */
export function latestReviewerComment(comments: readonly ThreadComment[]): ThreadComment | null {
  let latest: ThreadComment | null = null;
  for (const c of comments) {
    if (c.authorRole !== "reviewer" || c.deletedAt) continue;
    if (!latest || c.createdAt.getTime() > latest.createdAt.getTime() || (c.createdAt.getTime() === latest.createdAt.getTime() && c.id > latest.id)) {
      latest = c;
    }
  }
  return latest;
}

/**
 * 审核意见: the reviewers' comments on a disclosure and the editors' answers, by section, replies
 * indented under what they answer. The page that renders it has checked who may read it.
 */
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { OwnCommentControls, ReplyBox } from "./comment-controls";
import { CommentForm } from "./comment-form";
import { buildThreads, type CommentNode, type ThreadComment } from "./comment-tree";
import { formatDateTime, isoOf } from "./format";
import type { FormAction } from "@/lib/action-result";
import { panelClass } from "./form-parts";
import { sectionLabel } from "@/lib/disclosure/field-names";

interface ThreadProps {
  comments: readonly ThreadComment[];
  /** The version new comments and replies are attached to. */
  versionId: number;
  /** versionId → 第N版, to say which version a comment was made on. */
  versionNos: ReadonlyMap<number, number>;
  /** Null when the reader may not comment (e.g. an administrator). */
  action: FormAction | null;
  /** The reader, and the actions on their own comments (the server checks authorship again). */
  viewerId?: number;
  own?: { edit: FormAction; remove: FormAction };
}

function CommentItem({ node, props, depth }: { node: CommentNode; props: ThreadProps; depth: number }) {
  const { comment } = node;
  const versionNo = props.versionNos.get(comment.versionId);
  return (
    <li className={depth > 0 ? "mt-2 border-l-2 border-stone-300 pl-3 sm:pl-4" : "mt-3"}>
      <article
        data-testid="comment"
        data-comment-id={comment.id}
        aria-label={`${comment.authorName}的${depth > 0 ? "回复" : "意见"}`}
        className={`rounded p-2 ${comment.authorRole === "reviewer" ? "bg-amber-50" : "bg-stone-50"}`}
      >
        <p className="flex flex-wrap gap-x-2 text-xs text-stone-700">
          <span className="font-semibold text-stone-900">{comment.authorName}</span>
          <span>{ROLE_LABELS[comment.authorRole]}</span>
          <time dateTime={isoOf(comment.createdAt)}>{formatDateTime(comment.createdAt)}</time>
          {versionNo !== undefined && <span>针对第{versionNo}版</span>}
        </p>
        {comment.deletedAt ? (
          <p className="mt-1 text-sm italic text-stone-700">（此条已由作者删除）</p>
        ) : (
          <p className="mt-1 whitespace-pre-wrap break-words text-sm">
            {comment.body}
            {comment.editedAt && <span className="ml-1 text-xs text-stone-700">（已修改）</span>}
          </p>
        )}
        {props.own && !comment.deletedAt && comment.authorId === props.viewerId && (
          <OwnCommentControls edit={props.own.edit} remove={props.own.remove} commentId={comment.id} body={comment.body} />
        )}
        {props.action && !comment.deletedAt && (
          <ReplyBox
            action={props.action}
            versionId={props.versionId}
            replyTo={{ id: comment.id, section: comment.section, author: comment.authorName }}
          />
        )}
      </article>
      {node.replies.length > 0 && (
        <ul className="list-none">
          {node.replies.map((reply) => (
            <CommentItem key={reply.comment.id} node={reply} props={props} depth={Math.min(depth + 1, 4)} />
          ))}
        </ul>
      )}
    </li>
  );
}

export function CommentsThread(props: ThreadProps) {
  const threads = buildThreads(props.comments);
  return (
    <section aria-labelledby="comments-title" data-testid="comments-thread" className={panelClass}>
      <h2 id="comments-title" className="text-lg font-semibold">
        审核意见与答复
      </h2>
      {threads.length === 0 && <p className="mt-2 text-sm text-stone-700">暂无意见。</p>}
      {threads.map((thread) => (
        <section key={thread.section} aria-labelledby={`comments-section-${thread.section}`} className="mt-4">
          <h3 id={`comments-section-${thread.section}`} className="font-semibold">
            {sectionLabel(thread.section)}
          </h3>
          <ul className="list-none">
            {thread.roots.map((node) => (
              <CommentItem key={node.comment.id} node={node} props={props} depth={0} />
            ))}
          </ul>
        </section>
      ))}
      {props.action && (
        <div className="mt-6 border-t border-stone-300 pt-4">
          <h3 className="font-semibold">发表意见</h3>
          <CommentForm action={props.action} versionId={props.versionId} />
        </div>
      )}
    </section>
  );
}

/** 退回理由, shown at the top of the editor while the version is returned. */
export function ReturnReason({ comment }: { comment: ThreadComment }) {
  return (
    <section
      aria-labelledby="return-reason-title"
      data-testid="return-reason"
      className="mb-4 rounded border-2 border-red-800 bg-red-50 p-4"
    >
      <h2 id="return-reason-title" className="font-bold text-red-900">
        退回理由
      </h2>
      <p className="mt-1 text-xs text-stone-700">
        {comment.authorName} · <time dateTime={isoOf(comment.createdAt)}>{formatDateTime(comment.createdAt)}</time> ·{" "}
        {sectionLabel(comment.section)}
      </p>
      <p className="mt-2 whitespace-pre-wrap break-words">{comment.body}</p>
      <p className="mt-2 text-sm">
        <a href="#comments-title" className="text-blue-800 underline underline-offset-2">
          查看全部意见并答复
        </a>
      </p>
    </section>
  );
}

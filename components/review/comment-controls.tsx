"use client";

import { useActionState, useCallback, useEffect, useRef } from "react";
import { CommentForm } from "./comment-form";
import { ActionMessage } from "@/components/ui/action-message";
import type { FormAction, FormState } from "@/lib/action-result";
import { SubmitButton, inputClass, labelClass, secondaryButtonClass } from "./form-parts";

/** 回复: a disclosure that closes once the reply is posted. */
export function ReplyBox(props: { action: FormAction; versionId: number; replyTo: { id: number; section: number; author: string } }) {
  const details = useRef<HTMLDetailsElement>(null);
  const close = useCallback(() => {
    if (details.current) details.current.open = false;
  }, []);
  return (
    <details ref={details} className="mt-1 text-sm">
      <summary className="cursor-pointer text-blue-800">回复</summary>
      <CommentForm action={props.action} versionId={props.versionId} replyTo={props.replyTo} onPosted={close} />
    </details>
  );
}

/** 修改 and 删除, shown to a comment's author only (the server checks it again). */
export function OwnCommentControls(props: { edit: FormAction; remove: FormAction; commentId: number; body: string }) {
  const [editState, editAction, editing] = useActionState<FormState, FormData>(props.edit, null);
  const [removeState, removeAction, removing] = useActionState<FormState, FormData>(props.remove, null);
  const details = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (editState?.ok && details.current) details.current.open = false;
  }, [editState]);
  const id = `edit-comment-${props.commentId}`;
  return (
    <div className="mt-1 flex flex-wrap items-start gap-x-4 text-sm">
      <details ref={details} className="min-w-0 flex-1">
        <summary className="cursor-pointer text-blue-800">修改</summary>
        <form action={editAction} className="mt-2 space-y-2" aria-label="修改意见">
          <input type="hidden" name="commentId" value={props.commentId} />
          <label htmlFor={id} className={labelClass}>
            修改后的内容
          </label>
          <textarea id={id} name="body" required maxLength={2000} rows={3} defaultValue={props.body} className={inputClass} />
          <SubmitButton pending={editing}>保存修改</SubmitButton>
        </form>
      </details>
      <details>
        <summary className="cursor-pointer text-blue-800">删除</summary>
        <form action={removeAction} className="mt-2" aria-label="删除意见">
          <input type="hidden" name="commentId" value={props.commentId} />
          <p className="mb-1">删除后他人将看不到此内容（操作记录中保留）。</p>
          <button type="submit" disabled={removing} className={secondaryButtonClass}>
            确认删除
          </button>
        </form>
      </details>
      <div className="basis-full">
        <ActionMessage state={editState ?? removeState} testId="comment-change-message" />
      </div>
    </div>
  );
}

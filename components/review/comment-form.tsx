"use client";

import { useActionState, useEffect, useRef } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import type { FormAction, FormState } from "@/lib/action-result";
import { SubmitButton, inputClass, labelClass } from "./form-parts";
import { SECTION_OPTIONS } from "@/lib/disclosure/field-names";

/**
 * A new comment anchored to a section, or (with replyTo) an answer to one — the answer keeps the
 * section of the comment it answers.
 */
export function CommentForm(props: {
  action: FormAction;
  versionId: number;
  replyTo?: { id: number; section: number; author: string };
  /** Called after a successful post (the reply box closes itself). */
  onPosted?: () => void;
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(props.action, null);
  const form = useRef<HTMLFormElement>(null);
  const { onPosted } = props;
  // Each result is a new object: after a success the text is cleared (and a reply box closed).
  useEffect(() => {
    if (!state?.ok) return;
    form.current?.reset();
    onPosted?.();
  }, [state, onPosted]);
  const id = props.replyTo ? `reply-${props.replyTo.id}` : "new-comment";
  return (
    <form ref={form} action={action} className="mt-2 space-y-2" aria-label={props.replyTo ? `回复${props.replyTo.author}` : "发表意见"}>
      <input type="hidden" name="versionId" value={props.versionId} />
      {props.replyTo ? (
        <>
          <input type="hidden" name="replyTo" value={props.replyTo.id} />
          <input type="hidden" name="section" value={props.replyTo.section} />
        </>
      ) : (
        <label className={`${labelClass} max-w-md`}>
          章节
          <select name="section" defaultValue="0" className={inputClass}>
            {SECTION_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
      )}
      <label htmlFor={`${id}-body`} className={labelClass}>
        {props.replyTo ? "回复内容" : "意见内容"}
      </label>
      <textarea
        id={`${id}-body`}
        name="body"
        required
        maxLength={2000}
        rows={3}
        aria-describedby={`${id}-hint`}
        className={inputClass}
      />
      <p id={`${id}-hint`} className="text-xs text-stone-700">
        不超过2000字。
      </p>
      <ActionMessage state={state} testId="comment-message" />
      <SubmitButton pending={pending}>{props.replyTo ? "回复" : "发表意见"}</SubmitButton>
    </form>
  );
}

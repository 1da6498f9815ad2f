"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton, type ReviewAction, type ReviewActionState } from "../review/form-parts";

/** 全部标为已读. */
export function MarkReadForm({ action, disabled }: { action: ReviewAction; disabled: boolean }) {
  const [state, dispatch, pending] = useActionState<ReviewActionState, FormData>(action, null);
  return (
    <form action={dispatch} className="flex flex-wrap items-center gap-3">
      {!disabled && (
        <SubmitButton pending={pending} secondary>
          全部标为已读
        </SubmitButton>
      )}
      <FormMessage state={state} testId="inbox-message" />
    </form>
  );
}

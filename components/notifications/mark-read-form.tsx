"use client";

import { useActionState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import type { FormAction, FormState } from "@/lib/action-result";
import { SubmitButton } from "../review/form-parts";

/** 全部标为已读. */
export function MarkReadForm({ action, disabled }: { action: FormAction; disabled: boolean }) {
  const [state, dispatch, pending] = useActionState<FormState, FormData>(action, null);
  return (
    <form action={dispatch} className="flex flex-wrap items-center gap-3">
      {!disabled && (
        <SubmitButton pending={pending} secondary>
          全部标为已读
        </SubmitButton>
      )}
      <ActionMessage state={state} testId="inbox-message" />
    </form>
  );
}

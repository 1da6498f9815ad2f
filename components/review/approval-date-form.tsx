"use client";

import { useActionState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import type { FormAction, FormState } from "@/lib/action-result";
import { SubmitButton } from "./form-parts";

/** The 批复 date of one department's budget, set or cleared inline on the board. */
export function ApprovalDateForm(props: {
  action: FormAction;
  departmentId: number;
  departmentName: string;
  year: number;
  date: string | null;
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(props.action, null);
  const inputId = `approval-${props.departmentId}`;
  const hidden = (
    <>
      <input type="hidden" name="departmentId" value={props.departmentId} />
      <input type="hidden" name="year" value={props.year} />
    </>
  );
  return (
    <div className="min-w-48">
      <form action={action} className="flex flex-wrap items-center gap-1" key={props.date ?? ""}>
        {hidden}
        <label htmlFor={inputId} className="sr-only">
          {props.departmentName}的批复日期
        </label>
        <input
          id={inputId}
          type="date"
          name="date"
          required
          min={`${props.year - 1}-01-01`}
          max={`${props.year}-12-31`}
          defaultValue={props.date ?? ""}
          className="rounded border border-stone-500 bg-white px-1 py-0.5 text-sm"
        />
        <SubmitButton pending={pending} secondary label={`保存${props.departmentName}的批复日期`}>
          保存
        </SubmitButton>
      </form>
      {props.date && (
        <form action={action} className="mt-1">
          {hidden}
          <input type="hidden" name="date" value="" />
          <SubmitButton pending={pending} secondary label={`清除${props.departmentName}的批复日期`}>
            清除
          </SubmitButton>
        </form>
      )}
      <ActionMessage state={state} />
    </div>
  );
}

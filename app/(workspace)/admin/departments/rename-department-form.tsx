"use client";

import { useActionState } from "react";
import { renameDepartmentAction, type AdminActionState } from "../actions";
import { ActionMessage } from "@/components/ui/action-message";
import { SubmitButton, inputClass, labelClass } from "../form-parts";

/** Folded away in its table cell until asked for, so the list stays readable on a phone. */
export function RenameDepartmentForm({ departmentId, name }: { departmentId: number; name: string }) {
  const [state, action, pending] = useActionState<AdminActionState, FormData>(renameDepartmentAction, null);
  return (
    <details open={state ? true : undefined}>
      <summary className="cursor-pointer text-blue-800 underline underline-offset-2">
        更名<span className="sr-only">：{name}</span>
      </summary>
      <form action={action} className="mt-2 space-y-2">
        <input type="hidden" name="departmentId" value={departmentId} />
        <label className={labelClass}>
          新名称
          <input
            name="name"
            required
            maxLength={100}
            defaultValue={state && !state.ok ? state.fields.name?.[0] : name}
            className={inputClass}
          />
        </label>
        <SubmitButton pending={pending}>保存名称</SubmitButton>
        <ActionMessage state={state} />
      </form>
    </details>
  );
}

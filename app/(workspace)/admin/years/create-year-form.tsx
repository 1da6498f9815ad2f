"use client";

import { useActionState } from "react";
import { createFiscalYearAction, type AdminActionState } from "../actions";
import { ActionMessage } from "@/components/ui/action-message";
import { SubmitButton, inputClass, labelClass, sectionClass } from "../form-parts";

export function CreateYearForm({ suggested }: { suggested: number }) {
  const [state, action, pending] = useActionState<AdminActionState, FormData>(createFiscalYearAction, null);
  return (
    <form action={action} aria-labelledby="create-year-title" className={`${sectionClass} space-y-3`}>
      <h2 id="create-year-title" className="text-lg font-semibold">
        开放新年度
      </h2>
      <label className={`${labelClass} max-w-40`}>
        年度
        <input
          type="number"
          name="year"
          required
          min={1990}
          max={2100}
          step={1}
          inputMode="numeric"
          defaultValue={state && !state.ok ? state.fields.year?.[0] : suggested}
          className={inputClass}
        />
      </label>
      <p className="text-xs text-stone-700">1990–2100。开放后各部门即可填报该年度的预算公开文件。</p>
      <ActionMessage state={state} />
      <SubmitButton pending={pending}>添加年度</SubmitButton>
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import type { FormAction, FormState } from "@/lib/action-result";
import {
  BULK_FORM_ID,
  approveButtonClass,
  inputClass,
  labelClass,
  panelClass,
  returnButtonClass,
  secondaryButtonClass,
} from "./form-parts";

/**
 * 批量操作 on the departments ticked in the board (their checkboxes belong to this form through
 * the `form` attribute). The server handles each department as one click would and lists each result.
 */
export function BulkPanel({ action, year }: { action: FormAction; year: number }) {
  const [state, dispatch, pending] = useActionState<FormState, FormData>(action, null);
  return (
    <form id={BULK_FORM_ID} action={dispatch} aria-labelledby="bulk-title" className={`${panelClass} border border-stone-300`} noValidate>
      <h3 id="bulk-title" className="font-semibold">
        批量操作（先在下表勾选部门）
      </h3>
      <input type="hidden" name="year" value={year} />
      <div className="mt-2 grid gap-4 md:grid-cols-3">
        <fieldset className="space-y-2">
          <legend className="text-sm font-semibold">审核通过并公开</legend>
          <label className="flex items-start gap-2 text-sm">
            <input type="checkbox" name="confirmed" className="mt-1" />
            我已逐一核对所选部门的数据核对结果与差异
          </label>
          <button type="submit" name="intent" value="approve" disabled={pending} className={approveButtonClass}>
            批量审核通过并公开
          </button>
        </fieldset>
        <fieldset className="space-y-2">
          <legend className="text-sm font-semibold">退回修改</legend>
          <label className={labelClass}>
            退回理由（所选部门相同）
            <textarea name="reason" maxLength={2000} rows={2} className={inputClass} />
          </label>
          <button type="submit" name="intent" value="return" disabled={pending} className={returnButtonClass}>
            批量退回修改
          </button>
        </fieldset>
        <fieldset className="space-y-2">
          <legend className="text-sm font-semibold">批复日期</legend>
          <label className={labelClass}>
            所选部门的批复日期
            <input type="date" name="date" min={`${year - 1}-01-01`} max={`${year}-12-31`} className={inputClass} />
          </label>
          <button type="submit" name="intent" value="approval-date" disabled={pending} className={secondaryButtonClass}>
            批量录入批复日期
          </button>
        </fieldset>
      </div>
      {pending && <p className="text-sm">正在逐个处理…</p>}
      <ActionMessage state={state} testId="bulk-message" />
    </form>
  );
}

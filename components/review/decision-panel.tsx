"use client";

import { useActionState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import type { FormAction, FormState } from "@/lib/action-result";
import {
  SubmitButton,
  approveButtonClass,
  inputClass,
  labelClass,
  panelClass,
  returnButtonClass,
} from "./form-parts";
import { SECTION_OPTIONS } from "@/lib/disclosure/field-names";

/**
 * 退回修改 and 审核通过并公开, after the document on the review page (the reviewer reads first). One
 * action state for both, and the panel stays mounted after the decision (only the forms go), so the
 * message survives the refresh that changes the status.
 */
export function DecisionPanel(props: {
  returnAction: FormAction;
  approveAction: FormAction;
  versionId: number;
  open: boolean;
  hasErrors: boolean;
}) {
  const { returnAction, approveAction } = props;
  const [state, dispatch, pending] = useActionState<FormState, FormData>(
    (previous, formData) =>
      formData.get("intent") === "approve" ? approveAction(previous, formData) : returnAction(previous, formData),
    null,
  );
  return (
    <section aria-labelledby="decision-title" id="decision" className={panelClass}>
      <h2 id="decision-title" className="mb-2 text-lg font-semibold">
        审核决定
      </h2>
      <ActionMessage state={state} testId="review-message" />
      {!props.open && !state && <p className="text-sm text-stone-700">此版本不在待审核状态，无需审核决定。</p>}
      {props.open && (
        <div className="grid gap-4 md:grid-cols-2">
          <form action={dispatch} aria-labelledby="return-title" className="space-y-2 rounded border border-amber-300 p-3">
            <h3 id="return-title" className="font-semibold">
              退回修改
            </h3>
            <input type="hidden" name="intent" value="return" />
            <input type="hidden" name="versionId" value={props.versionId} />
            <label className={labelClass}>
              涉及章节
              <select name="section" defaultValue="0" className={inputClass}>
                {SECTION_OPTIONS.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </label>
            <label className={labelClass}>
              退回理由（必填，不超过2000字）
              <textarea name="reason" required maxLength={2000} rows={4} className={inputClass} />
            </label>
            <SubmitButton pending={pending} className={returnButtonClass}>
              退回修改
            </SubmitButton>
          </form>
          <form action={dispatch} aria-labelledby="approve-title" className="space-y-2 rounded border border-green-300 p-3">
            <h3 id="approve-title" className="font-semibold">
              审核通过并公开
            </h3>
            <input type="hidden" name="intent" value="approve" />
            <input type="hidden" name="versionId" value={props.versionId} />
            {props.hasErrors && (
              <p className="text-sm text-red-800">数据核对仍有错误：有错误的公开文件不能审核通过，请退回修改。</p>
            )}
            <p className="text-sm text-stone-700">通过后立即向社会公开；如有已公开版本，将被此版本更正替代（旧版本仍可查阅）。</p>
            <label className="flex items-start gap-2 text-sm">
              <input type="checkbox" name="confirmed" required className="mt-1" />
              我已核对数据核对结果、与已公开版本及上年的差异
            </label>
            <SubmitButton pending={pending} className={approveButtonClass}>
              审核通过并公开
            </SubmitButton>
          </form>
        </div>
      )}
    </section>
  );
}

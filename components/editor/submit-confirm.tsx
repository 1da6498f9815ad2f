"use client";
/**
 * 提交审核, confirmed: a modal dialog (native <dialog>: focus kept inside, Esc cancels) that sums up
 * what is about to go to the finance bureau — the totals and what the checks still say — before
 * anything is sent.
 */
import { useEffect, useRef } from "react";
import { formatWan, type Yuan } from "@/lib/money";
import { NOT_STATED } from "@/lib/disclosure/figures";

export interface SubmitSummaryProps {
  departmentName: string;
  year: number;
  revenueTotal: Yuan | null;
  expenditureTotal: Yuan | null;
  errors: number;
  warnings: number;
  /** Required texts still empty. */
  incomplete: number;
}

export function SubmitSummary(props: SubmitSummaryProps) {
  const blocked = props.errors > 0 || props.incomplete > 0;
  return (
    <div className="space-y-2 text-sm text-stone-900" data-testid="submit-summary">
      <p>
        将{props.departmentName}
        {props.year}年部门预算信息公开提交财政局审核。提交后不能再修改；审核人开始审核前可以撤回。
      </p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt>收入合计</dt>
        <dd data-testid="submit-summary-revenue">{props.revenueTotal === null ? NOT_STATED : `${formatWan(props.revenueTotal)}万元`}</dd>
        <dt>支出合计</dt>
        <dd data-testid="submit-summary-expenditure">{props.expenditureTotal === null ? NOT_STATED : `${formatWan(props.expenditureTotal)}万元`}</dd>
        <dt>数据核对</dt>
        <dd data-testid="submit-summary-checks">
          {props.errors > 0 ? `${props.errors} 处错误` : "无错误"}
          {props.warnings > 0 ? `，${props.warnings} 条提示（审核人会看到）` : ""}
        </dd>
        {props.incomplete > 0 && (
          <>
            <dt>未填写完整</dt>
            <dd>{props.incomplete} 项</dd>
          </>
        )}
      </dl>
      {blocked && (
        <p className="font-medium text-red-800" data-testid="submit-summary-blocked">
          仍有错误或未填写完整的内容，提交会被拒绝并列出各项；建议先按“数据核对”修正。
        </p>
      )}
    </div>
  );
}

export function SubmitConfirm(props: SubmitSummaryProps & { open: boolean; onConfirm: () => void; onCancel: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const { open } = props;
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  return (
    <dialog
      ref={dialog}
      aria-labelledby="submit-confirm-title"
      data-testid="submit-confirm"
      onClose={props.onCancel}
      className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-lg border border-stone-400 p-4 shadow-xl backdrop:bg-stone-900/50"
    >
      <h2 id="submit-confirm-title" className="mb-2 text-lg font-bold text-stone-900">
        确认提交审核
      </h2>
      <SubmitSummary {...props} />
      <div className="mt-4 flex justify-end gap-2">
        <button type="button" onClick={props.onCancel} className="rounded border border-stone-600 bg-white px-4 py-1.5 text-sm font-medium text-stone-900 hover:bg-stone-100">
          取消
        </button>
        <button type="button" data-testid="confirm-submit" onClick={props.onConfirm} className="rounded bg-brand px-4 py-1.5 text-sm font-semibold text-white hover:bg-brand-dark">
          确认提交
        </button>
      </div>
    </dialog>
  );
}

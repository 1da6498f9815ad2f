"use client";
/** 数据核对: the live reconciliation findings, each linked to the field it concerns. */
import type { Finding } from "@/lib/checks/types";
import { FieldLinks } from "./field-links";

function summary(errors: number, warnings: number): string {
  if (errors > 0) return `${errors} 处错误${warnings > 0 ? `，${warnings} 条提示` : ""}`;
  if (warnings > 0) return `无错误，${warnings} 条提示`;
  return "各项数据核对一致";
}

export function ChecksSidebar({ findings }: { findings: readonly Finding[] }) {
  const errors = findings.filter((f) => f.severity === "error").length;
  return (
    <aside
      aria-labelledby="editor-checks-title"
      data-testid="editor-checks"
      // Not sticky itself: the column around it (draft-editor.tsx) is, and scrolls as a whole. A
      // sticky list inside it covered the Excel panel below once the findings filled the column.
      className="rounded-lg border border-stone-300 bg-white p-3"
    >
      <h2 id="editor-checks-title" className="text-lg font-bold text-stone-900">
        数据核对
      </h2>
      <p className="mt-1 text-xs text-stone-700">随填随核（容差0.01万元）。点击一条可跳到对应的填写项。有错误时不能提交审核。</p>
      <p className="mt-2 text-sm font-semibold" data-testid="editor-checks-summary">
        {summary(errors, findings.length - errors)}
      </p>
      {findings.length > 0 && (
        <div className="mt-2">
          <FieldLinks items={findings} itemTestId="editor-finding" />
        </div>
      )}
    </aside>
  );
}

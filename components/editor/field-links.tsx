"use client";
/** Messages tied to a document field: each one a button that scrolls to and focuses the field. */
import type { Severity } from "@/lib/checks/types";
import { focusField } from "./field-target";
import { describeField } from "@/lib/disclosure/field-names";

export interface FieldMessage {
  field: string;
  message: string;
  severity?: Severity;
  ruleId?: string;
}

export const SEVERITY_BADGE: Record<Severity, { label: string; className: string }> = {
  error: { label: "错误", className: "border-red-800 bg-red-50 text-red-900" },
  warning: { label: "提示", className: "border-amber-800 bg-amber-50 text-amber-900" },
};

export function FieldLinks(props: { items: readonly FieldMessage[]; testId?: string; itemTestId?: string; showLocation?: boolean }) {
  return (
    <ul className="space-y-1.5" data-testid={props.testId}>
      {props.items.map((item, i) => {
        const badge = item.severity ? SEVERITY_BADGE[item.severity] : null;
        return (
          <li key={`${item.field}-${i}`} data-testid={props.itemTestId} data-severity={item.severity} data-rule-id={item.ruleId} data-field={item.field}>
            <button
              type="button"
              onClick={() => focusField(item.field)}
              className="flex w-full items-start gap-2 rounded px-1 py-1 text-left text-sm text-stone-900 hover:bg-stone-100"
            >
              {badge && <span className={`shrink-0 rounded border px-1.5 py-0.5 text-xs font-semibold ${badge.className}`}>{badge.label}</span>}
              <span className="min-w-0">
                {props.showLocation && item.field !== "" && <span className="font-medium">{describeField(item.field)}：</span>}
                <span className="underline decoration-stone-400 underline-offset-2">{item.message}</span>
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}

"use client";
/**
 * 原文所列数: figures as a historic document printed them (the `stated*` fields), shown read-only
 * beside what the lines give, until the editor clears them and the computed figures stand alone.
 */
import { formatWan } from "@/lib/money";
import { useEditor } from "./editor-context";
import { fieldId } from "./field-target";
import { formatPercent } from "./fields";

export interface StatedItem {
  /** The stated field's document path, e.g. "change.stated.total". */
  path: string;
  label: string;
  stated: number | undefined;
  /** What the lines give; shown for comparison. */
  computed?: number | null;
  kind?: "yuan" | "percent";
}

function show(value: number | null | undefined, kind: StatedItem["kind"]): string {
  if (value === undefined) return "—";
  if (kind === "percent") return formatPercent(value);
  return value === null ? "—" : `${formatWan(value)} 万元`;
}

function differs(item: StatedItem): boolean {
  if (item.stated === undefined || item.computed === undefined || item.computed === null) return false;
  return item.kind === "percent" ? Math.abs(item.stated - item.computed) > 0.01 : Math.abs(item.stated - item.computed) > 100;
}

export function StatedFigures(props: { boxPath: string; items: readonly StatedItem[]; onClear: () => void }) {
  const { readOnly } = useEditor();
  const present = props.items.filter((item) => item.stated !== undefined);
  if (present.length === 0) return null;
  const titleId = `${fieldId(props.boxPath)}-title`;
  return (
    <section
      id={fieldId(props.boxPath)}
      aria-labelledby={titleId}
      data-testid="stated-figures"
      className="rounded border border-dashed border-stone-500 bg-stone-50 p-3 text-sm"
    >
      <h3 id={titleId} className="font-semibold text-stone-900">
        原文所列数
      </h3>
      <p className="mt-1 text-xs text-stone-700">原公开文件印出的数字，只读；与按明细计算的数字不一致时标“不一致”。</p>
      <dl className="mt-2 space-y-1">
        {present.map((item) => (
          <div key={item.path} id={fieldId(item.path)} className="flex flex-wrap gap-x-3">
            <dt className="text-stone-800">{item.label}</dt>
            <dd className="tabular-nums">
              原文 {show(item.stated, item.kind)}
              {item.computed !== undefined && <span className="text-stone-700">；计算 {show(item.computed, item.kind)}</span>}
              {differs(item) && <strong className="ml-2 text-red-800">不一致</strong>}
            </dd>
          </div>
        ))}
      </dl>
      {!readOnly && (
        <button
          type="button"
          onClick={props.onClear}
          className="mt-2 rounded border border-stone-500 bg-white px-2 py-1 text-sm hover:bg-stone-100"
        >
          清除所列数（以计算数为准）
        </button>
      )}
    </section>
  );
}

"use client";
/** The editor's text, select and computed-figure building blocks; ids come from document paths. */
import type { ReactNode } from "react";
import type { Yuan } from "@/lib/money";
import { wanOrNotStated } from "@/lib/disclosure/figures";
import { useEditor } from "./editor-context";
import { ALL_SECTIONS, sectionOrdinal, type DocumentKey } from "@/lib/disclosure/sections";
import { sectionNumber } from "@/lib/disclosure/numbering";
import { fieldId, sectionElementId } from "./field-target";

export const INPUT_CLASS =
  "w-full min-w-0 rounded border border-stone-500 bg-white px-2 py-1.5 text-base text-stone-900 read-only:bg-stone-100 read-only:text-stone-800 disabled:bg-stone-100 disabled:text-stone-800 aria-[invalid=true]:border-red-700 aria-[invalid=true]:bg-red-50 sm:text-sm";
export const LABEL_CLASS = "mb-1 block text-sm font-medium text-stone-800";

/**
 * A field's visible label. `prefix` (e.g. "采购1 ") is read out but not shown, for rows whose
 * heading already says which row it is: the accessible name stays unique.
 */
export function FieldLabel(props: { htmlFor: string; label: string; prefix?: string }) {
  return (
    <label htmlFor={props.htmlFor} className={LABEL_CLASS}>
      {props.prefix && <span className="sr-only">{props.prefix}</span>}
      {props.label}
    </label>
  );
}

interface TextFieldProps {
  path: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  rows?: number;
  /** In a table cell the label is the column header; the input still gets its full name. */
  hideLabel?: boolean;
  labelPrefix?: string;
  placeholder?: string;
  className?: string;
  /** The id of a note that belongs to this field (read out after the label). */
  describedBy?: string;
}

/** Under a required text still empty: the draft saves, submitting waits for it. */
function MissingNote({ id }: { id: string }) {
  return (
    <p id={id} className="mt-1 text-sm text-red-800">
      尚未填写（草稿已保存，提交前须补全）
    </p>
  );
}

export function TextField(props: TextFieldProps) {
  const { readOnly, incomplete } = useEditor();
  const id = fieldId(props.path);
  const missing = !readOnly && incomplete.has(props.path);
  const common = {
    id,
    value: props.value,
    readOnly,
    placeholder: props.placeholder,
    "aria-label": props.hideLabel ? `${props.labelPrefix ?? ""}${props.label}` : undefined,
    "aria-invalid": missing || undefined,
    "aria-describedby": [missing ? `${id}-missing` : null, props.describedBy ?? null].filter(Boolean).join(" ") || undefined,
    className: INPUT_CLASS,
  };
  return (
    <div className={props.className}>
      {!props.hideLabel && <FieldLabel htmlFor={id} label={props.label} prefix={props.labelPrefix} />}
      {props.multiline ? (
        <textarea {...common} rows={props.rows ?? 3} onChange={(e) => props.onChange(e.target.value)} />
      ) : (
        <input {...common} type="text" onChange={(e) => props.onChange(e.target.value)} />
      )}
      {missing && <MissingNote id={`${id}-missing`} />}
    </div>
  );
}

interface SelectFieldProps {
  path: string;
  label: string;
  value: string;
  options: readonly string[];
  /** The text shown for each option value, where it differs from the value (e.g. "personnel" → 人员经费). */
  optionLabels?: Readonly<Record<string, string>>;
  onChange: (value: string) => void;
  hideLabel?: boolean;
  /** Read out before the label but not shown (see FieldLabel). */
  labelPrefix?: string;
  /** Whether the list starts with an empty 请选择 (true unless a value is always chosen). */
  placeholder?: boolean;
  className?: string;
}

/** A value outside `options` (e.g. from an old document) stays selectable rather than being lost. */
export function SelectField(props: SelectFieldProps) {
  const { readOnly, incomplete } = useEditor();
  const id = fieldId(props.path);
  const missing = !readOnly && incomplete.has(props.path);
  const options = props.value === "" || props.options.includes(props.value) ? props.options : [props.value, ...props.options];
  return (
    <div className={props.className}>
      {!props.hideLabel && <FieldLabel htmlFor={id} label={props.label} prefix={props.labelPrefix} />}
      <select
        id={id}
        value={props.value}
        disabled={readOnly}
        aria-label={props.hideLabel ? `${props.labelPrefix ?? ""}${props.label}` : undefined}
        aria-invalid={missing || undefined}
        aria-describedby={missing ? `${id}-missing` : undefined}
        onChange={(e) => props.onChange(e.target.value)}
        className={INPUT_CLASS}
      >
        {props.placeholder !== false && <option value="">请选择</option>}
        {options.map((option) => (
          <option key={option} value={option}>
            {props.optionLabels?.[option] ?? option}
          </option>
        ))}
      </select>
      {missing && <MissingNote id={`${id}-missing`} />}
    </div>
  );
}

export function formatPercent(percent: number | null): string {
  return percent === null ? "—" : `${percent.toFixed(2)}%`;
}

/** A computed figure: never an input. `testId` sits on the number alone (e.g. "1028.57"). */
export function ComputedFigure(props: {
  label: string;
  /** null: built on a figure not stated, so 未列示. */
  yuan: Yuan | null;
  testId?: string;
  percent?: number | null;
  percentTestId?: string;
  strong?: boolean;
  note?: ReactNode;
}) {
  return (
    <div
      className={`flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1 rounded border border-stone-300 bg-stone-100 px-3 py-2 text-sm ${props.strong ? "font-semibold" : ""}`}
    >
      <span>
        {props.label}
        <span className="ml-1 text-xs font-normal text-stone-700">（自动计算）</span>
      </span>
      <span className="tabular-nums">
        <span data-testid={props.testId}>{wanOrNotStated(props.yuan)}</span>{props.yuan === null ? "" : " 万元"}
        {props.percent !== undefined && (
          <span className="ml-2">
            增减率 <span data-testid={props.percentTestId}>{formatPercent(props.percent)}</span>
          </span>
        )}
      </span>
      {props.note && <span className="w-full text-xs font-normal text-stone-700">{props.note}</span>}
    </div>
  );
}

/** The legend of section `n` (0 = the opening, 1…9), worded as the public rendering words it. */
export function editorSectionTitle(n: number): string {
  const section = ALL_SECTIONS[n];
  if (!section) return "";
  return n === 0 ? section.title.zh : `${sectionNumber(n)}${section.title.zh}`;
}

/**
 * A section of the form, named by a document key it owns (lib/disclosure/sections.ts gives its
 * number): a fieldset with its numbered legend; id and test id "editor-section-N".
 */
export function EditorSection(props: { section: DocumentKey; children: ReactNode }) {
  const number = sectionOrdinal(props.section);
  const id = sectionElementId(number);
  return (
    <fieldset
      id={id}
      data-testid={id}
      className="min-w-0 scroll-mt-24 space-y-4 rounded-lg border border-stone-300 bg-white p-3 sm:p-5"
    >
      <legend className="px-1 text-lg font-bold text-stone-900">{editorSectionTitle(number)}</legend>
      {props.children}
    </fieldset>
  );
}

/** A titled group inside a section (收入, 支出, 比上年增减 …). */
export function SubGroup(props: { title: string; id?: string; children: ReactNode; testId?: string }) {
  return (
    <fieldset id={props.id} data-testid={props.testId} className="min-w-0 space-y-3 border-t border-stone-200 pt-3">
      <legend className="text-base font-semibold text-stone-900">{props.title}</legend>
      {props.children}
    </fieldset>
  );
}

"use client";
/** Amounts typed in 万元 (up to four decimals) and stored in 元; plus the other number fields. */
import type { Yuan } from "@/lib/money";
import {
  AMOUNT_ERROR,
  AREA_ERROR,
  COUNT_ERROR,
  DATE_ERROR,
  YEAR_ERROR,
  displayWan,
  parseAmountText,
  parseCountText,
  parseDateText,
  parseDecimalText,
  parseYearText,
} from "./number-parse";
import { NOT_STATED } from "@/lib/disclosure/figures";
import { useEditor } from "./editor-context";
import { fieldId } from "./field-target";
import { FieldLabel, INPUT_CLASS } from "./fields";
import { ParsedInput } from "./parsed-input";

interface Common {
  path: string;
  /** Include the unit, e.g. "人员经费（万元）". */
  label: string;
  hideLabel?: boolean;
  labelPrefix?: string;
  className?: string;
}

const parseRequired = (text: string) => parseAmountText(text, 0);
const parseOptional = (text: string) => parseAmountText(text, null);

/** A required amount: blank means 0. */
export function AmountInput(props: Common & { value: Yuan; onChange: (value: Yuan) => void }) {
  return <ParsedInput<Yuan> {...props} parse={parseRequired} format={displayWan} error={AMOUNT_ERROR} />;
}

/** An amount that may be left empty (e.g. 年度预算数 of an activity): blank means null. */
export function OptionalAmountInput(props: Common & { value: Yuan | null; onChange: (value: Yuan | null) => void }) {
  return (
    <ParsedInput<Yuan | null>
      {...props}
      parse={parseOptional}
      format={displayWan}
      error={AMOUNT_ERROR}
      placeholder="（空）"
    />
  );
}

/**
 * A figure the department may leave unstated (未列示, stored as null — distinct from 0): this
 * year's 三公 items, 人员经费, 日常公用经费. Not stated only by the explicit checkbox "未列示":
 * a blank amount still means 0, as in every required amount, so clearing a field never silently
 * unstates a figure. Checked, the amount shows 未列示 and cannot be typed; unchecked, it is 0 again.
 */
export function StatableAmountInput(props: Common & { value: Yuan | null; onChange: (value: Yuan | null) => void }) {
  const { value, onChange, ...common } = props;
  const id = fieldId(props.path);
  const boxId = `${id}-not-stated`;
  const notStated = value === null;
  return (
    <div className={props.className}>
      {notStated ? (
        <>
          {!props.hideLabel && <FieldLabel htmlFor={id} label={props.label} prefix={props.labelPrefix} />}
          <input
            id={id}
            type="text"
            readOnly
            value={NOT_STATED}
            aria-label={props.hideLabel ? `${props.labelPrefix ?? ""}${props.label}` : undefined}
            aria-describedby={boxId}
            className={`${INPUT_CLASS} bg-stone-100 text-right text-stone-800`}
          />
        </>
      ) : (
        <AmountInput {...common} className={undefined} value={value} onChange={onChange} />
      )}
      <NotStatedCheckbox id={boxId} label={props.label.replace(/（万元）$/, "")} checked={notStated} onChange={(checked) => onChange(checked ? null : 0)} />
    </div>
  );
}

/**
 * The checkbox "未列示" (accessible name "<label>未列示"): beside one amount (StatableAmountInput)
 * or for a whole section whose figure is a sum over its rows (收入, 机关运行经费: their `notStated`).
 */
export function NotStatedCheckbox(props: { id: string; label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  const { readOnly } = useEditor();
  return (
    <label htmlFor={props.id} className="mt-1 flex items-center gap-2 text-sm text-stone-800">
      <input
        id={props.id}
        type="checkbox"
        checked={props.checked}
        disabled={readOnly}
        aria-label={`${props.label}未列示`}
        onChange={(e) => props.onChange(e.target.checked)}
        className="h-4 w-4"
      />
      <span aria-hidden="true">{NOT_STATED}（本部门未公开此数）</span>
    </label>
  );
}

const plain = (value: number | null) => (value === null ? "" : String(value));
const parseArea = (text: string) => parseDecimalText(text, 0);
const parseOptionalDecimal = (text: string) => parseDecimalText(text, null);
const parseCount = (text: string) => parseCountText(text, 0);
const parseOptionalCount = (text: string) => parseCountText(text, null);

/** Areas (m²): a non-negative number, two decimals at most; blank means 0. */
export function AreaInput(props: Common & { value: number; onChange: (value: number) => void }) {
  return <ParsedInput<number> {...props} parse={parseArea} format={plain} error={AREA_ERROR} />;
}

/** A quantity that may be left empty. */
export function OptionalDecimalInput(props: Common & { value: number | null; onChange: (value: number | null) => void }) {
  return <ParsedInput<number | null> {...props} parse={parseOptionalDecimal} format={plain} error={AREA_ERROR} />;
}

export function CountInput(props: Common & { value: number; onChange: (value: number) => void }) {
  return <ParsedInput<number> {...props} parse={parseCount} format={plain} error={COUNT_ERROR} inputMode="numeric" />;
}

export function OptionalCountInput(props: Common & { value: number | null; onChange: (value: number | null) => void }) {
  return <ParsedInput<number | null> {...props} parse={parseOptionalCount} format={plain} error={COUNT_ERROR} inputMode="numeric" />;
}

export function YearInput(props: Common & { value: number; onChange: (value: number) => void }) {
  return <ParsedInput<number> {...props} parse={parseYearText} format={String} error={YEAR_ERROR} inputMode="numeric" />;
}

const identity = (value: string) => value;

/** A date as YYYY-MM-DD (typed: a native date picker differs too much between phones). */
export function DateInput(props: Common & { value: string; onChange: (value: string) => void }) {
  return (
    <ParsedInput<string> {...props} parse={parseDateText} format={identity} error={DATE_ERROR} inputMode="text" placeholder="2024-12-31" />
  );
}

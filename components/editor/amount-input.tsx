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

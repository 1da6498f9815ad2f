"use client";
/**
 * A section whose figure is a sum over its rows (收入 over its sources, 机关运行经费 over its
 * items) with its checkbox "未列示": checked, the rows stay as they are but cannot be typed and the
 * total is not stated. The box shows the figure's real state (lib/disclosure/figures.ts
 * revenueStated / operatingCostsStated) — checked for a section marked 未列示 and for one with
 * nothing entered in a draft older than the mark — and unchecking states it (`notStated: false`,
 * even a 0 with no rows).
 */
import type { ReactNode } from "react";
import { NotStatedCheckbox } from "./amount-input";
import { fieldId } from "./field-target";

export function NotStatedFieldset(props: {
  /** The flag's document path, e.g. "revenue.notStated" (the checkbox's id, where findings lead). */
  path: string;
  /** The figure's name, e.g. "本年收入": the checkbox is named "本年收入未列示". */
  label: string;
  /** The rows' group name, read by screen readers. */
  legend: string;
  stated: boolean;
  onChange: (notStated: boolean) => void;
  children: ReactNode;
}) {
  const notStated = !props.stated;
  return (
    <>
      <NotStatedCheckbox id={fieldId(props.path)} label={props.label} checked={notStated} onChange={props.onChange} />
      <fieldset disabled={notStated} className="min-w-0 space-y-3">
        <legend className="sr-only">{props.legend}</legend>
        {props.children}
      </fieldset>
    </>
  );
}

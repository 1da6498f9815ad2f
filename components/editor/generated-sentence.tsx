"use client";
/**
 * What the public page prints under 收入说明 / 支出说明: the editor's own words, then a sentence the
 * portal generates from the figures (lib/disclosure/narrative.ts). Shown live beside the field,
 * labelled 自动生成, so the editor writes only the lead-in and never types the figures a second time.
 *
 * Why guidance rather than dropping the generated sentence when the editor's text repeats a
 * figure: the generated sentence is computed from the lines and stays right when an amount
 * changes, while a figure typed into the text goes stale silently. So the typed figure is the one
 * to remove, and the editor is told so the moment it appears.
 */
import { formatWan, type Yuan } from "@/lib/money";

/** The computed figures an intro text already states, as printed ("1028.57"); zeros are ignored. */
export function repeatedFigures(intro: string, figures: readonly Yuan[]): string[] {
  const found = new Set<string>();
  for (const yuan of figures) {
    if (yuan === 0) continue;
    const printed = formatWan(Math.abs(yuan));
    // "1028.57" but not inside "11028.579"; a trailing ".00" may be left out in prose ("323万元").
    const plain = printed.replace(/\.00$/, "");
    const pattern = new RegExp(`(?<![\\d.])(${printed.replace(".", "\\.")}|${plain.replace(".", "\\.")})(?![\\d.]*\\d)`);
    if (pattern.test(intro)) found.add(printed);
  }
  return [...found];
}

export function GeneratedSentence(props: { id: string; fieldLabel: string; sentence: string; intro: string; figures: readonly Yuan[] }) {
  const repeated = repeatedFigures(props.intro, props.figures);
  return (
    <div id={props.id} className="rounded border border-dashed border-stone-400 bg-stone-50 p-2 text-sm text-stone-800" data-testid={props.id}>
      <p className="text-xs text-stone-700">
        只写引导语即可：合计数和各项金额由系统<strong>自动生成</strong>，接在{props.fieldLabel}之后，请勿在{props.fieldLabel}中重复填写金额。
      </p>
      <p className="mt-1">
        <span className="mr-1 rounded bg-stone-700 px-1.5 py-0.5 text-xs font-semibold text-white">自动生成</span>
        公开页面将显示：<span data-testid={`${props.id}-text`}>{props.sentence}</span>
      </p>
      {repeated.length > 0 && (
        <p className="mt-1 font-medium text-amber-900" data-testid={`${props.id}-repeated`}>
          {props.fieldLabel}中已写有 {repeated.join("、")}（万元），自动生成的句子也会写出，公开页面会重复：请删去{props.fieldLabel}中的金额。
        </p>
      )}
    </div>
  );
}

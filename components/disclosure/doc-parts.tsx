/**
 * The building blocks every section of the official rendering shares: numbered section and
 * subsection headings with stable ids (pages link to #section-3, #section-2-1), the scrollable
 * table region and amount cells. Server Components only.
 */
import type { ReactNode } from "react";
import { formatWan, type Yuan } from "../../lib/money";
import { sectionNumber, subsectionNumber } from "../../lib/disclosure/numbering";
import { sectionId, sectionOrdinal, sectionTitle, type SectionKey } from "../../lib/disclosure/sections";

export function DocSection(props: { section: SectionKey; children: ReactNode }) {
  const id = sectionId(props.section);
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="mt-8 scroll-mt-4">
      <h2 id={`${id}-title`} className="mb-3 text-lg font-bold text-stone-900">
        {sectionNumber(sectionOrdinal(props.section))}
        {sectionTitle(props.section)}
      </h2>
      {props.children}
    </section>
  );
}

/** The `n`th （一）… subsection of `section`; its id is e.g. "section-2-1". */
export function DocSubsection(props: { section: SectionKey; n: number; title: string; children: ReactNode }) {
  const id = `${sectionId(props.section)}-${props.n}`;
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="mt-5 scroll-mt-4">
      <h3 id={`${id}-title`} className="mb-2 font-bold text-stone-900">
        {subsectionNumber(props.n)}
        {props.title}
      </h3>
      {props.children}
    </section>
  );
}

/** A paragraph of the document's running text, indented two characters like the printed page. */
export function DocParagraph(props: { children: ReactNode; testId?: string }) {
  // An empty generated sentence is one whose figure the document does not state: nothing to print.
  if (props.children === "") return null;
  return (
    <p className="my-2 indent-8 leading-relaxed" data-testid={props.testId}>
      {props.children}
    </p>
  );
}

/** The portal's one table wrapper (sideways scroll, first column fixed), by the name the sections use. */
export { ScrollTable as TableRegion } from "../ui/scroll-table";

/**
 * A table's caption. Wide tables scroll; the caption text stays at the region's left edge, within
 * the screen, instead of centred over the whole (scrolled-away) table width.
 */
export function TableCaption(props: { children: ReactNode; srOnly?: boolean }) {
  return (
    <caption className={props.srOnly ? "sr-only" : "mb-1 text-left font-semibold text-stone-800 print:text-center"}>
      {props.srOnly ? props.children : <span className="sticky left-0 inline-block max-w-[calc(100vw-3rem)]">{props.children}</span>}
    </caption>
  );
}

/** A right-aligned amount in 万元; empty when there is no amount (e.g. 年度预算数 left blank). */
export function AmountCell(props: {
  yuan: Yuan | null;
  testId?: string;
  signed?: boolean;
  strong?: boolean;
  rowSpan?: number;
  /** Shown for null: e.g. 未列示 for a figure the document does not state (blank by default). */
  missing?: string;
}) {
  const { yuan } = props;
  const text = yuan === null ? (props.missing ?? "") : `${props.signed && yuan > 0 ? "+" : ""}${formatWan(yuan)}`;
  return (
    <td className={props.strong ? "num font-semibold" : "num"} {...present({ rowSpan: props.rowSpan, "data-testid": props.testId })}>
      {text}
    </td>
  );
}

/** A row label cell (the first column of a figures table), styled by `.doc-table th[scope="row"]`. */
export function RowHeader(props: { children: ReactNode; indent?: boolean; strong?: boolean; rowSpan?: number }) {
  const className = [props.strong && "strong", props.indent && "indent"].filter(Boolean).join(" ");
  return (
    <th scope="row" {...present({ rowSpan: props.rowSpan, className: className || undefined })}>
      {props.children}
    </th>
  );
}

/**
 * Only the attributes that have a value. Long tables repeat their cells hundreds of times, and
 * an attribute passed as undefined still costs its name in the page's embedded React payload.
 */
export function present<T extends Record<string, string | number | undefined>>(attributes: T): Partial<T> {
  return Object.fromEntries(Object.entries(attributes).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** The "－－" the document prints where a figure does not apply. */
export const NOT_APPLICABLE = "－－";

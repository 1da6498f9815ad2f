/** Pieces the review forms and pages share; no hooks here, so server and client components can use them. */
import type { ReactNode } from "react";

/** The board's bulk form: the rows' checkboxes belong to it through their `form` attribute. */
export const BULK_FORM_ID = "bulk-form";
export const panelClass = "mb-6 rounded bg-white p-4 shadow-sm";
export const labelClass = "flex flex-col text-sm";
export const inputClass = "mt-1 w-full rounded border border-stone-500 bg-white px-2 py-1 text-base sm:text-sm";
export const buttonClass =
  "rounded bg-brand px-4 py-2 text-sm text-white hover:bg-brand-dark disabled:cursor-not-allowed disabled:opacity-60";
export const secondaryButtonClass =
  "rounded border border-stone-600 bg-white px-3 py-1 text-sm text-stone-900 hover:bg-stone-100 disabled:cursor-not-allowed disabled:opacity-60";
/**
 * The two decisions look different, so a hurried click cannot take one for the other: approving is
 * the green primary action, returning an amber secondary one (both ≥ 4.5:1 contrast).
 */
export const approveButtonClass =
  "rounded bg-green-800 px-4 py-2 text-sm font-semibold text-white hover:bg-green-900 disabled:cursor-not-allowed disabled:opacity-60";
export const returnButtonClass =
  "rounded border-2 border-amber-700 bg-amber-50 px-4 py-2 text-sm font-semibold text-amber-950 hover:bg-amber-100 disabled:cursor-not-allowed disabled:opacity-60";
export const linkClass = "text-blue-800 underline underline-offset-2";
/** Ruled tables: header cells shaded, row headers plain. */
export const tableClass = [
  "w-full border-collapse text-sm",
  "[&_td]:border-b [&_td]:border-stone-300 [&_td]:px-2 [&_td]:py-1.5 [&_td]:align-top",
  "[&_tbody_th]:border-b [&_tbody_th]:border-stone-300 [&_tbody_th]:px-2 [&_tbody_th]:py-1.5 [&_tbody_th]:text-left [&_tbody_th]:align-top [&_tbody_th]:font-normal",
  "[&_thead_th]:border-b-2 [&_thead_th]:border-stone-400 [&_thead_th]:bg-stone-100 [&_thead_th]:px-2 [&_thead_th]:py-1.5 [&_thead_th]:text-left [&_thead_th]:font-semibold",
].join(" ");

export function SubmitButton(props: {
  pending: boolean;
  children: ReactNode;
  secondary?: boolean;
  label?: string;
  /** A class of its own (the decisions' colours), instead of primary or secondary. */
  className?: string;
}) {
  return (
    <button
      type="submit"
      disabled={props.pending}
      aria-disabled={props.pending}
      aria-label={props.label}
      className={props.className ?? (props.secondary ? secondaryButtonClass : buttonClass)}
    >
      {props.pending ? "正在提交…" : props.children}
    </button>
  );
}

/** The one table wrapper of the portal (components/ui/scroll-table.tsx). */
export { ScrollTable } from "../ui/scroll-table";

export function NoAccess({ text = "此页面仅供本地区财政局审核人使用。" }: { text?: string }) {
  return (
    <section aria-labelledby="no-access-title" className={panelClass}>
      <h1 id="no-access-title" className="mb-2 text-xl font-bold">
        无权访问
      </h1>
      <p>{text}</p>
    </section>
  );
}

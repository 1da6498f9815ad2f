/** Pieces every admin form shares; no hooks here, so server and client components can use them. */
export const sectionClass = "mb-6 rounded bg-white p-4 shadow-sm";
export const labelClass = "flex flex-col text-sm";
export const inputClass = "mt-1 w-full rounded border border-stone-500 bg-white px-2 py-1 text-base sm:text-sm";
export const buttonClass =
  "rounded bg-brand px-4 py-2 text-sm text-white hover:bg-brand-dark disabled:cursor-not-allowed disabled:opacity-60";
export const linkClass = "text-blue-800 underline underline-offset-2";

export function SubmitButton({ pending, children }: { pending: boolean; children: React.ReactNode }) {
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={buttonClass}>
      {pending ? "正在提交…" : children}
    </button>
  );
}

/** The one table wrapper of the portal (components/ui/scroll-table.tsx). */
export { ScrollTable } from "@/components/ui/scroll-table";

"use client";

import type { Lang } from "../public/labels";

const TEXT = { zh: "打印 / 保存为 PDF", en: "Print / save as PDF" } as const;

/**
 * Opens the browser's print dialog, where "save as PDF" is one of the printers; the print
 * stylesheet (app/globals.css) lays the disclosure out on A4 without the site around it.
 */
export function PrintButton({ lang = "zh" }: { lang?: Lang }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      data-testid="print-button"
      className="no-print text-blue-800 underline underline-offset-2"
    >
      {TEXT[lang]}
    </button>
  );
}

import type { Finding } from "../../lib/checks/types";
import { describeField } from "../../lib/disclosure/field-names";
import { countLabel, type Lang } from "../public/labels";

const SEVERITY = {
  error: { label: { zh: "错误", en: "Error" }, className: "border-red-800 bg-red-50 text-red-900" },
  warning: { label: { zh: "提示", en: "Note" }, className: "border-amber-800 bg-amber-50 text-amber-900" },
} as const;

// The panel's own words; the findings themselves are generated in Chinese (lib/checks/rules/).
const TEXT = {
  title: { zh: "数据核对", en: "Data checks (数据核对)" },
  intro: {
    zh: "本平台按各明细行重新计算合计、小计和增减数，与文件所列数字核对（容差0.01万元），说明文字中写明的金额和百分比按其取整位数核对；正文数字按原文公布的数字列示。",
    en: "The portal recomputes every total, subtotal and change from the lines and compares them with the figures the document states (tolerance 0.01 of 10k yuan), and the amounts and percentages written in its explanatory texts within their rounding; the document shows the figures as published. Findings are in Chinese.",
  },
  field: { zh: "位置：", en: "Where: " },
  jump: { zh: "查看数据核对", en: "See the data checks" },
} as const;

const ERRORS = { zh: "发现 {n} 处不一致", en: { one: "{n} inconsistency found", other: "{n} inconsistencies found" } };
const NOTES = { zh: "{n} 条提示", en: { one: "{n} note", other: "{n} notes" } };

export function checksSummary(findings: readonly Finding[], lang: Lang): string {
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.length - errors;
  const notes = countLabel(warnings, NOTES, lang);
  if (lang === "en") {
    if (errors > 0) return `${countLabel(errors, ERRORS, lang)}${warnings > 0 ? `, and ${notes}` : ""}`;
    if (warnings > 0) return `No inconsistency found; ${notes}`;
    return "All checks agree";
  }
  if (errors > 0) return `${countLabel(errors, ERRORS, lang)}${warnings > 0 ? `，另有 ${notes}` : ""}`;
  if (warnings > 0) return `未发现不一致，有 ${notes}`;
  return "各项数据核对一致";
}

/**
 * The check result in one line, linked to the panel: placed at the top of a disclosure, so a reader
 * on a phone learns it without scrolling through the whole document to the panel after it.
 */
export function ChecksSummaryLine({ findings, lang = "zh" }: { findings: readonly Finding[]; lang?: Lang }) {
  const errors = findings.some((f) => f.severity === "error");
  return (
    <p
      data-testid="checks-summary-line"
      className={`no-print mb-4 rounded border px-3 py-2 text-sm ${errors ? "border-red-800 bg-red-50 text-red-900" : "border-stone-300 bg-white"}`}
    >
      <span className="font-semibold">{TEXT.title[lang]}：</span>
      {checksSummary(findings, lang)}{" "}
      <a href="#checks-panel" className="whitespace-nowrap text-blue-800 underline underline-offset-2">
        {TEXT.jump[lang]}
      </a>
    </p>
  );
}

/** 数据核对: the reconciliation findings shown next to a disclosure. */
export function ChecksPanel({ findings, lang = "zh" }: { findings: Finding[]; lang?: Lang }) {
  // Errors first: they are what a reader or reviewer must see before anything else.
  const ordered = [...findings].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1));
  return (
    <section
      id="checks-panel"
      aria-labelledby="checks-panel-title"
      data-testid="checks-panel"
      className="my-6 scroll-mt-4 rounded border border-stone-300 bg-white p-4"
    >
      <h2 id="checks-panel-title" className="text-lg font-bold text-stone-900">
        {TEXT.title[lang]}
      </h2>
      <p className="mt-1 text-sm text-stone-700">
        {TEXT.intro[lang]}
      </p>
      <p className="mt-2 font-semibold" data-testid="checks-summary" role="status">
        {checksSummary(findings, lang)}
      </p>
      {ordered.length > 0 && (
        <ul className="mt-3 space-y-2" data-testid="checks-findings">
          {ordered.map((finding, i) => {
            const severity = SEVERITY[finding.severity];
            return (
              <li
                key={`${finding.ruleId}-${finding.field}-${i}`}
                className="flex flex-wrap items-baseline gap-x-2 gap-y-1 text-sm"
                data-testid="check-finding"
                data-severity={finding.severity}
                data-rule-id={finding.ruleId}
              >
                <span className={`inline-block rounded border px-1.5 py-0.5 text-xs font-semibold ${severity.className}`}>
                  {severity.label[lang]}
                </span>
                <span className="min-w-0 flex-1 basis-60" lang={lang === "en" ? "zh-CN" : undefined}>
                  {finding.message}
                </span>
                {/* The field by its Chinese name (lib/disclosure/field-names.ts), never the internal path. */}
                <span className="text-xs text-stone-600">
                  {TEXT.field[lang]}
                  <span lang={lang === "en" ? "zh-CN" : undefined} data-testid="check-finding-field">
                    {describeField(finding.field)}
                  </span>
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

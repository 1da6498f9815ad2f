"use client";

import { useEffect, useState } from "react";
import type { Lang } from "@/lib/lang-paths";
import { clientLabel as label, clientLabelf as labelf } from "./client-labels";

/** The open-data API's list of years (a JSON answer, not a page: a plain link, not <Link>). */
const YEARS_API = "/api/v1/years";

/** A year's files, as the open-data API serves them (app/api/v1/bulk): two tables, each as CSV and Excel. */
const BULK_FILES = [
  {
    what: "downloadAllTable",
    formats: [
      { format: "CSV", testId: "bulk-summary-csv", href: (year: number) => `/api/v1/bulk/${year}.csv` },
      { format: "Excel", testId: "bulk-summary-xlsx", href: (year: number) => `/api/v1/bulk/${year}.xlsx` },
    ],
  },
  {
    what: "downloadAllLines",
    formats: [
      { format: "CSV", testId: "bulk-budget-csv", href: (year: number) => `/api/v1/bulk/${year}/budget.csv` },
      { format: "Excel", testId: "bulk-budget-xlsx", href: (year: number) => `/api/v1/bulk/${year}/budget.xlsx` },
    ],
  },
] as const;

interface YearEntry {
  year: number;
  disclosureCount: number;
  demoDisclosureCount: number;
}

/**
 * "Download everything", in plain words, first on /open-data: for each year with published
 * budgets, the year's table (one row per department) and every budget line, each as CSV and as an
 * Excel workbook with the same rows. The
 * years come from the open-data API (/api/v1/years, public and cached a minute), so /open-data
 * itself stays a static page; until they arrive, or without JavaScript, the API's address is shown.
 */
export function BulkDownloads({ lang = "zh" }: { lang?: Lang }) {
  const [years, setYears] = useState<YearEntry[] | null>(null);
  useEffect(() => {
    let live = true;
    fetch(YEARS_API)
      .then((response) => (response.ok ? response.json() : { data: [] }))
      .then((body: { data: YearEntry[] }) => live && setYears([...body.data].sort((a, b) => b.year - a.year)))
      .catch(() => live && setYears([]));
    return () => {
      live = false;
    };
  }, []);
  return (
    <section aria-labelledby="download-all" lang={lang === "en" ? "en" : "zh-CN"} data-testid="bulk-downloads" className="mb-8 rounded border-2 border-brand bg-white p-4">
      <h2 id="download-all" className="mb-2 text-xl font-bold">
        {label("downloadAllTitle", lang)}
      </h2>
      <p className="mb-3 text-stone-800">{label("downloadAllIntro", lang)}</p>
      {years === null || years.length === 0 ? (
        <p className="text-sm text-stone-700">
          {label(years === null ? "downloadAllLoading" : "downloadAllNone", lang)}{" "}
          <a href={YEARS_API} className="text-blue-800 underline underline-offset-2">
            {YEARS_API}
          </a>
        </p>
      ) : (
        <ul className="space-y-2">
          {years.map((y) => (
            <li key={y.year} className="flex flex-wrap items-baseline gap-x-4 gap-y-1" data-testid="bulk-download-year">
              <span className="font-semibold">{labelf(y.demoDisclosureCount > 0 ? "downloadAllYearDemo" : "downloadAllYear", { year: y.year, n: y.disclosureCount, demo: y.demoDisclosureCount }, lang)}</span>
              {BULK_FILES.map((file) => (
                <span key={file.what} className="whitespace-nowrap">
                  {label(file.what, lang)}
                  {lang === "en" ? ": " : "："}
                  {file.formats.map((f, i) => (
                    <span key={f.format}>
                      {i > 0 && " · "}
                      <a
                        href={f.href(y.year)}
                        download
                        aria-label={labelf("downloadAllFile", { year: y.year, what: label(file.what, lang), format: f.format }, lang)}
                        className="text-blue-800 underline underline-offset-2"
                        data-testid={f.testId}
                      >
                        {f.format}
                      </a>
                    </span>
                  ))}
                </span>
              ))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

import { L, type Lang } from "@/lib/compare/labels";
import { compareHref, downloadHref, type CompareState } from "@/lib/compare/state";
import { localePath } from "@/lib/lang-paths";
import { ShareUrlField } from "./share-url-field";

const FORMATS = [
  { format: "csv", label: L.downloadCsv },
  { format: "xlsx", label: L.downloadXlsx },
  { format: "json", label: L.downloadJson },
] as const;

/** Downloads of exactly the table shown, and the address that reproduces this view. */
export function DownloadsShare(props: { state: CompareState; hasTable: boolean; lang?: Lang }) {
  const { lang = "zh" } = props;
  return (
    <section aria-labelledby="compare-download-heading" className="mt-8">
      <h2 id="compare-download-heading" className="mb-2 text-xl font-semibold">
        {L.downloadShare[lang]}
      </h2>
      {props.hasTable && (
        <>
          <ul className="flex flex-wrap gap-3" data-testid="compare-downloads">
            {FORMATS.map(({ format, label }) => (
              <li key={format}>
                <a
                  href={downloadHref(props.state, format)}
                  download
                  className="inline-block rounded border border-stone-600 bg-white px-3 py-1.5 text-blue-800 underline underline-offset-2 hover:bg-stone-100"
                >
                  {label[lang]}
                </a>
              </li>
            ))}
          </ul>
          <p className="mt-1 text-sm text-stone-700">{L.downloadNote[lang]}</p>
        </>
      )}
      <ShareUrlField path={localePath(compareHref(props.state), lang)} lang={lang} />
    </section>
  );
}

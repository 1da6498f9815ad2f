/** 更正记录 on the public page: each correction, when it was published and what it changed. */
import Link from "next/link";
import type { Correction } from "./compare";
import { formatChinaDate, isoOf } from "./format";
import { linkClass } from "./form-parts";
import { HeadlineCompare } from "./headline-compare";

/**
 * In Chinese on both language versions of the page; `versionsPath` is where the old versions are
 * (/departments/434/2018/versions, or its /en twin on the English page).
 */
export function CorrectionsList(props: { corrections: readonly Correction[]; versionsPath: string }) {
  if (props.corrections.length === 0) return null;
  const base = props.versionsPath;
  return (
    <section aria-labelledby="corrections-title" data-testid="corrections" className="mt-6 rounded bg-white p-4 shadow-sm sm:p-8">
      <h2 id="corrections-title" className="text-lg font-bold">
        更正记录
      </h2>
      <p className="mt-1 text-sm text-stone-700">
        本公开文件公开后曾经更正，以上为现行版本。被更正的旧版本继续保留，可随时查阅。
      </p>
      <ol className="mt-4 list-none space-y-6">
        {props.corrections.map((c) => (
          <li key={c.versionNo} data-testid="correction-item" data-version-no={c.versionNo}>
            <h3 className="font-semibold">
              <time dateTime={isoOf(c.publishedAt)}>{formatChinaDate(c.publishedAt)}</time> 公开第{c.versionNo}版，更正第
              {c.replacedVersionNo}版
            </h3>
            {c.note && <p className="mt-1 whitespace-pre-wrap text-sm">更正说明：{c.note}</p>}
            <p className="mt-1 text-sm">
              有改动的部分：{c.sections.length > 0 ? c.sections.join("、") : "无内容改动"}
            </p>
            {c.figures.length > 0 ? (
              <div className="mt-2">
                <HeadlineCompare
                  rows={c.figures}
                  label={`第${c.versionNo}版更正的主要数字`}
                  beforeLabel={`更正前（第${c.replacedVersionNo}版）`}
                  afterLabel={`更正后（第${c.versionNo}版）`}
                />
              </div>
            ) : (
              <p className="mt-1 text-sm">主要数字未变。</p>
            )}
            <p className="mt-2 text-sm">
              <Link href={`${base}/${c.replacedVersionNo}`} className={linkClass}>
                查看被更正的第{c.replacedVersionNo}版
              </Link>
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}

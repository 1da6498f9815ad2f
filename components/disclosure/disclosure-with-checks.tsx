import type { Finding } from "@/lib/checks/types";
import type { DisclosureDocument } from "@/lib/disclosure/schema";
import type { Lang } from "../public/labels";
import { StaticMarkup } from "../ui/static-markup";
import { ChecksPanel, ChecksSummaryLine } from "./checks-panel";
import { DisclosureView, type DisclosureViewProps } from "./disclosure-view";

/**
 * The official rendering with its 数据核对: the result in one line above the document, linked to
 * the panel after it. One column at every width, so the document's wide tables get the screen. `lang` is the
 * page's: the document itself is always the Chinese original; the panel's own words follow `lang`.
 */
export function DisclosureWithChecks(props: {
  departmentCode: string;
  departmentName: string;
  year: number;
  document: DisclosureDocument;
  isDemo: boolean;
  publication?: DisclosureViewProps["publication"];
  findings: Finding[];
  lang?: Lang;
  /** Last year's published disclosure (the prior-year base where this one states none). */
  previous?: DisclosureDocument | null;
}) {
  const { findings, lang = "zh", ...view } = props;
  return (
    <div>
      <ChecksSummaryLine findings={findings} lang={lang} />
      <article className="min-w-0 rounded bg-white p-4 shadow-sm sm:p-8" lang={lang === "en" ? "zh-CN" : undefined}>
        {/* Sent as compact data: the document is most of the page (components/ui/static-markup.tsx). */}
        <StaticMarkup>
          <DisclosureView {...view} />
        </StaticMarkup>
      </article>
      <aside>
        <StaticMarkup>
          <ChecksPanel findings={findings} lang={lang} />
        </StaticMarkup>
      </aside>
    </div>
  );
}

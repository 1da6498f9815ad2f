"use client";

import { Suspense } from "react";
import { usePathname, useSearchParams } from "next/navigation";
import { queryString, switchedPath } from "@/lib/lang-paths";
import type { Lang } from "../public/labels";

const TARGET = {
  zh: { lang: "en", hrefLang: "en", text: "English" },
  en: { lang: "zh-CN", hrefLang: "zh-CN", text: "中文" },
} as const;

/**
 * "English" / "中文": the same page (path and query) in the other language. A plain link: the
 * whole document changes language (<html lang>, header, every label), so the browser loads it in full.
 */
export function LanguageSwitch(props: { lang: Lang }) {
  // Cached pages render without the query on the server; the browser then fills it in.
  return (
    <Suspense fallback={<SwitchLink lang={props.lang} search="" />}>
      <SwitchWithQuery lang={props.lang} />
    </Suspense>
  );
}

function SwitchWithQuery(props: { lang: Lang }) {
  return <SwitchLink lang={props.lang} search={queryString(useSearchParams())} />;
}

function SwitchLink(props: { lang: Lang; search: string }) {
  const pathname = usePathname();
  const target = TARGET[props.lang];
  return (
    <a
      href={switchedPath(`${pathname}${props.search}`)}
      lang={target.lang}
      hrefLang={target.hrefLang}
      data-testid="language-switch"
      className="rounded border border-brand px-2 py-0.5 font-medium text-brand underline-offset-4 hover:underline"
    >
      {target.text}
    </a>
  );
}

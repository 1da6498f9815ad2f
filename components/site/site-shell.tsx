import type { ReactNode } from "react";
import Link from "next/link";
import { label, type LabelKey, type Lang } from "../public/labels";
import { localePath } from "@/lib/lang-paths";
import { AccountLink } from "./account-link";
import { LanguageSwitch } from "./language-switch";

const NAV: [string, LabelKey][] = [
  ["/", "home"],
  ["/years", "navYears"],
  ["/compare", "navCompare"],
  ["/open-data", "navOpenData"],
  ["/about", "navAbout"],
];

export const HTML_LANG: Record<Lang, string> = { zh: "zh-CN", en: "en" };

/**
 * The document every root layout renders: <html lang>, header with the navigation in `lang`, the
 * language switch (public pages only), main and footer. The workspace and sign-in stay Chinese.
 */
export function SiteShell(props: {
  lang: Lang;
  languageSwitch: boolean;
  /** The header's account entry when the page knows who is signed in (the workspace); else the browser asks. */
  account?: ReactNode;
  children: ReactNode;
}) {
  const { lang } = props;
  return (
    <html lang={HTML_LANG[lang]}>
      <body className="min-h-screen font-sans">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
          {label("skipToMain", lang)}
        </a>
        <header className="no-print border-b-4 border-brand bg-white">
          <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
            <Link href={localePath("/", lang)} className="text-lg font-bold text-brand">
              {label("siteName", lang)}
            </Link>
            <div className="flex flex-wrap items-center justify-end gap-x-4 gap-y-2">
              <nav aria-label={label("mainNav", lang)} className="text-sm">
                <ul className="flex flex-wrap justify-end gap-x-4 gap-y-1">
                  {NAV.map(([href, key]) => (
                    <li key={href}>
                      <Link href={localePath(href, lang)} className="underline-offset-4 hover:underline">
                        {label(key, lang)}
                      </Link>
                    </li>
                  ))}
                  <li>{props.account ?? <AccountLink lang={lang} />}</li>
                </ul>
              </nav>
              {props.languageSwitch && <LanguageSwitch lang={lang} />}
            </div>
          </div>
        </header>
        <main id="main" className="mx-auto max-w-5xl px-4 py-6">
          {props.children}
        </main>
        <footer className="no-print mx-auto max-w-5xl px-4 py-8 text-xs text-stone-600">{label("footerNote", lang)}</footer>
      </body>
    </html>
  );
}

import type { ReactNode } from "react";
import Link from "next/link";
import { label, type LabelKey, type Lang } from "../public/labels";
import { localePath } from "@/lib/lang-paths";
import { AccountLink } from "./account-link";
import { LanguageSwitch } from "./language-switch";
import { SiteMenu } from "./site-menu";

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
        {/* One row at 375 px: the name, the language switch and the 菜单 button (components/site/site-menu.tsx). */}
        <header className="no-print relative border-b-4 border-brand bg-white">
          <div className="mx-auto flex max-w-5xl items-center justify-between gap-x-4 px-4 py-3">
            <Link href={localePath("/", lang)} className="text-lg font-bold text-brand">
              {label("siteName", lang)}
            </Link>
            <div className="flex items-center justify-end gap-x-3 sm:flex-row-reverse sm:gap-x-4">
              {props.languageSwitch && <LanguageSwitch lang={lang} />}
              <SiteMenu summary={label("menu", lang)}>
                <nav aria-label={label("mainNav", lang)} className="text-sm">
                  <ul className="flex flex-col gap-y-1 sm:flex-row sm:flex-wrap sm:justify-end sm:gap-x-4">
                    {NAV.map(([href, key]) => (
                      <li key={href}>
                        <Link href={localePath(href, lang)} className="block py-1.5 underline-offset-4 hover:underline sm:inline sm:py-0">
                          {label(key, lang)}
                        </Link>
                      </li>
                    ))}
                    <li className="py-1.5 sm:py-0">{props.account ?? <AccountLink lang={lang} workspace={label("navWorkspace", lang)} login={label("navLogin", lang)} />}</li>
                  </ul>
                </nav>
              </SiteMenu>
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

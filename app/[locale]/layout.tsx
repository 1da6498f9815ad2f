import "../globals.css";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { SiteShell } from "@/components/site/site-shell";
import { siteMetadata, siteViewport } from "@/components/site/site-metadata";
import { routing } from "@/lib/i18n/routing";

/**
 * Root layout of the public pages in both languages: /zh (which visitors reach unprefixed, as "/",
 * "/years", …) and /en. proxy.ts routes each address here (lib/i18n/routing.ts); the workspace and
 * sign-in have their own root layouts.
 */
/** Written out rather than Next's generated LayoutProps<"/[locale]">: `npm test` type-checks before any build. */
interface Props {
  children: React.ReactNode;
  params: Promise<{ locale: string }>;
}

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: Omit<Props, "children">): Promise<Metadata> {
  const { locale } = await params;
  return siteMetadata(locale === "en" ? "en" : "zh");
}

export const viewport = siteViewport;

export default async function PublicLayout({ children, params }: Props) {
  const { locale } = await params;
  // Any other first segment (an unknown /edit/x/y, say) is no public page.
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return (
    <SiteShell lang={locale} languageSwitch>
      {children}
    </SiteShell>
  );
}

import "../globals.css";
import { SiteShell } from "@/components/site/site-shell";
import { siteMetadata, siteViewport } from "@/components/site/site-metadata";

/**
 * Root layout of the English public pages (<html lang="en">). Each page here is the Chinese page
 * of the same path under app/(public)/ rendered with lang="en"; the language is in the path only.
 */
export const metadata = siteMetadata("en");
export const viewport = siteViewport;

export default function EnglishLayout({ children }: { children: React.ReactNode }) {
  return (
    <SiteShell lang="en" languageSwitch>
      {children}
    </SiteShell>
  );
}

import "../globals.css";
import { SiteShell } from "@/components/site/site-shell";
import { siteMetadata, siteViewport } from "@/components/site/site-metadata";

/** Root layout of the Chinese public pages; their English twins have theirs in app/en/layout.tsx. */
export const metadata = siteMetadata("zh");
export const viewport = siteViewport;

export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return (
    <SiteShell lang="zh" languageSwitch>
      {children}
    </SiteShell>
  );
}

import "../globals.css";
import { SiteShell } from "@/components/site/site-shell";
import { siteMetadata, siteViewport } from "@/components/site/site-metadata";

/** Root layout of sign-in: Chinese only, like the workspace it leads to. */
export const metadata = siteMetadata("zh");
export const viewport = siteViewport;

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return <SiteShell lang="zh" languageSwitch={false}>{children}</SiteShell>;
}

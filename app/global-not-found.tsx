import "./globals.css";
import type { Metadata } from "next";
import { NotFoundMessage } from "@/components/site/not-found-message";
import { SiteShell } from "@/components/site/site-shell";

/**
 * Addresses that match no route. The portal has root layouts for the public pages (app/[locale]/)
 * and for the workspace and sign-in, so there is no single layout to render this in. Public
 * addresses never come here (app/[locale]/[...missing] answers them in their language).
 */
export const metadata: Metadata = { title: "未找到 · 部门预算公开平台" };

export default function GlobalNotFound() {
  return (
    <SiteShell lang="zh" languageSwitch={false}>
      <NotFoundMessage lang="zh" />
    </SiteShell>
  );
}

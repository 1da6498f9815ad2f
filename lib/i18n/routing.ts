/**
 * The public pages exist once, under app/[locale]/: Chinese at their own address ("/years"), English
 * under /en ("/en/years"); an unprefixed address is routed to /zh/… by rewrites
 * (./chinese-routes.ts). next-intl's middleware, called from proxy.ts for public pages only
 * (./locale-proxy.ts), redirects a spelled-out /zh/… to the unprefixed address. The language is in
 * the address only — no cookie, no Accept-Language — so "/" is Chinese whatever the browser says,
 * and both languages are cached alike.
 */
import { defineRouting } from "next-intl/routing";

export const routing = defineRouting({
  locales: ["zh", "en"],
  defaultLocale: "zh",
  localePrefix: "as-needed",
  localeDetection: false,
  // A cookie would make every public response uncacheable by nginx (it never keeps a Set-Cookie).
  localeCookie: false,
  // The pages name their alternates themselves (components/site/site-metadata.ts), with zh-CN.
  alternateLinks: false,
});

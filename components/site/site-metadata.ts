import type { Metadata, Viewport } from "next";
import { label, type Lang } from "../public/labels";
import { localePath } from "@/lib/lang-paths";

/** The title template and description of every page of a root layout in `lang`. */
export function siteMetadata(lang: Lang): Metadata {
  const name = label("siteName", lang);
  return { title: { default: name, template: `%s · ${name}` }, description: label("siteDescription", lang) };
}

export const siteViewport: Viewport = { width: "device-width", initialScale: 1 };

/**
 * <link rel="alternate" hreflang> for a public page of `path` (its Chinese, unprefixed form).
 * Relative: the public address is configuration of the running server, not of the build.
 */
export function languageAlternates(path: string): Metadata["alternates"] {
  return { languages: { "zh-CN": localePath(path, "zh"), en: localePath(path, "en") } };
}

/**
 * next-intl's request configuration (next.config.ts names this file): the locale of the request and
 * its messages, taken from the portal's own dictionaries. Components keep reading them through
 * `label(key, lang)` (components/public/labels.ts); next-intl's `getTranslations` / `useTranslations`
 * read the same texts, by the same keys.
 */
import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { routing } from "@/lib/i18n/routing";
import { LABELS } from "../public/labels";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const messages = Object.fromEntries(Object.entries(LABELS).map(([key, text]) => [key, text[locale]]));
  return { locale, messages };
});

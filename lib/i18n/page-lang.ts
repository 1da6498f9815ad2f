import type { Lang } from "../lang-paths";

/** What Next passes a public page under app/[locale]/ (and a test may pass instead). */
export interface LocaleProps {
  params?: Promise<{ locale?: string }>;
  /** For a test rendering the page function directly, without the route's params. */
  lang?: Lang;
}

/** The language of a [locale] segment: "zh" or "en"; `fallback` when there is none. */
export function localeLang(locale: string | undefined, fallback: Lang = "zh"): Lang {
  return locale === "en" || locale === "zh" ? locale : fallback;
}

/** The language of a public page: its [locale] segment, else `lang`, else Chinese. */
export async function pageLang(props: LocaleProps): Promise<Lang> {
  return localeLang(props.params ? (await props.params).locale : undefined, props.lang);
}

import { ByLocale } from "@/components/site/by-locale";
import { NotFoundMessage } from "@/components/site/not-found-message";

/** In the language of the address: /en/… in English, everything else in Chinese. */
export default function NotFound() {
  return <ByLocale zh={<NotFoundMessage lang="zh" />} en={<NotFoundMessage lang="en" />} />;
}

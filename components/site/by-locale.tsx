"use client";

import type { ReactNode } from "react";
import { useParams } from "next/navigation";

/**
 * One of two server-rendered children, by the [locale] of the address: for pages Next gives no
 * params, such as not-found pages.
 */
export function ByLocale(props: { zh: ReactNode; en: ReactNode }) {
  const { locale } = useParams<{ locale?: string }>();
  return locale === "en" ? props.en : props.zh;
}

import type { Metadata } from "next";
import OpenDataPage from "@/app/(public)/open-data/page";
import { languageAlternates } from "@/components/site/site-metadata";

export const metadata: Metadata = {
  title: "Open data API",
  description: "The read-only JSON API, yearly CSV and Fiscal Data Package of the published department budgets.",
  alternates: languageAlternates("/open-data"),
};

export default function EnglishOpenDataPage() {
  return <OpenDataPage lang="en" />;
}

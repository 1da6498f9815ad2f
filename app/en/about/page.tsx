import type { Metadata } from "next";
import AboutPage from "@/app/(public)/about/page";
import { languageAlternates } from "@/components/site/site-metadata";

export const metadata: Metadata = {
  title: "About this portal",
  description: "What the county budget disclosure portal is, who uses it, where its data comes from and what “demo data” means.",
  alternates: languageAlternates("/about"),
};

export default function EnglishAboutPage() {
  return <AboutPage lang="en" />;
}

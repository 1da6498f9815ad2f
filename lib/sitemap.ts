/**
 * The sitemap of the public pages, split for a province: `/sitemap.xml` is a sitemap index
 * listing `/sitemaps/0.xml`, `/sitemaps/1.xml`, … (app/sitemap.xml/route.ts,
 * app/sitemaps/[file]/route.ts). The protocol allows 50,000 addresses per file; a province has
 * 20,000 departments × 10 years, each page in two languages.
 *
 * The entries, in order: the overview pages, every year view and year's 支出去向 (first file only), then every
 * department with something published (by code), then every published disclosure (by code and
 * year). Each entry is written twice, in Chinese and under /en, each naming the other as its
 * alternate. Only published data is ever listed (db/queries/sitemap.ts).
 */
import { localePath } from "./lang-paths";

/** Department and disclosure entries per file: twice as many addresses (both languages), under 50,000. */
export const ENTRIES_PER_FILE = 20_000;

export interface SitemapCounts {
  /** Departments with a published disclosure. */
  departments: number;
  /** Published disclosures (department × year). */
  disclosures: number;
}

/** How many files the index lists: at least one, which holds the overview pages. */
export function sitemapFileCount(counts: SitemapCounts): number {
  return Math.max(1, Math.ceil((counts.departments + counts.disclosures) / ENTRIES_PER_FILE));
}

/** Which departments (offset, limit by code) and disclosures (by code and year) file `n` holds; null past the last. */
export function fileRanges(n: number, counts: SitemapCounts) {
  if (!Number.isInteger(n) || n < 0 || n >= sitemapFileCount(counts)) return null;
  const start = n * ENTRIES_PER_FILE;
  const end = start + ENTRIES_PER_FILE;
  const slice = (from: number, size: number) => {
    const offset = Math.max(0, start - from);
    const limit = Math.max(0, Math.min(end - from, size) - offset);
    return { offset, limit };
  };
  return { departments: slice(0, counts.departments), disclosures: slice(counts.departments, counts.disclosures) };
}

export interface SitemapPage {
  /** The Chinese path; the English one is derived. */
  path: string;
  changeFrequency: "weekly" | "yearly";
  priority: number;
}

/** The pages the first file lists before any department. */
export function overviewPages(years: readonly number[]): SitemapPage[] {
  const page = (path: string, priority: number): SitemapPage => ({ path, priority, changeFrequency: "weekly" });
  return [
    page("/", 1),
    page("/years", 0.6),
    page("/compare", 0.6),
    page("/open-data", 0.5),
    page("/about", 0.3),
    // Each year's view and its 支出去向 (app/[locale]/years/[year]/spending): both answer for every year with a publication.
    ...years.flatMap((year) => [page(`/years/${year}`, 0.6), page(`/years/${year}/spending`, 0.5)]),
  ];
}

/** `ref`: the department's canonical ref (lib/department-ref.ts). */
export function departmentPage(ref: string, isDemo: boolean): SitemapPage {
  return { path: `/departments/${encodeURIComponent(ref)}`, changeFrequency: "weekly", priority: isDemo ? 0.3 : 0.8 };
}

export function disclosurePage(ref: string, year: number, isDemo: boolean): SitemapPage {
  return { path: `/departments/${encodeURIComponent(ref)}/${year}`, changeFrequency: "yearly", priority: isDemo ? 0.3 : 0.8 };
}

const escapeXml = (text: string) =>
  text.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[ch]!);

/** A `<urlset>` with each page in both languages, each naming both as alternates. */
export function urlsetXml(baseUrl: string, pages: readonly SitemapPage[]): string {
  const url = (path: string) => escapeXml(`${baseUrl}${path}`);
  const lines = pages.flatMap(({ path, changeFrequency, priority }) => {
    const zh = url(path);
    const en = url(localePath(path, "en"));
    const alternates = `<xhtml:link rel="alternate" hreflang="zh-CN" href="${zh}" /><xhtml:link rel="alternate" hreflang="en" href="${en}" />`;
    return [zh, en].map(
      (loc) => `<url><loc>${loc}</loc>${alternates}<changefreq>${changeFrequency}</changefreq><priority>${priority}</priority></url>`,
    );
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...lines,
    "</urlset>",
    "",
  ].join("\n");
}

/** The sitemap index: one `<sitemap>` per file. */
export function sitemapIndexXml(baseUrl: string, files: number): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...Array.from({ length: files }, (_, n) => `<sitemap><loc>${escapeXml(`${baseUrl}${sitemapFilePath(n)}`)}</loc></sitemap>`),
    "</sitemapindex>",
    "",
  ].join("\n");
}

export function sitemapFilePath(n: number): string {
  return `/sitemaps/${n}.xml`;
}

/** `0.xml` → 0; anything else null. */
export function sitemapFileNumber(segment: string): number | null {
  const match = /^(0|[1-9][0-9]{0,5})\.xml$/.exec(segment);
  return match ? Number(match[1]) : null;
}

export function xmlResponse(xml: string): Response {
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=3600" } });
}

import { describe, expect, it } from "vitest";
import {
  ENTRIES_PER_FILE,
  departmentPage,
  disclosurePage,
  fileRanges,
  overviewPages,
  sitemapFileCount,
  sitemapFileNumber,
  sitemapIndexXml,
  urlsetXml,
} from "./sitemap";

describe("the sitemap split into files", () => {
  it("covers every department and disclosure once, at most 20,000 entries (40,000 addresses) a file", () => {
    for (const counts of [
      { departments: 0, disclosures: 0 },
      { departments: 14, disclosures: 53 },
      { departments: 20_000, disclosures: 0 },
      { departments: 20_001, disclosures: 200_000 },
      { departments: 45_000, disclosures: 450_000 },
    ]) {
      const files = sitemapFileCount(counts);
      expect(files).toBe(Math.max(1, Math.ceil((counts.departments + counts.disclosures) / ENTRIES_PER_FILE)));
      const seen = { departments: 0, disclosures: 0 };
      for (let n = 0; n < files; n++) {
        const ranges = fileRanges(n, counts)!;
        expect(ranges.departments.offset).toBe(ranges.departments.limit ? seen.departments : ranges.departments.offset);
        expect(ranges.disclosures.offset).toBe(ranges.disclosures.limit ? seen.disclosures : ranges.disclosures.offset);
        seen.departments += ranges.departments.limit;
        seen.disclosures += ranges.disclosures.limit;
        const size = ranges.departments.limit + ranges.disclosures.limit;
        expect(size).toBeLessThanOrEqual(ENTRIES_PER_FILE);
        if (n < files - 1) expect(size).toBe(ENTRIES_PER_FILE);
      }
      expect(seen).toEqual(counts);
      expect(fileRanges(files, counts)).toBeNull();
      expect(fileRanges(-1, counts)).toBeNull();
    }
    expect(ENTRIES_PER_FILE * 2 + 2 * overviewPages(Array.from({ length: 100 }, (_, i) => 2000 + i)).length).toBeLessThan(50_000);
  });

  it("writes each page in both languages, each naming the other, with XML escaped", () => {
    const xml = urlsetXml("https://budget.example.gov.cn", [...overviewPages([2018]), departmentPage("A&1", true), disclosurePage("434", 2018, false)]);
    expect(xml.match(/<url>/g)).toHaveLength(18); // (5 overview pages + 1 year view + its 支出去向 + 2) × 2 languages
    expect(xml).toContain("<loc>https://budget.example.gov.cn/</loc>");
    expect(xml).toContain("<loc>https://budget.example.gov.cn/en</loc>");
    expect(xml).toContain("<loc>https://budget.example.gov.cn/en/years/2018</loc>");
    expect(xml).toContain("<loc>https://budget.example.gov.cn/years/2018/spending</loc>");
    expect(xml).toContain("<loc>https://budget.example.gov.cn/en/years/2018/spending</loc>");
    expect(xml).toContain(
      '<loc>https://budget.example.gov.cn/departments/434/2018</loc><xhtml:link rel="alternate" hreflang="zh-CN" href="https://budget.example.gov.cn/departments/434/2018" /><xhtml:link rel="alternate" hreflang="en" href="https://budget.example.gov.cn/en/departments/434/2018" /><changefreq>yearly</changefreq><priority>0.8</priority>',
    );
    expect(xml).toContain("/departments/A%261</loc>"); // codes are percent-encoded in the path
    expect(xml).toContain("<priority>0.3</priority>"); // demo data
    expect(urlsetXml("https://x.cn/?a=1&b=<", [departmentPage("1", false)])).toContain("https://x.cn/?a=1&amp;b=&lt;/departments/1");
  });

  it("indexes the files and reads only their own names", () => {
    const index = sitemapIndexXml("https://x.cn", 3);
    expect(index.match(/<sitemap>/g)).toHaveLength(3);
    expect(index).toContain("<loc>https://x.cn/sitemaps/2.xml</loc>");
    expect(sitemapFileNumber("0.xml")).toBe(0);
    expect(sitemapFileNumber("12.xml")).toBe(12);
    for (const bad of ["01.xml", "1", "-1.xml", "1.xml.gz", "x.xml", "1234567.xml"]) expect(sitemapFileNumber(bad), bad).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { staleTags, type PublicChange } from "./public-tags";
import { keptCounties, keptCountySpending, keptCountyTotals, keptDepartmentPage, keptRankingPage, keptRankingSearch } from "./public-queries";

const expires = (change: PublicChange, tags: string[]) => tags.some((tag) => staleTags(change).includes(tag));
const publication = (year: number, firstInCounty = false): PublicChange => ({ kind: "publication", code: "401", year, firstInCounty });

describe("the kept reads of the pages that take a query string", () => {
  it("a publication expires its year's ranking and the next year's (which compares with it), no other year's", () => {
    for (const ranking of [keptRankingPage, keptRankingSearch]) {
      const tagsOf = (year: number) => ranking.tagsOf({ year, measure: "total", page: 1, query: "", regionId: null });
      expect(expires(publication(2019), tagsOf(2019))).toBe(true);
      expect(expires(publication(2019), tagsOf(2020))).toBe(true);
      expect(expires(publication(2019), tagsOf(2017))).toBe(false);
      expect(expires(publication(2019), tagsOf(2018))).toBe(false);
      // A renamed department shows in every year's ranking.
      expect(expires({ kind: "department", code: "401" }, tagsOf(2017))).toBe(true);
    }
  });

  it("every publication expires the totals and the department list; the county choice only with a county's first", () => {
    expect(expires(publication(2016), keptCountyTotals.tagsOf(null))).toBe(true);
    expect(expires(publication(2016), keptDepartmentPage.tagsOf({ year: 2019, page: 1 }))).toBe(true);
    expect(expires(publication(2016), keptCounties.tagsOf())).toBe(false);
    expect(expires(publication(2016, true), keptCounties.tagsOf())).toBe(true);
  });

  it("a publication expires its year's 支出去向 (the county page /years/Y/spending), no other year's", () => {
    expect(expires(publication(2019), keptCountySpending.tagsOf(2019))).toBe(true);
    expect(expires(publication(2019), keptCountySpending.tagsOf(2018))).toBe(false);
    expect(expires(publication(2018, true), keptCountySpending.tagsOf(2018))).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { ALL_YEARS_TAG, codeTag, COUNTIES_TAG, LISTS_TAG, PUBLIC_DATA_TAG, staleTags, yearTag } from "./public-tags";

describe("what a change to public data makes stale", () => {
  it("a publication: its code's pages, its year's and the next year's views, the lists and the API — nothing else", () => {
    const tags = staleTags({ kind: "publication", code: "401", year: 2019, firstInCounty: false });
    expect(tags.sort()).toEqual([codeTag("401"), yearTag(2019), yearTag(2020), LISTS_TAG, PUBLIC_DATA_TAG].sort());
    expect(tags).not.toContain(codeTag("434"));
    expect(tags).not.toContain(yearTag(2018));
    expect(tags).not.toContain(ALL_YEARS_TAG);
  });

  it("a county's first publication also changes the county choice", () => {
    expect(staleTags({ kind: "publication", code: "401", year: 2019, firstInCounty: true })).toContain(COUNTIES_TAG);
    expect(staleTags({ kind: "publication", code: "401", year: 2019, firstInCounty: false })).not.toContain(COUNTIES_TAG);
  });

  it("a new or renamed department: its code's pages and every year view; a new year: the lists", () => {
    expect(staleTags({ kind: "department", code: "A-12" }).sort()).toEqual([codeTag("A-12"), ALL_YEARS_TAG, LISTS_TAG, PUBLIC_DATA_TAG].sort());
    expect(staleTags({ kind: "years" }).sort()).toEqual([LISTS_TAG, PUBLIC_DATA_TAG].sort());
  });

  it("tags are distinct per code and year", () => {
    expect(codeTag("434")).not.toBe(codeTag("43"));
    expect(yearTag(2019)).not.toBe(yearTag(2018));
  });
});

describe("tagPage", () => {
  it("outside a Next render (a page rendered by a test) tags nothing and does not fail", async () => {
    const { tagPage } = await import("./public-tags");
    await expect(tagPage(codeTag("434"))).resolves.toBeUndefined();
  });
});

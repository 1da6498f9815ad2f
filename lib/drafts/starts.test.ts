import { describe, expect, it } from "vitest";
import { keptStart, startChoices } from "./starts";

describe("startChoices", () => {
  it("offers copy-forward only where last year is published, a correction only where this year is", () => {
    const available = (years: number[], year: number) => startChoices(years, year).filter((c) => c.unavailable === null).map((c) => c.start);
    expect(available([], 2019)).toEqual(["empty"]);
    expect(available([2018], 2019)).toEqual(["empty", "previous"]);
    expect(available([2019], 2019)).toEqual(["empty", "published"]);
    expect(available([2017, 2018, 2019], 2019)).toEqual(["empty", "previous", "published"]);
    expect(startChoices([], 2019)[1]!.unavailable).toBe("2018年尚无已公开的预算");
  });

  it("keeps the editor's choice while it can be taken, else falls back to blank", () => {
    expect(keptStart("previous", [2018], 2019)).toBe("previous");
    expect(keptStart("previous", [2018], 2020)).toBe("empty");
    expect(keptStart("published", [2019], 2019)).toBe("published");
    expect(keptStart("empty", [], 2019)).toBe("empty");
  });
});

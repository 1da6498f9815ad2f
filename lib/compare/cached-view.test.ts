import { describe, expect, it } from "vitest";
import { cachedViewPath, viewQuery } from "./cached-view";
import { parseCompareQuery } from "./state";

const path = (query: string) => cachedViewPath(new URLSearchParams(query));

describe("cachedViewPath", () => {
  it("maps a plain comparison to its cached route, departments in the order asked", () => {
    expect(path("departments=434,401&years=2017,2016&measure=basic&chart=line")).toBe("/compare/view/434,401/2016,2017/basic/line");
  });

  it("fills the defaults: every year, total, bar; no departments", () => {
    expect(path("departments=434")).toBe("/compare/view/434/all/total/bar");
    expect(path("")).toBe("/compare/view/_none/all/total/bar");
  });

  it("leaves a department search and any other parameter to the dynamic page", () => {
    expect(path("departments=434&q=办公室")).toBeNull();
    expect(path("departments=434&utm_source=x")).toBeNull();
  });

  it("leaves addresses the parser corrects (with a notice) to the dynamic page", () => {
    expect(path("departments=434&years=19x8")).toBeNull();
    expect(path("departments=<script>")).toBeNull();
    expect(path("departments=434&measure=salary")).toBeNull();
    expect(path("departments=434&chart=pie")).toBeNull();
  });

  it("round-trips: the cached route's segments parse to the same comparison", () => {
    for (const query of ["departments=434,401&years=2016,2017&measure=basic&chart=line", "departments=434", ""]) {
      const route = path(query)!;
      const [departments, years, measure, chart] = route.split("/").slice(3) as [string, string, string, string];
      expect(parseCompareQuery(viewQuery({ departments, years, measure, chart })).query).toEqual(
        parseCompareQuery(new URLSearchParams(query)).query,
      );
    }
  });
});

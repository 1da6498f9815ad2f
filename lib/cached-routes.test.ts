import { describe, expect, it } from "vitest";
import { cachedRouteRewrites } from "./cached-routes";
import type { Rewrite } from "./compare/cached-view";

/** Whether `rule` applies to `path?query` the way Next's router decides it: source, then has and missing. */
function applies(rule: Rewrite, path: string, query: URLSearchParams): boolean {
  if (rule.source !== path) return false;
  const has = (rule.has ?? []).every((h) => query.has(h.key) && (h.value === undefined || new RegExp(`^${h.value}$`).test(query.get(h.key)!)));
  return has && (rule.missing ?? []).every((m) => !query.has(m.key));
}

describe("cachedRouteRewrites", () => {
  const rules = cachedRouteRewrites();

  it("lists Chinese before English, each language's home rules before its comparison's", () => {
    expect(rules).toHaveLength(36);
    expect(rules.map((r) => r.source)).toEqual([
      ...Array(2).fill("/"),
      ...Array(16).fill("/compare"),
      ...Array(2).fill("/en"),
      ...Array(16).fill("/en/compare"),
    ]);
  });

  it("has exactly one rule for any address it caches, so the order changes only how soon it is found", () => {
    const keys = ["departments=434,401", "years=2018,2019", "measure=basic", "chart=line"];
    for (let mask = 0; mask < 16; mask++) {
      const query = new URLSearchParams(keys.filter((_, i) => mask & (1 << i)).join("&"));
      for (const path of ["/compare", "/en/compare"]) expect(rules.filter((r) => applies(r, path, query)), `${path}?${query}`).toHaveLength(1);
    }
    for (const [path, query] of [["/", ""], ["/", "page=3"], ["/en", "page=2"]] as const) {
      expect(rules.filter((r) => applies(r, path, new URLSearchParams(query)))).toHaveLength(1);
    }
    // Searches stay on the dynamic pages.
    expect(rules.filter((r) => applies(r, "/compare", new URLSearchParams("departments=434&q=教育")))).toHaveLength(0);
    expect(rules.filter((r) => applies(r, "/", new URLSearchParams("q=434")))).toHaveLength(0);
  });
});

import { describe, expect, it } from "vitest";
import { cachedRouteRewrites } from "./cached-routes";
import type { Rewrite } from "./compare/cached-view";

/** A rule's source as a regular expression: `:name(pattern)` segments become named groups. */
const sourcePattern = (source: string) => new RegExp(`^${source.replace(/:(\w+)\(([^)]*)\)/g, "(?<$1>$2)")}$`);

/**
 * Where `rule` sends `path?query`, the way Next's router decides it (source, then has and missing,
 * named groups filling the destination's `:name`), or null when it does not apply.
 */
function rewrite(rule: Rewrite, path: string, query: URLSearchParams): string | null {
  const source = sourcePattern(rule.source).exec(path);
  if (!source) return null;
  const groups: Record<string, string> = { ...source.groups };
  for (const h of rule.has ?? []) {
    const value = query.get(h.key);
    const match = value === null ? null : h.value === undefined ? [] : new RegExp(`^${h.value}$`).exec(value);
    if (!match) return null;
    Object.assign(groups, (match as RegExpExecArray).groups);
  }
  if ((rule.missing ?? []).some((m) => query.has(m.key))) return null;
  return rule.destination.replace(/:(\w+)/g, (_, name: string) => groups[name] ?? `:${name}`);
}
const applies = (rule: Rewrite, path: string, query: URLSearchParams) => rewrite(rule, path, query) !== null;

describe("cachedRouteRewrites", () => {
  const rules = cachedRouteRewrites();

  it("lists Chinese before English, each language's home rules, then its comparison's, then its year view's", () => {
    expect(rules).toHaveLength(46);
    expect(rules.map((r) => r.source)).toEqual([
      ...Array(2).fill("/"),
      ...Array(16).fill("/compare"),
      "/years",
      ...Array(4).fill("/years/:year(\\d{4})"),
      ...Array(2).fill("/en"),
      ...Array(16).fill("/en/compare"),
      "/en/years",
      ...Array(4).fill("/en/years/:year(\\d{4})"),
    ]);
  });

  it("sends the years and the year view's addresses to their cached routes, and anything else to the dynamic page", () => {
    const target = (address: string) => {
      const [path, query = ""] = address.split("?") as [string, string?];
      const found = rules.map((r) => rewrite(r, path, new URLSearchParams(query))).filter((d) => d !== null);
      expect(found.length, address).toBeLessThanOrEqual(1);
      return found[0] ?? null;
    };
    expect(target("/years/2018")).toBe("/zh/years/2018/view/total/1");
    expect(target("/years/2018?measure=sangongTotal")).toBe("/zh/years/2018/view/sangongTotal/1");
    expect(target("/years/2018?page=3")).toBe("/zh/years/2018/view/total/3");
    expect(target("/years/2018?measure=basic&page=12")).toBe("/zh/years/2018/view/basic/12");
    expect(target("/en/years/2019?page=2&measure=project")).toBe("/en/years/2019/view/project/2");
    expect(target("/years")).toBe("/zh/years/list/1");
    expect(target("/en/years?utm=x")).toBe("/en/years/list/1");
    expect(target("/years?county=130123")).toBeNull(); // a county's years: the dynamic page
    for (const dynamic of ["/years/2018?measure=total&q=434", "/years/2018?q=", "/years/2018?county=130123", "/years/2018?measure=basic&page=2&county=130123", "/years/2018?measure=constructor", "/years/2018?page=0", "/years/2018?page=1e3", "/years/18", "/years/2018/ranking.csv", "/years/"]) {
      expect(target(dynamic), dynamic).toBeNull();
    }
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
    // So does a county chosen on a province-wide platform.
    expect(rules.filter((r) => applies(r, "/", new URLSearchParams("county=130123")))).toHaveLength(0);
    expect(rules.filter((r) => applies(r, "/en", new URLSearchParams("county=130123&page=2")))).toHaveLength(0);
  });
});

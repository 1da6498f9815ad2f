import { describe, expect, it } from "vitest";
import { getPathMatch } from "next/dist/shared/lib/router/utils/path-match";
import { prepareDestination } from "next/dist/shared/lib/router/utils/prepare-destination";
import { chineseRouteRewrites } from "./chinese-routes";

/** Where Next's own matcher sends `path` (the first rule that matches), or null. */
function routeOf(path: string): string | null {
  for (const rule of chineseRouteRewrites()) {
    const params = getPathMatch(rule.source, { strict: true, removeUnnamedParams: true })(path);
    if (params) return prepareDestination({ destination: rule.destination, params, query: {}, appendParamsToQuery: false }).newUrl;
  }
  return null;
}

describe("chineseRouteRewrites", () => {
  it("routes every unprefixed public address to its /zh route, whatever its depth", () => {
    expect(routeOf("/")).toBe("/zh");
    expect(routeOf("/about")).toBe("/zh/about");
    expect(routeOf("/departments/434")).toBe("/zh/departments/434");
    expect(routeOf("/departments/139001_434/2018/versions/1")).toBe("/zh/departments/139001_434/2018/versions/1");
    expect(routeOf("/years/2018/ranking.csv")).toBe("/zh/years/2018/ranking.csv");
    expect(routeOf("/no-such-page")).toBe("/zh/no-such-page");
    expect(routeOf("/english")).toBe("/zh/english");
  });

  it("leaves English addresses, the workspace, sign-in, the API and the site's files alone", () => {
    for (const path of ["/en", "/en/years", "/zh/years", "/edit/3", "/review", "/admin/users", "/account", "/inbox", "/workspace", "/login", "/api/v1/years", "/_next/static/x.js", "/sitemap.xml", "/sitemaps/0.xml", "/robots.txt", "/icon.svg"]) {
      expect(routeOf(path), path).toBeNull();
    }
  });
});

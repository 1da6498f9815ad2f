/**
 * Every rewrite of a public address to its cached route, for next.config.ts. Rewrites are matched
 * by Next's router itself: cheaper per request than a proxy.ts function, and the visitor's address
 * does not change.
 *
 * - The comparison: /compare?… → /compare/view/… (lib/compare/cached-view.ts).
 * - The home page: / and /?page=N → /home/N (app/[locale]/home/[page]); a search (`q`) or a
 *   chosen county (`county`, on a province-wide platform) stays on the dynamic page /.
 * - The years: /years → /years/list/1 (app/[locale]/years/list/[page]), whatever the query but a
 *   chosen county (`county`), which stays on the dynamic page /years.
 * - The year view: /years/2018, ?measure=M and &page=N → /years/2018/view/M/N
 *   (app/[locale]/years/[year]/view/[measure]/[page]); a search (`q`), a county (`county`) and
 *   other values stay on the dynamic page /years/[year]. M is a headline measure or a class's 类 /
 *   款 (fn:205, econ:301: lib/classification/measure.ts keptClassPattern); a 项 and an unknown
 *   code are answered by the dynamic page (an unknown code refused there).
 * Each also for the English pages under /en. The routes are under app/[locale]/: a Chinese address
 * goes to /zh/… (a rule here for the cached ones, lib/i18n/chinese-routes.ts for the others).
 */
import { compareRewrites, localeRoute, type Language, type Rewrite } from "./compare/cached-view";
import { HEADLINE_MEASURES } from "./disclosure/figures";
import { keptClassPattern } from "./classification/measure";

export const HOME_PREFIX = "/home";
/** A page number in a rewritten address, as pageParam (components/public/url-params.ts) reads it. */
const PAGE_NUMBER = "[1-9][0-9]{0,5}";

export function homeRewrites(language: Language = ""): Rewrite[] {
  return [
    {
      source: language || "/",
      missing: [
        { type: "query", key: "page" },
        { type: "query", key: "q" },
        { type: "query", key: "county" },
      ],
      destination: `${localeRoute(language)}${HOME_PREFIX}/1`,
    },
    {
      source: language || "/",
      has: [{ type: "query", key: "page", value: `(?<page>${PAGE_NUMBER})` }],
      missing: [
        { type: "query", key: "q" },
        { type: "query", key: "county" },
      ],
      destination: `${localeRoute(language)}${HOME_PREFIX}/:page`,
    },
  ];
}

export function yearsRewrites(language: Language = ""): Rewrite[] {
  return [{ source: `${language}/years`, missing: [{ type: "query", key: "county" }], destination: `${localeRoute(language)}/years/list/1` }];
}

/** Four rules, one per combination of ?measure= and ?page= present or absent, none with ?q=; fullest first. */
export function yearRewrites(language: Language = ""): Rewrite[] {
  const source = `${language}/years/:year(\\d{4})`;
  const view = (measure: string, page: string) => `${localeRoute(language)}/years/:year/view/${measure}/${page}`;
  // A class only as a 类 or 款 some code list holds: the kept entries stay bounded; a 项 or an unknown code reaches the dynamic page.
  const measure = { type: "query", key: "measure", value: `(?<measure>${HEADLINE_MEASURES.join("|")}|${keptClassPattern()})` } as const;
  const page = { type: "query", key: "page", value: `(?<page>${PAGE_NUMBER})` } as const;
  // A search (`q`, even empty: the form sends it) and a chosen county stay on the dynamic page.
  const search = { type: "query", key: "q" } as const;
  const county = { type: "query", key: "county" } as const;
  return [
    { source, has: [measure, page], missing: [search, county], destination: view(":measure", ":page") },
    { source, has: [measure], missing: [{ type: "query", key: "page" }, search, county], destination: view(":measure", "1") },
    { source, has: [page], missing: [{ type: "query", key: "measure" }, search, county], destination: view("total", ":page") },
    { source, missing: [{ type: "query", key: "measure" }, { type: "query", key: "page" }, search, county], destination: view("total", "1") },
  ];
}

/** Chinese before English, as most visits are; within each, the home rules, the comparison's, the years', the year view's. */
export function cachedRouteRewrites(): Rewrite[] {
  return (["", "/en"] as const).flatMap((language) => [...homeRewrites(language), ...compareRewrites(language), ...yearsRewrites(language), ...yearRewrites(language)]);
}

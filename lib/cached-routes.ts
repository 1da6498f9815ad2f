/**
 * Every rewrite of a public address to its cached route, for next.config.ts. Rewrites are matched
 * by Next's router itself: cheaper per request than a proxy.ts function, and the visitor's address
 * does not change.
 *
 * - The comparison: /compare?… → /compare/view/… (lib/compare/cached-view.ts).
 * - The home page: / and /?page=N → /home/N (app/(public)/home/[page]); a search (`q` with text)
 *   stays on the dynamic page /.
 * Each also for the English twins under /en.
 */
import { compareRewrites, type Rewrite } from "./compare/cached-view";

export const HOME_PREFIX = "/home";

export function homeRewrites(language: "" | "/en" = ""): Rewrite[] {
  return [
    {
      source: language || "/",
      missing: [
        { type: "query", key: "page" },
        { type: "query", key: "q" },
      ],
      destination: `${language}${HOME_PREFIX}/1`,
    },
    {
      source: language || "/",
      has: [{ type: "query", key: "page", value: "(?<page>[1-9][0-9]{0,5})" }],
      missing: [{ type: "query", key: "q" }],
      destination: `${language}${HOME_PREFIX}/:page`,
    },
  ];
}

/** Chinese before English, as most visits are; within each, the two home rules and then the comparison's. */
export function cachedRouteRewrites(): Rewrite[] {
  return (["", "/en"] as const).flatMap((language) => [...homeRewrites(language), ...compareRewrites(language)]);
}

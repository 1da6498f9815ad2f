import { expect, test, type APIRequestContext } from "@playwright/test";

/**
 * Every public address still answers the same page in both languages (issue 14: one route file
 * per page under app/[locale]/). The walk reads the sitemap the running portal publishes
 * (/sitemap.xml and each file it lists), requests every address in it — each page in Chinese and
 * under /en — and checks: 200, the right <html lang>, and that the Chinese and English pages are the
 * same page: both name the same pair of language alternates, which are the sitemap's pair. Then the
 * addresses with a query (answered by the cached routes' rewrites or the dynamic pages), the
 * not-found pages of each language and the spelled-out /zh prefix.
 */

/** Concurrent requests: enough to keep the walk short, few enough for a shared 2-core machine. */
const PARALLEL = 4;

interface Fetched {
  status: number;
  lang: string | null;
  alternates: Record<string, string>;
  h1: string;
  /** The page's structure: its test ids, once each, sorted. */
  testIds: string[];
}

const pathOf = (url: string) => {
  const parsed = new URL(url, "http://x");
  return parsed.pathname + parsed.search;
};

async function fetchPage(request: APIRequestContext, path: string): Promise<Fetched> {
  const response = await request.get(path, { maxRedirects: 0 });
  const html = await response.text();
  const alternates: Record<string, string> = {};
  for (const [tag] of html.matchAll(/<link[^>]*rel="alternate"[^>]*>/g)) {
    const hreflang = /hrefLang="([^"]+)"|hreflang="([^"]+)"/i.exec(tag);
    const href = /href="([^"]+)"/.exec(tag);
    if (hreflang && href) alternates[hreflang[1] ?? hreflang[2]!] = pathOf(href[1]!.replace(/&amp;/g, "&"));
  }
  return {
    status: response.status(),
    lang: /<html[^>]*\blang="([^"]+)"/.exec(html)?.[1] ?? null,
    alternates,
    h1: (/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? "").replace(/<[^>]+>/g, "").trim(),
    testIds: [...new Set([...html.matchAll(/data-testid="([^"]+)"/g)].map((m) => m[1]!))].sort(),
  };
}

async function inBatches<T, R>(items: readonly T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += PARALLEL) results.push(...(await Promise.all(items.slice(i, i + PARALLEL).map(work))));
  return results;
}

interface Entry {
  loc: string;
  zh: string;
  en: string;
}

/** The sitemap's entries as paths: each <url> with its own address and its two alternates. */
async function sitemapEntries(request: APIRequestContext): Promise<Entry[]> {
  const index = await request.get("/sitemap.xml");
  expect(index.status()).toBe(200);
  const files = [...(await index.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => pathOf(m[1]!));
  expect(files.length).toBeGreaterThan(0);
  const entries: Entry[] = [];
  for (const file of files) {
    const xml = await (await request.get(file)).text();
    for (const [url] of xml.matchAll(/<url>[\s\S]*?<\/url>/g)) {
      const unescape = (s: string) => pathOf(s.replace(/&amp;/g, "&"));
      const loc = unescape(/<loc>([^<]+)<\/loc>/.exec(url)![1]!);
      const zh = unescape(/hreflang="zh-CN" href="([^"]+)"/.exec(url)![1]!);
      const en = unescape(/hreflang="en" href="([^"]+)"/.exec(url)![1]!);
      entries.push({ loc, zh, en });
    }
  }
  return entries;
}

test("every address in the sitemap answers its page, in Chinese and in English, as the same page", async ({ request }) => {
  test.setTimeout(120_000);
  const entries = await sitemapEntries(request);
  const pairs = entries.filter((e) => e.loc === e.zh);
  // Each page twice (both languages), each naming the same pair.
  expect(entries.length).toBe(pairs.length * 2);
  expect(new Set(entries.filter((e) => e.loc === e.en).map((e) => `${e.zh} ${e.en}`))).toEqual(new Set(pairs.map((e) => `${e.zh} ${e.en}`)));
  for (const path of ["/", "/years", "/compare", "/open-data", "/about", "/years/2018", "/years/2018/spending", "/departments/434", "/departments/434/2018"]) {
    expect(pairs.map((p) => p.zh), path).toContain(path);
  }

  const checked = await inBatches(pairs, async (pair) => ({ pair, zh: await fetchPage(request, pair.zh), en: await fetchPage(request, pair.en) }));
  for (const { pair, zh, en } of checked) {
    expect(pair.en, pair.zh).toBe(pair.zh === "/" ? "/en" : `/en${pair.zh}`);
    expect([zh.status, en.status], pair.zh).toEqual([200, 200]);
    expect([zh.lang, en.lang], pair.zh).toEqual(["zh-CN", "en"]);
    // The same page: the same alternates — the sitemap's pair, where the page names them (the
    // comparison's cached view names none) — and the same parts, by their test ids.
    expect(en.alternates, pair.en).toEqual(zh.alternates);
    if (pair.zh !== "/compare") expect(zh.alternates, pair.zh).toEqual({ "zh-CN": pair.zh, en: pair.en });
    expect(en.testIds, pair.en).toEqual(zh.testIds);
    expect(zh.h1.length > 0 && en.h1.length > 0, pair.zh).toBe(true);
  }
});

test("the addresses with a query answer the same page in both languages", async ({ request }) => {
  const cases: [string, Record<string, string>][] = [
    ["/?page=2", { "zh-CN": "/", en: "/en" }],
    ["/?q=434", { "zh-CN": "/", en: "/en" }],
    ["/years", { "zh-CN": "/years", en: "/en/years" }],
    ["/years/2018?measure=sangongTotal&page=1", { "zh-CN": "/years/2018", en: "/en/years/2018" }],
    ["/years/2018?measure=basic&q=434", { "zh-CN": "/years/2018", en: "/en/years/2018" }],
    ["/compare?departments=434,401&years=2018,2019", {}],
    ["/compare?departments=434,401&years=2018,2019&measure=sangongTotal&chart=line", {}],
  ];
  for (const [zhPath, alternates] of cases) {
    const enPath = zhPath.startsWith("/?") ? `/en${zhPath.slice(1)}` : `/en${zhPath}`;
    const [zh, en] = [await fetchPage(request, zhPath), await fetchPage(request, enPath)];
    expect([zh.status, en.status], zhPath).toEqual([200, 200]);
    expect([zh.lang, en.lang], zhPath).toEqual(["zh-CN", "en"]);
    expect(zh.alternates, zhPath).toEqual(en.alternates);
    if (Object.keys(alternates).length > 0) expect(zh.alternates, zhPath).toEqual(alternates);
  }
  // The comparison shows the same rows in both languages.
  const rows = async (path: string) => ((await (await request.get(path)).text()).match(/data-testid="compare-row"/g) ?? []).length;
  const query = "departments=434,401&years=2017,2018&measure=total&chart=bar";
  expect(await rows(`/compare?${query}`)).toBeGreaterThan(0);
  expect(await rows(`/en/compare?${query}`)).toBe(await rows(`/compare?${query}`));
});

test("an unknown address is not found in its language; a spelled-out /zh goes to the unprefixed address", async ({ page, request }) => {
  // Next renders a 404 of a dynamic route in the browser from its payload (vercel/next.js#62228): read it there.
  for (const [path, lang, title] of [
    ["/no-such-page/here", "zh-CN", "未找到"],
    ["/en/no-such-page/here", "en", "Not found"],
    ["/en/departments/999/2018", "en", "Not found"],
    ["/departments/999/2018", "zh-CN", "未找到"],
  ] as const) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.locator("html"), path).toHaveAttribute("lang", lang);
    await expect(page.getByRole("heading", { level: 1 }), path).toHaveText(title);
  }

  const spelled = await request.get("/zh/years/2018?measure=basic", { maxRedirects: 0 });
  expect(spelled.status()).toBe(307);
  expect(pathOf(spelled.headers()["location"]!)).toBe("/years/2018?measure=basic");
  // The browser's language never decides: "/" is Chinese, and no cookie is set.
  const home = await request.get("/", { headers: { "Accept-Language": "en-US,en;q=0.9" }, maxRedirects: 0 });
  expect(home.status()).toBe(200);
  expect(await home.text()).toContain('<html lang="zh-CN"');
  expect(home.headers()["set-cookie"]).toBeUndefined();
});

/**
 * JavaScript each page makes the browser download, as transferred (compressed), in Chromium:
 * every script response until the network is idle after loading the page (what the targets
 * judge), then, separately, what scrolling through the whole page adds (charts are fetched when
 * they come into view).
 */
import fs from "node:fs";
import { chromium, type Request } from "@playwright/test";
import type { Target } from "./load";

export interface JsWeight {
  target: Target;
  status: number;
  scripts: number;
  /** Bytes of script bodies as transferred (compressed). */
  transferred: number;
  /** Bytes of script bodies once decompressed. */
  decoded: number;
  /** Of `transferred`, the scripts requested after the load event (e.g. charts loaded lazily). */
  afterLoad: number;
  /** Scripts (transferred bytes) fetched only when the page is scrolled to its end. */
  onScroll: number;
  /** How many scripts scrolling fetched. */
  onScrollScripts: number;
  /**
   * Console errors for Content-Security-Policy violations: an inline script refused (e.g. a cached
   * page whose nonce is not the one in its header) means the page never hydrates — no chart loads.
   */
  cspViolations: number;
  /** Content-Encoding values seen on the scripts, e.g. ["gzip"]. */
  encodings: string[];
  error?: string;
}

const SYSTEM_CHROMIUM = "/usr/bin/chromium";

export async function measureJavaScript(baseUrl: string, targets: Target[]): Promise<JsWeight[]> {
  const browser = await chromium.launch({
    executablePath: fs.existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    const results: JsWeight[] = [];
    for (const target of targets) {
      // A fresh context per page: an empty cache, as a first visit.
      const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const result: JsWeight = { target, status: 0, scripts: 0, transferred: 0, decoded: 0, afterLoad: 0, onScroll: 0, onScrollScripts: 0, cspViolations: 0, encodings: [] };
      const scripts: Request[] = [];
      const scrolledScripts: Request[] = [];
      const late = new Set<Request>();
      let loaded = false;
      let scrolling = false;
      let inFlight = 0;
      page.on("load", () => (loaded = true));
      page.on("console", (message) => {
        if (message.type() === "error" && message.text().includes("Content Security Policy")) result.cspViolations += 1;
      });
      page.on("request", (request) => {
        inFlight += 1;
        if (loaded) late.add(request);
      });
      page.on("requestfailed", () => (inFlight -= 1));
      page.on("requestfinished", (request) => {
        inFlight -= 1;
        if (request.resourceType() === "script") (scrolling ? scrolledScripts : scripts).push(request);
      });
      try {
        const response = await page.goto(baseUrl + target.path, { waitUntil: "networkidle", timeout: 120_000 });
        result.status = response?.status() ?? 0;
        // Then a reader who scrolls through the whole page, one screen at a time.
        scrolling = true;
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        // Slow enough for a busy machine (a chart's code is asked for once React has seen it).
        for (let y = 0; y <= height; y += 600) {
          await page.evaluate((top) => window.scrollTo(0, top), y);
          await page.waitForTimeout(300);
        }
        await page.waitForTimeout(3_000);
        for (let quiet = 0; quiet < 10; ) {
          await page.waitForTimeout(100);
          quiet = inFlight === 0 ? quiet + 1 : 0;
        }
        for (const request of scrolledScripts) result.onScroll += (await request.sizes()).responseBodySize;
        result.onScrollScripts = scrolledScripts.length;
        const encodings = new Set<string>();
        for (const request of scripts) {
          const sizes = await request.sizes();
          const response = await request.response();
          result.transferred += sizes.responseBodySize;
          if (late.has(request)) result.afterLoad += sizes.responseBodySize;
          result.decoded += (await response?.body().catch(() => Buffer.alloc(0)))?.length ?? 0;
          encodings.add((await response?.headerValue("content-encoding")) ?? "identity");
        }
        result.scripts = scripts.length;
        result.encodings = [...encodings];
      } catch (error) {
        result.error = error instanceof Error ? error.message.split("\n")[0] : String(error);
      }
      results.push(result);
      await context.close();
    }
    return results;
  } finally {
    await browser.close();
  }
}

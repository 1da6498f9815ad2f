/**
 * JavaScript each page makes the browser download, as transferred (compressed), in Chromium:
 * every script response until the network is idle (charts loaded after the table included).
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
      const scripts: Request[] = [];
      const late = new Set<Request>();
      let loaded = false;
      page.on("load", () => (loaded = true));
      page.on("request", (request) => {
        if (loaded) late.add(request);
      });
      page.on("requestfinished", (request) => {
        if (request.resourceType() === "script") scripts.push(request);
      });
      const result: JsWeight = { target, status: 0, scripts: 0, transferred: 0, decoded: 0, afterLoad: 0, encodings: [] };
      try {
        const response = await page.goto(baseUrl + target.path, { waitUntil: "networkidle", timeout: 120_000 });
        result.status = response?.status() ?? 0;
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

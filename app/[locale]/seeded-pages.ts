/**
 * The fixture of the tests that render the public pages on the server (public-pages, spending-pages,
 * two-counties): a real database, seeded, that the pages' getDb answers with, and Next's request
 * APIs stubbed. Call seededPages() at the top of the test file, before it imports the pages
 * (vi.doMock applies to the imports that follow it).
 */
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, vi } from "vitest";
import { seedAll } from "@/db/seed";
import { openTestDatabase, type TestDatabase } from "@/db/test-database";

/** `more`: what a test file adds to the seed before its tests run. */
export function seededPages(more?: (db: TestDatabase["db"]) => Promise<void>): { readonly db: TestDatabase["db"] } {
  let t: TestDatabase | null = null;
  vi.doMock("@/db", () => ({ getDb: async () => t!.db }));
  vi.doMock("next/server", async (original) => ({ ...(await original<object>()), connection: async () => {} }));
  beforeAll(async () => {
    t = await openTestDatabase();
    await seedAll(t.db);
    await more?.(t.db);
  });
  afterAll(async () => {
    await t?.close();
  });
  return {
    get db() {
      return t!.db;
    },
  };
}

export const html = async (page: Promise<ReactElement>) => renderToStaticMarkup(await page);
/** How many elements of the markup carry data-testid="testId". */
export const count = (text: string, testId: string) => text.split(`data-testid="${testId}"`).length - 1;

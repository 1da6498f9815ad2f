import type { Metadata } from "next";
import { connection } from "next/server";
import { getDb } from "@/db";
import { ComparisonView } from "@/components/compare/comparison-view";
import { L } from "@/lib/compare/labels";
import { loadComparison } from "./load";

export const metadata: Metadata = { title: L.pageTitle.zh };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * The comparison rendered per request: only for what the cache does not answer — a department
 * search (`q`) or an address with values to correct. Plain comparisons are rewritten by proxy.ts
 * to the cached route ./view/… (lib/compare/cached-view.ts).
 */
export default async function ComparePage({ searchParams }: { searchParams: SearchParams }) {
  await connection(); // read at request time, never at build time
  return <ComparisonView comparison={await loadComparison(await getDb(), await searchParams)} />;
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { getPublishedDisclosure, publicationsOf } from "@/db/queries/public";
import { runChecks } from "@/lib/checks";
import { DisclosureWithChecks } from "@/components/disclosure/disclosure-with-checks";
import { correctionsOf } from "@/components/review/compare";
import { CorrectionsList } from "@/components/review/corrections-list";

/**
 * Served from Next's cache: rendered on the first visit (never at build time — no paths are
 * listed), kept until an approval revalidates the public pages (app/(workspace)/review/actions.ts),
 * and re-rendered at most every 300 seconds as a fallback for other server
 * instances, whose caches that approval does not reach.
 */
export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

interface Params {
  params: Promise<{ code: string; year: string }>;
}

async function load({ params }: Params) {
  const { code, year } = await params;
  if (!/^[0-9A-Za-z-]{1,20}$/.test(code) || !/^\d{4}$/.test(year)) return null;
  return getPublishedDisclosure(await getDb(), code, Number(year));
}

export async function generateMetadata(props: Params): Promise<Metadata> {
  const disclosure = await load(props);
  if (!disclosure) return { title: "未找到" };
  return { title: `${disclosure.department.name}${disclosure.year}年部门预算信息公开` };
}

export default async function DisclosurePage(props: Params) {
  const disclosure = await load(props);
  if (!disclosure) notFound();
  const findings = runChecks(disclosure.document, { previous: disclosure.previousDocument });
  const corrections = correctionsOf(await publicationsOf(await getDb(), disclosure.department.id, disclosure.year));
  return (
    <>
      <nav aria-label="位置" className="no-print mb-4 text-sm">
        <Link href="/" className="text-blue-800 underline underline-offset-2">
          部门与年度
        </Link>
        <span aria-hidden="true"> › </span>
        <span>
          {disclosure.department.code} {disclosure.department.name} {disclosure.year}年
        </span>
      </nav>
      <p className="no-print mb-4 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <Link href={`/departments/${disclosure.department.code}`} className="text-blue-800 underline underline-offset-2">
          本部门历年预算
        </Link>
        <Link href={`/compare?departments=${disclosure.department.code}`} className="text-blue-800 underline underline-offset-2">
          与其他部门比较
        </Link>
        <a href={`/departments/${disclosure.department.code}/${disclosure.year}/workbook`} className="text-blue-800 underline underline-offset-2">
          下载 Excel
        </a>
      </p>
      <DisclosureWithChecks
        departmentCode={disclosure.department.code}
        departmentName={disclosure.department.name}
        year={disclosure.year}
        document={disclosure.document}
        isDemo={disclosure.isDemo}
        findings={findings}
      />
      <CorrectionsList corrections={corrections} code={disclosure.department.code} year={disclosure.year} />
    </>
  );
}

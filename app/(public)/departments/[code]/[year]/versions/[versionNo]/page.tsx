import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getDb } from "@/db";
import { getPublicVersion } from "@/db/queries/public";
import { runChecks } from "@/lib/checks";
import { DisclosureWithChecks } from "@/components/disclosure/disclosure-with-checks";
import { formatChinaDate, isoOf } from "@/components/review/format";

interface Params {
  params: Promise<{ code: string; year: string; versionNo: string }>;
}

/** Only versions that were once public (published or superseded) are found here; nothing else. */
async function load({ params }: Params) {
  const { code, year, versionNo } = await params;
  if (!/^[0-9A-Za-z-]{1,20}$/.test(code) || !/^\d{4}$/.test(year) || !/^\d{1,6}$/.test(versionNo)) return null;
  await connection();
  return getPublicVersion(await getDb(), code, Number(year), Number(versionNo));
}

export async function generateMetadata(props: Params): Promise<Metadata> {
  const version = await load(props);
  if (!version) return { title: "未找到" };
  return { title: `${version.department.name}${version.year}年部门预算信息公开（第${version.versionNo}版）` };
}

export default async function PublicVersionPage(props: Params) {
  const version = await load(props);
  if (!version) notFound();
  const current = `/departments/${encodeURIComponent(version.department.code)}/${version.year}`;
  const findings = runChecks(version.document, { previous: version.previousDocument });
  const published = (
    <time dateTime={isoOf(version.publishedAt)}>{formatChinaDate(version.publishedAt)}</time>
  );
  return (
    <>
      <nav aria-label="位置" className="no-print mb-4 text-sm">
        <Link href="/" className="text-blue-800 underline underline-offset-2">
          部门与年度
        </Link>
        <span aria-hidden="true"> › </span>
        <Link href={current} className="text-blue-800 underline underline-offset-2">
          {version.department.code} {version.department.name} {version.year}年
        </Link>
        <span aria-hidden="true"> › </span>
        <span>第{version.versionNo}版</span>
      </nav>
      {version.superseded ? (
        <div role="note" data-testid="old-version-banner" className="mb-4 rounded border-2 border-amber-800 bg-amber-50 p-3">
          <p className="font-bold text-amber-950">
            此为已被更正的旧版本，现行版本见
            <Link href={current} className="text-blue-800 underline underline-offset-2">
              {version.department.name}
              {version.year}年部门预算信息公开
              {version.currentVersionNo !== null && `（第${version.currentVersionNo}版）`}
            </Link>
            。
          </p>
          <p className="mt-1 text-sm text-stone-800">第{version.versionNo}版于 {published} 公开，后被更正版本替代，仅供查阅。</p>
        </div>
      ) : (
        <p className="mb-4 rounded border border-stone-400 bg-white p-3 text-sm">
          此为现行版本（第{version.versionNo}版，{published} 公开）。{" "}
          <Link href={current} className="text-blue-800 underline underline-offset-2">
            返回公开页面
          </Link>
        </p>
      )}
      <DisclosureWithChecks
        departmentCode={version.department.code}
        departmentName={version.department.name}
        year={version.year}
        document={version.document}
        isDemo={version.isDemo}
        findings={findings}
      />
    </>
  );
}

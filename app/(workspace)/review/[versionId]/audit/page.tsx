import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { auditOfDisclosure } from "@/db/queries/audit";
import { versionsOfDisclosure } from "@/db/queries/review";
import { requireUser } from "@/lib/auth/guards";
import { canReviewRegion } from "@/lib/auth/permissions";
import { AuditTable } from "@/components/review/audit-table";
import { linkClass, panelClass } from "@/components/review/form-parts";
import { versionForReview } from "../../review-access";

export const metadata: Metadata = { title: "操作记录" };

/** The audit trail of one disclosure (all its versions), for the region's reviewers and admins. */
export default async function VersionAuditPage({ params }: { params: Promise<{ versionId: string }> }) {
  const { versionId } = await params;
  const user = await requireUser(`/review/${versionId}/audit`);
  const found = await versionForReview(user, versionId, true);
  if (!found) notFound();
  const { version, department } = found;
  const db = await getDb();
  const [entries, versions] = await Promise.all([
    auditOfDisclosure(db, version.disclosureId),
    versionsOfDisclosure(db, version.disclosureId),
  ]);
  const labels = new Map(versions.map((v) => [v.id, `第${v.versionNo}版`]));
  const isReviewer = canReviewRegion(user, department.regionId);
  return (
    <>
      <nav aria-label="返回" className="mb-2 flex flex-wrap gap-x-4 text-sm">
        {isReviewer && (
          <Link href={`/review/${version.id}`} className={linkClass}>
            ← 返回审核页
          </Link>
        )}
        <Link href={`/review/departments/${department.id}/audit`} className={linkClass}>
          本部门的全部操作记录
        </Link>
      </nav>
      <h1 className="mb-1 text-2xl font-bold">操作记录</h1>
      <p className="mb-4 text-sm text-stone-800">
        {department.code} {department.name} {version.year}年部门预算信息公开 · 共 {entries.length} 条 · 时间为北京时间
      </p>
      <section className={panelClass} aria-label="操作记录列表">
        <AuditTable entries={entries} versionLabels={labels} label={`${department.name}${version.year}年操作记录`} />
      </section>
    </>
  );
}

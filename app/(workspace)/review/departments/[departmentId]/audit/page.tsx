import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { auditOfDepartment } from "@/db/queries/audit";
import { getVersion } from "@/db/queries/drafts";
import { requireUser } from "@/lib/auth/guards";
import { canReviewRegion } from "@/lib/auth/permissions";
import { AuditTable } from "@/components/review/audit-table";
import { linkClass, panelClass } from "@/components/review/form-parts";
import { departmentForAudit } from "../../../review-access";

export const metadata: Metadata = { title: "部门操作记录" };

const LIMIT = 500;

/** Everything recorded for one department, every year, newest first. */
export default async function DepartmentAuditPage({ params }: { params: Promise<{ departmentId: string }> }) {
  const { departmentId } = await params;
  const user = await requireUser(`/review/departments/${departmentId}/audit`);
  const department = await departmentForAudit(user, departmentId);
  if (!department) notFound();
  const db = await getDb();
  const entries = await auditOfDepartment(db, department.id, LIMIT);
  // Entries name versions by id; a department has few, so look each up once for its year and number.
  const ids = [...new Set(entries.map((e) => e.versionId).filter((id): id is number => id !== null))];
  const versions = await Promise.all(ids.map((id) => getVersion(db, id)));
  const labels = new Map(
    versions.flatMap((v) => (v ? [[v.version.id, `${v.version.year}年 第${v.version.versionNo}版`] as const] : [])),
  );
  const years = new Map(versions.flatMap((v) => (v ? [[v.version.disclosureId, `${v.version.year}年`] as const] : [])));
  return (
    <>
      {canReviewRegion(user, department.regionId) && (
        <p className="mb-2 text-sm">
          <Link href="/review" className={linkClass}>
            ← 审核工作台
          </Link>
        </p>
      )}
      <h1 className="mb-1 text-2xl font-bold">部门操作记录</h1>
      <p className="mb-4 text-sm text-stone-800">
        {department.code} {department.name} · 共 {entries.length} 条{entries.length >= LIMIT && `（仅显示最近${LIMIT}条）`} ·
        时间为北京时间
      </p>
      <section className={panelClass} aria-label="操作记录列表">
        <AuditTable entries={entries} versionLabels={labels} disclosureLabels={years} label={`${department.name}操作记录`} />
      </section>
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { listDepartmentsWithRegion } from "@/db/queries/admin";
import { auditTrailPage } from "@/db/queries/audit-trail";
import { AuditFilterForm } from "@/components/audit/audit-filter-form";
import { AuditTrailTable } from "@/components/audit/audit-trail-table";
import { AUDIT_PAGE_SIZE, auditQueryString, parseAuditQuery } from "@/lib/audit/filter";
import { BackToAdmin, NoAccess, requireAdmin } from "../admin-guard";
import { linkClass, sectionClass } from "../form-parts";

export const metadata: Metadata = { title: "审计记录" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * The whole audit trail — review, administration, sign-in — for administrators only; reviewers
 * keep their department and disclosure trails (/review/…/audit).
 */
export default async function AdminAuditPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const { filter, page, problems } = parseAuditQuery(params);
  if (!(await requireAdmin(`/admin/audit${auditQueryString(filter, page)}`))) return <NoAccess />;
  const db = await getDb();
  const [{ rows, total }, departments] = await Promise.all([
    auditTrailPage(db, filter, page, AUDIT_PAGE_SIZE),
    listDepartmentsWithRegion(db),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const href = (p: number) => `/admin/audit${auditQueryString(filter, p)}`;
  return (
    <>
      <BackToAdmin />
      <h1 className="mb-1 text-2xl font-bold">审计记录</h1>
      <p className="mb-4 text-sm text-stone-800">
        审核、管理和登录的全部操作，按时间从新到旧排列；记录只能追加，不能修改或删除。时间为北京时间。
      </p>
      <section className={sectionClass} aria-label="筛选">
        <AuditFilterForm
          filter={filter}
          action="/admin/audit"
          departments={departments.map((d) => ({ id: d.id, label: `${d.regionName} ${d.code} ${d.name}` }))}
        />
        {problems.length > 0 && (
          <ul className="mt-3 list-disc pl-5 text-sm text-red-800" data-testid="audit-filter-problems">
            {problems.map((p) => (
              <li key={p}>{p}（此条件未使用）</li>
            ))}
          </ul>
        )}
      </section>
      <section className={sectionClass} aria-labelledby="audit-results">
        <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="audit-results" className="text-lg font-semibold" data-testid="audit-trail-total">
            共 {total} 条
          </h2>
          <a href={`/admin/audit/audit.csv${auditQueryString(filter)}`} className={`${linkClass} text-sm`} download>
            下载筛选结果（CSV，共 {total} 条）
          </a>
        </div>
        <AuditTrailTable rows={rows} />
        {pageCount > 1 && (
          <nav aria-label="审计记录分页" className="mt-4 flex flex-wrap items-center gap-4 text-sm">
            {page > 1 && (
              <Link href={href(page - 1)} className={linkClass} rel="prev">
                上一页
              </Link>
            )}
            <span aria-current="page">
              第 {Math.min(page, pageCount)} / {pageCount} 页
            </span>
            {page < pageCount && (
              <Link href={href(page + 1)} className={linkClass} rel="next">
                下一页
              </Link>
            )}
          </nav>
        )}
      </section>
    </>
  );
}

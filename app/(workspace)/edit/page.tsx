import type { Metadata } from "next";
import Link from "next/link";
import { inArray } from "drizzle-orm";
import { getDb } from "@/db";
import { departments } from "@/db/schema";
import { listFiscalYears, listVersionsOfDepartments } from "@/db/queries/drafts";
import { requireUser } from "@/lib/auth/guards";
import { canEditDepartment, editorReadableDepartmentIds } from "@/lib/auth/permissions";
import { STATUS_LABELS, isEditable } from "@/lib/workflow";
import { DemoBadge } from "@/components/ui/demo-badge";
import { CreateDraftForm } from "./create-draft-form";

export const metadata: Metadata = { title: "我的填报" };

export default async function EditListPage() {
  const user = await requireUser("/edit");
  if (user.role !== "editor") {
    return <p>此页面供部门填报人使用。</p>;
  }
  const db = await getDb();
  // Deactivated departments are listed too, read-only: the editor's past drafts and versions there.
  const readable = editorReadableDepartmentIds(user);
  const mine = readable.length ? await db.select().from(departments).where(inArray(departments.id, readable)) : [];
  const [versions, years] = await Promise.all([listVersionsOfDepartments(db, readable), listFiscalYears(db)]);
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">我的填报</h1>
      {mine.map((department) => {
        const rows = versions.filter((v) => v.departmentId === department.id);
        const editable = canEditDepartment(user, department.id);
        return (
          <section key={department.id} aria-labelledby={`dept-${department.id}`} className="mb-6 rounded bg-white p-4 shadow-sm">
            <h2 id={`dept-${department.id}`} className="mb-2 text-lg font-semibold">
              {department.code} {department.name} {department.isDemo && <DemoBadge />}
            </h2>
            {!editable && <p className="mb-2 text-sm text-stone-700">该部门已停用：以往的草稿和版本仍可查看，但不能再新建、修改或提交。</p>}
            {rows.length === 0 ? (
              <p className="text-sm text-stone-700">尚无任何年度的公开文件。</p>
            ) : (
              <table className="doc-table">
                <caption className="sr-only">{department.name}的各年度版本</caption>
                <thead>
                  <tr>
                    <th scope="col">年度</th>
                    <th scope="col">版本</th>
                    <th scope="col">状态</th>
                    <th scope="col">操作</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((v) => (
                    <tr key={v.versionId}>
                      <td>{v.year}年</td>
                      <td>第{v.versionNo}版</td>
                      <td>{STATUS_LABELS[v.status]}</td>
                      <td>
                        <Link href={`/edit/${v.versionId}`} className="text-blue-800 underline underline-offset-2">
                          {editable && isEditable(v.status) ? "编辑" : "查看"}
                          <span className="sr-only">
                            {department.name}{v.year}年第{v.versionNo}版
                          </span>
                        </Link>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        );
      })}
      <CreateDraftForm
        departments={mine.filter((d) => canEditDepartment(user, d.id)).map((d) => ({
          id: d.id,
          label: `${d.code} ${d.name}`,
          publishedYears: versions.filter((v) => v.departmentId === d.id && v.status === "published").map((v) => v.year),
        }))}
        years={years}
      />
    </>
  );
}

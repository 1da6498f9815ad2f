import type { Metadata } from "next";
import { getDb } from "@/db";
import { listDepartmentsWithRegion, listRegions } from "@/db/queries/admin";
import { DemoBadge } from "@/components/ui/demo-badge";
import { BackToAdmin, NoAccess, requireAdmin } from "../admin-guard";
import { ScrollTable, sectionClass } from "../form-parts";
import { CreateDepartmentForm } from "./create-department-form";
import { DepartmentStatusForm } from "./department-status-form";
import { RenameDepartmentForm } from "./rename-department-form";

export const metadata: Metadata = { title: "部门管理" };

export default async function AdminDepartmentsPage() {
  if (!(await requireAdmin("/admin/departments"))) return <NoAccess />;
  const db = await getDb();
  const [regions, departments] = await Promise.all([listRegions(db), listDepartmentsWithRegion(db)]);
  return (
    <>
      <BackToAdmin />
      <h1 className="mb-4 text-2xl font-bold">部门管理</h1>
      {regions.map((region) => {
        const rows = departments.filter((d) => d.regionId === region.id);
        return (
          <section key={region.id} aria-labelledby={`region-${region.id}`} className={sectionClass}>
            <h2 id={`region-${region.id}`} className="mb-2 text-lg font-semibold">
              {region.province} {region.name}（{rows.length} 个部门）
            </h2>
            {rows.length === 0 ? (
              <p className="text-sm text-stone-700">该地区尚无部门。</p>
            ) : (
              <ScrollTable label={`${region.name}的部门`}>
                <table className="doc-table min-w-[32rem]">
                  <thead>
                    <tr>
                      <th scope="col">编码</th>
                      <th scope="col">名称</th>
                      <th scope="col">更名</th>
                      <th scope="col">状态</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((d) => (
                      <tr key={d.id} data-testid="department-row" data-code={d.code} data-active={d.active}>
                        <td className="whitespace-nowrap font-mono">{d.code}</td>
                        <td>
                          {d.name} {d.isDemo && <DemoBadge />}
                          {!d.active && <span className="ml-1 text-xs font-semibold text-stone-700">（已停用）</span>}
                        </td>
                        <td>
                          <RenameDepartmentForm departmentId={d.id} name={d.name} />
                        </td>
                        <td>
                          <DepartmentStatusForm departmentId={d.id} name={d.name} active={d.active} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollTable>
            )}
          </section>
        );
      })}
      <CreateDepartmentForm regions={regions.map((r) => ({ id: r.id, name: `${r.province} ${r.name}` }))} />
    </>
  );
}

import type { Metadata } from "next";
import { getDb } from "@/db";
import { listYearsWithUse } from "@/db/queries/admin";
import { BackToAdmin, NoAccess, requireAdmin } from "../admin-guard";
import { ScrollTable, sectionClass } from "../form-parts";
import { CreateYearForm } from "./create-year-form";

export const metadata: Metadata = { title: "年度管理" };

const dateFormat = new Intl.DateTimeFormat("zh-CN", { dateStyle: "medium", timeZone: "Asia/Shanghai" });

export default async function AdminYearsPage() {
  if (!(await requireAdmin("/admin/years"))) return <NoAccess />;
  const years = await listYearsWithUse(await getDb());
  const next = Math.min(2100, (years.at(-1)?.year ?? new Date().getFullYear() - 1) + 1);
  return (
    <>
      <BackToAdmin />
      <h1 className="mb-4 text-2xl font-bold">年度管理</h1>
      <section aria-labelledby="years-title" className={sectionClass}>
        <h2 id="years-title" className="mb-2 text-lg font-semibold">
          已开放的预算年度（{years.length}）
        </h2>
        {years.length === 0 ? (
          <p className="text-sm text-stone-700">尚未开放任何年度。</p>
        ) : (
          <ScrollTable label="预算年度列表">
            <table className="doc-table min-w-[20rem]">
              <thead>
                <tr>
                  <th scope="col">年度</th>
                  <th scope="col">已建公开文件的部门数</th>
                  <th scope="col">开放日期</th>
                </tr>
              </thead>
              <tbody>
                {years.map((y) => (
                  <tr key={y.year}>
                    <td className="whitespace-nowrap">{y.year}年</td>
                    <td className="num">{y.disclosures}</td>
                    <td className="whitespace-nowrap">{dateFormat.format(y.createdAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        )}
      </section>
      <CreateYearForm suggested={next} />
    </>
  );
}

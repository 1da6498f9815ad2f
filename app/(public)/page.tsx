import Link from "next/link";
import { connection } from "next/server";
import { getDb } from "@/db";
import { listPublishedDepartments } from "@/db/queries/public";
import { DemoBadge } from "@/components/ui/demo-badge";

export default async function HomePage() {
  await connection(); // read at request time, never at build time
  const entries = await listPublishedDepartments(await getDb());
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">部门预算信息公开</h1>
      <p className="mb-6 text-stone-700">各部门已公开的年度部门预算。点击年度查看完整公开文件及数据核对结果。</p>
      <table className="doc-table bg-white">
        <caption className="sr-only">已公开的部门及年度</caption>
        <thead>
          <tr>
            <th scope="col">编码</th>
            <th scope="col">部门</th>
            <th scope="col">已公开年度</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.code}>
              <td className="num">{entry.code}</td>
              <td>
                {entry.name} {entry.isDemo && <DemoBadge />}
              </td>
              <td>
                <ul className="flex flex-wrap gap-x-3 gap-y-1">
                  {entry.years.map((year) => (
                    <li key={year}>
                      <Link
                        href={`/departments/${entry.code}/${year}`}
                        className="text-blue-800 underline underline-offset-2"
                        aria-label={`${entry.name}${year}年部门预算`}
                      >
                        {year}年
                      </Link>
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {entries.length === 0 && <p className="mt-4">尚无已公开的部门预算。</p>}
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { NoAccess, requireAdmin } from "./admin-guard";
import { sectionClass } from "./form-parts";

export const metadata: Metadata = { title: "系统管理" };

const SECTIONS = [
  { href: "/admin/users", title: "用户管理", text: "新建账号，分配角色、地区和部门，停用或启用账号，重置密码。" },
  { href: "/admin/departments", title: "部门管理", text: "按地区查看预算单位，添加部门，修改部门名称。" },
  { href: "/admin/years", title: "年度管理", text: "开放新的预算年度，供各部门填报。" },
  { href: "/admin/audit", title: "审计记录", text: "查看和筛选审核、管理和登录的全部操作记录，导出 CSV。" },
] as const;

export default async function AdminPage() {
  if (!(await requireAdmin("/admin"))) return <NoAccess />;
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">系统管理</h1>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {SECTIONS.map((s) => (
          <li key={s.href} className={sectionClass}>
            <h2 className="mb-1 text-lg font-semibold">
              <Link href={s.href} className="text-blue-800 underline underline-offset-2">
                {s.title}
              </Link>
            </h2>
            <p className="text-sm text-stone-700">{s.text}</p>
          </li>
        ))}
      </ul>
    </>
  );
}

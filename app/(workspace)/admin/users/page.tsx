import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { listUsers } from "@/db/queries/admin";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { BackToAdmin, NoAccess, requireAdmin } from "../admin-guard";
import { ScrollTable, linkClass, sectionClass } from "../form-parts";
import { CreateUserForm } from "./create-user-form";
import { loadScopeOptions } from "./scope-options";

export const metadata: Metadata = { title: "用户管理" };

export default async function AdminUsersPage() {
  if (!(await requireAdmin("/admin/users"))) return <NoAccess />;
  const db = await getDb();
  const [users, options] = await Promise.all([listUsers(db), loadScopeOptions(db)]);
  return (
    <>
      <BackToAdmin />
      <h1 className="mb-4 text-2xl font-bold">用户管理</h1>
      <section aria-labelledby="users-title" className={sectionClass}>
        <h2 id="users-title" className="mb-2 text-lg font-semibold">
          全部用户（{users.length}）
        </h2>
        <ScrollTable label="用户列表">
          <table className="doc-table min-w-[40rem]">
            <thead>
              <tr>
                <th scope="col">用户名</th>
                <th scope="col">姓名</th>
                <th scope="col">角色</th>
                <th scope="col">地区</th>
                <th scope="col">部门</th>
                <th scope="col">状态</th>
                <th scope="col">操作</th>
              </tr>
            </thead>
            <tbody>
              {users.map((u) => (
                <tr key={u.id} className={u.disabled ? "text-stone-600" : undefined}>
                  <td className="font-mono">{u.username}</td>
                  <td>{u.displayName}</td>
                  <td className="whitespace-nowrap">{ROLE_LABELS[u.role]}</td>
                  <td>{u.regionName ?? "—"}</td>
                  <td>{u.departments.length ? u.departments.map((d) => `${d.code} ${d.name}`).join("、") : "—"}</td>
                  <td className="whitespace-nowrap">{u.disabled ? "已停用" : "正常"}</td>
                  <td className="whitespace-nowrap">
                    <Link href={`/admin/users/${u.id}`} className={linkClass}>
                      管理<span className="sr-only">用户 {u.username}</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      </section>
      <CreateUserForm options={options} />
    </>
  );
}

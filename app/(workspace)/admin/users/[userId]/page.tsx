import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { getUserForAdmin } from "@/db/queries/admin";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { NoAccess, requireAdmin } from "../../admin-guard";
import { linkClass, sectionClass } from "../../form-parts";
import { loadScopeOptions } from "../scope-options";
import { ResetPasswordForm } from "./reset-password-form";
import { UserScopeForm } from "./user-scope-form";
import { UserStatusForm } from "./user-status-form";

export const metadata: Metadata = { title: "管理用户" };

export default async function AdminUserPage({ params }: { params: Promise<{ userId: string }> }) {
  const { userId } = await params;
  const admin = await requireAdmin(`/admin/users/${userId}`);
  if (!admin) return <NoAccess />;
  const id = Number(userId);
  if (!Number.isSafeInteger(id) || id <= 0) notFound();
  const db = await getDb();
  const [user, options] = await Promise.all([getUserForAdmin(db, id), loadScopeOptions(db)]);
  if (!user) notFound();
  const self = user.id === admin.id;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/users" className={linkClass}>
          ← 用户管理
        </Link>
      </p>
      <h1 className="mb-4 text-2xl font-bold">
        用户 <span className="font-mono">{user.username}</span>
        {self && <span className="ml-2 text-base font-normal text-stone-700">（当前登录的账号）</span>}
      </h1>
      <section aria-labelledby="user-summary-title" className={sectionClass}>
        <h2 id="user-summary-title" className="mb-2 text-lg font-semibold">
          基本信息
        </h2>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-stone-700">姓名</dt>
          <dd>{user.displayName}</dd>
          <dt className="text-stone-700">角色</dt>
          <dd>{ROLE_LABELS[user.role]}</dd>
          <dt className="text-stone-700">地区</dt>
          <dd>{user.regionName ?? "—"}</dd>
          <dt className="text-stone-700">部门</dt>
          <dd>{user.departments.length ? user.departments.map((d) => `${d.code} ${d.name}`).join("、") : "—"}</dd>
          <dt className="text-stone-700">状态</dt>
          <dd>{user.disabled ? "已停用" : "正常"}</dd>
        </dl>
      </section>
      <UserStatusForm userId={user.id} disabled={user.disabled} self={self} />
      <ResetPasswordForm userId={user.id} username={user.username} />
      <UserScopeForm
        userId={user.id}
        self={self}
        options={options}
        current={{
          role: user.role,
          regionId: user.regionId === null ? "" : String(user.regionId),
          departmentIds: user.departments.map((d) => String(d.id)),
        }}
      />
    </>
  );
}

import Link from "next/link";
import { requireUser } from "@/lib/auth/guards";
import { canAdminister, type SessionUser } from "@/lib/auth/permissions";

/** For admin pages: the signed-in administrator, or null when the page must show <NoAccess />. */
export async function requireAdmin(path: string): Promise<SessionUser | null> {
  const user = await requireUser(path);
  return canAdminister(user) ? user : null;
}

export function NoAccess() {
  return (
    <section aria-labelledby="no-access-title" className="rounded bg-white p-4 shadow-sm">
      <h1 id="no-access-title" className="mb-2 text-xl font-bold">
        无权访问
      </h1>
      <p>此页面仅供系统管理员使用。</p>
    </section>
  );
}

/** The way back to the admin overview, above each section's title. */
export function BackToAdmin() {
  return (
    <p className="mb-2 text-sm">
      <Link href="/admin" className="text-blue-800 underline underline-offset-2">
        ← 系统管理
      </Link>
    </p>
  );
}

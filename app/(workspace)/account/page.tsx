import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { preferencesOf } from "@/db/queries/notifications";
import { listLiveSessions } from "@/db/queries/sessions";
import { emailOf } from "@/db/queries/users";
import { env } from "@/lib/env";
import { kindsForRole, preferenceOf } from "@/lib/notifications/kinds";
import { PreferencesForm } from "@/components/notifications/preferences-form";
import { preferencesAction } from "../inbox/actions";
import { formatDateTime } from "@/components/review/format";
import { getCurrentSession } from "@/lib/auth/guards";
import { SESSION_POLICY } from "@/lib/auth/session-policy";
import { browserLabel } from "@/lib/auth/user-agent";
import { ChangePasswordForm } from "./change-password-form";
import { EndOtherSessionsForm, EndSessionForm } from "./session-forms";

export const metadata: Metadata = { title: "账号与安全" };

/** The signed-in user's own sessions (where and when, this one marked) and their password. */
export default async function AccountPage() {
  const current = await getCurrentSession();
  if (!current) redirect("/login?callbackUrl=%2Faccount");
  const db = await getDb();
  const [sessions, stored, email] = await Promise.all([
    listLiveSessions(db, current.user.id, SESSION_POLICY),
    preferencesOf(db, current.user.id),
    emailOf(db, current.user.id),
  ]);
  const preferences = kindsForRole(current.user.role).map((kind) => preferenceOf(stored, kind));
  const others = sessions.filter((s) => s.id !== current.sessionId).length;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">账号与安全</h1>
      <section aria-labelledby="sessions-title" className="rounded bg-white p-4 shadow-sm">
        <h2 id="sessions-title" className="mb-2 text-lg font-semibold">
          登录会话
        </h2>
        <p className="mb-3 text-sm text-stone-700">
          每次登录是一个会话。30 分钟无操作或登录满 8 小时后会话自动结束；退出登录、修改密码也会结束会话。如有不认识的会话，请结束它并修改密码。
        </p>
        <div role="region" aria-label="登录会话列表" tabIndex={0} className="overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="session-list">
            <thead>
              <tr className="border-b border-stone-300">
                <th scope="col" className="py-1 pr-3">登录时间</th>
                <th scope="col" className="py-1 pr-3">最近活动</th>
                <th scope="col" className="py-1 pr-3">地址</th>
                <th scope="col" className="py-1 pr-3">浏览器</th>
                <th scope="col" className="py-1">
                  <span className="sr-only">操作</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {sessions.map((s) => (
                <tr key={s.id} className="border-b border-stone-200 align-top" data-testid="session-row">
                  <td className="py-1 pr-3 whitespace-nowrap">{formatDateTime(s.createdAt)}</td>
                  <td className="py-1 pr-3 whitespace-nowrap">{formatDateTime(s.lastSeenAt)}</td>
                  <td className="py-1 pr-3">{s.ip}</td>
                  <td className="py-1 pr-3" title={s.userAgent}>
                    {browserLabel(s.userAgent)}
                  </td>
                  <td className="py-1">
                    {s.id === current.sessionId ? (
                      <span className="font-medium text-green-800" data-testid="this-session">
                        当前会话
                      </span>
                    ) : (
                      <EndSessionForm sessionId={s.id} label={`${formatDateTime(s.createdAt)} ${s.ip}`} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {/* Always rendered, so its result stays on screen after the other sessions are gone. */}
        <EndOtherSessionsForm count={others} />
      </section>
      <ChangePasswordForm username={current.user.username} />
      <PreferencesForm action={preferencesAction} email={email} preferences={preferences} mailEnabled={env.smtpUrl !== null} />
    </div>
  );
}

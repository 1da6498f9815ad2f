import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { inboxOf } from "@/db/queries/notifications";
import { requireUser } from "@/lib/auth/guards";
import { NOTIFICATION_KIND_LABELS } from "@/lib/notifications/kinds";
import { MarkReadForm } from "@/components/notifications/mark-read-form";
import { formatDateTime, isoOf } from "@/components/review/format";
import { linkClass, panelClass } from "@/components/review/form-parts";
import { markReadAction } from "./actions";

export const metadata: Metadata = { title: "通知" };

/** The signed-in user's own notices, newest first; unread ones marked. */
export default async function InboxPage() {
  const user = await requireUser("/inbox");
  const items = await inboxOf(await getDb(), user);
  const unread = items.filter((n) => !n.readAt).length;
  return (
    <section aria-labelledby="inbox-title" className={panelClass}>
      <h1 id="inbox-title" className="mb-2 text-2xl font-bold">
        通知
      </h1>
      <p className="mb-3 text-sm text-stone-700">
        {unread > 0 ? `${unread} 条未读。` : "没有未读通知。"}{" "}
        <Link href="/account#notification-settings-title" className={linkClass}>
          通知设置
        </Link>
      </p>
      <MarkReadForm action={markReadAction} disabled={unread === 0} />
      {items.length === 0 ? (
        <p className="mt-3">暂无通知。</p>
      ) : (
        <ul className="mt-3 divide-y divide-stone-200" data-testid="inbox-list">
          {items.map((n) => (
            <li key={n.id} data-testid="notification" data-kind={n.kind} data-unread={!n.readAt} className="py-2">
              <p className="flex flex-wrap gap-x-2 text-xs text-stone-700">
                {!n.readAt && <span className="font-semibold text-brand">未读</span>}
                <span>{NOTIFICATION_KIND_LABELS[n.kind]}</span>
                <time dateTime={isoOf(n.createdAt)}>{formatDateTime(n.createdAt)}</time>
              </p>
              <p className={n.readAt ? "" : "font-semibold"}>
                <Link href={n.href} className={linkClass}>
                  {n.message}
                </Link>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

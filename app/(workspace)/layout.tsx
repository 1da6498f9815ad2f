import "../globals.css";
import Link from "next/link";
import { getDb } from "@/db";
import { unreadCount } from "@/db/queries/notifications";
import { requireUser } from "@/lib/auth/guards";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { SignOutButton } from "@/components/ui/sign-out-button";
import { SiteShell } from "@/components/site/site-shell";
import { siteMetadata, siteViewport } from "@/components/site/site-metadata";

export const metadata = siteMetadata("zh");
export const viewport = siteViewport;

/**
 * Root layout of the workspace (Chinese only), with the workspace bar: who is signed in, in which
 * role. Every page below re-checks on its own.
 */
export default async function WorkspaceLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser("/workspace");
  // Reading the count also writes any deadline notice that has come due (no cron: lib/notifications/kinds.ts).
  const unread = await unreadCount(await getDb(), user);
  const account = (
    <Link href="/workspace" className="underline-offset-4 hover:underline" data-testid="header-account">
      我的工作台（{user.name}）
    </Link>
  );
  return (
    <SiteShell lang="zh" languageSwitch={false} account={account}>
      <div className="no-print mb-6 flex flex-wrap items-center justify-between gap-2 rounded bg-white px-4 py-2 text-sm shadow-sm">
        <nav aria-label="工作台" className="flex gap-4">
          {user.role === "editor" && <Link href="/edit" className="underline underline-offset-2">我的填报</Link>}
          {user.role === "reviewer" && <Link href="/review" className="underline underline-offset-2">审核</Link>}
          {user.role === "admin" && <Link href="/admin" className="underline underline-offset-2">系统管理</Link>}
        </nav>
        {/* At 375 px the name takes its own line and the links wrap between, never inside, words. */}
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <span data-testid="signed-in-user" className="basis-full sm:basis-auto">
            {user.name}（{ROLE_LABELS[user.role]}）
          </span>
          <Link href="/inbox" className="whitespace-nowrap underline underline-offset-2" data-testid="inbox-link">
            通知
            {unread > 0 ? (
              <span className="ml-1 rounded-full bg-brand px-1.5 text-xs font-semibold text-white" data-testid="unread-count">
                {unread}
                <span className="sr-only">条未读</span>
              </span>
            ) : (
              <span className="sr-only">（无未读）</span>
            )}
          </Link>
          <Link href="/account" className="whitespace-nowrap underline underline-offset-2">
            账号与安全
          </Link>
          <SignOutButton />
        </div>
      </div>
      {children}
    </SiteShell>
  );
}

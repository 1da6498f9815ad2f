"use client";

import { useEffect, useState } from "react";
import Link from "next/link";
import type { Lang } from "../public/labels";

/**
 * The header's sign-in link, or — for a signed-in visitor — their name and a way back to the
 * workspace. Public pages are cached and the same for everyone, so the browser asks who is signed
 * in after the page has loaded; the workspace itself re-checks the session on the server.
 * Its words come from the server (SiteShell): importing the label dictionaries here would send
 * them, and what they import, to every visitor's browser.
 */
export function AccountLink({ lang, workspace, login }: { lang: Lang; workspace: string; login: string }) {
  const [name, setName] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    fetch("/api/auth/session", { credentials: "same-origin" })
      .then((response) => (response.ok ? response.json() : null))
      .then((session: { userId?: number; user?: { name?: string } } | null) => {
        if (live && session?.userId) setName(session.user?.name || workspace);
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [workspace]);
  if (name) {
    return (
      <Link href="/workspace" hrefLang={lang === "en" ? "zh-CN" : undefined} className="underline-offset-4 hover:underline" data-testid="header-account">
        {workspace}（{name}）
      </Link>
    );
  }
  return (
    <Link href="/login" hrefLang={lang === "en" ? "zh-CN" : undefined} className="underline-offset-4 hover:underline">
      {login}
    </Link>
  );
}

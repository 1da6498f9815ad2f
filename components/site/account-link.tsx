"use client";

import { useEffect, useState } from "react";
import Link from "next/link";
import { label, type Lang } from "../public/labels";

/**
 * The header's sign-in link, or — for a signed-in visitor — their name and a way back to the
 * workspace. Public pages are cached and the same for everyone, so the browser asks who is signed
 * in after the page has loaded; the workspace itself re-checks the session on the server.
 */
export function AccountLink({ lang }: { lang: Lang }) {
  const [name, setName] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    fetch("/api/auth/session", { credentials: "same-origin" })
      .then((response) => (response.ok ? response.json() : null))
      .then((session: { userId?: number; user?: { name?: string } } | null) => {
        if (live && session?.userId) setName(session.user?.name || label("navWorkspace", lang));
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [lang]);
  if (name) {
    return (
      <Link href="/workspace" hrefLang={lang === "en" ? "zh-CN" : undefined} className="underline-offset-4 hover:underline" data-testid="header-account">
        {label("navWorkspace", lang)}（{name}）
      </Link>
    );
  }
  return (
    <Link href="/login" hrefLang={lang === "en" ? "zh-CN" : undefined} className="underline-offset-4 hover:underline">
      {label("navLogin", lang)}
    </Link>
  );
}

"use client";

import { signOut } from "next-auth/react";
import { allLocalCopyKeys } from "@/components/editor/local-copy-keys";

/**
 * Signing out also clears the drafts this browser kept for want of a server confirmation: the
 * next person at a shared computer must not find them. Such a copy is work not saved yet, so the
 * user is asked first and may stay to let it save.
 */
export function SignOutButton() {
  const onClick = () => {
    let storage: Storage | null = null;
    try {
      storage = window.localStorage;
    } catch {
      storage = null; // storage disabled by the browser's settings: nothing kept, nothing to clear
    }
    const unsaved = storage ? allLocalCopyKeys(storage) : [];
    if (unsaved.length > 0 && !window.confirm("本浏览器中还有尚未保存到服务器的草稿修改。退出登录将从本浏览器删除这些修改，确定退出吗？")) return;
    for (const key of unsaved) storage?.removeItem(key);
    void signOut({ callbackUrl: "/" });
  };
  return (
    <button type="button" onClick={onClick} className="whitespace-nowrap rounded border border-stone-400 px-2 py-1 hover:bg-stone-100">
      退出登录
    </button>
  );
}

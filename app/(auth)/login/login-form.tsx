"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { parseRateLimited } from "@/lib/auth/rate-limit";
import { safeReturnPath } from "@/lib/auth/safe-return-path";

/** "请在 2 分 5 秒后（14:32 以后）再试": how long, and the clock time, since either may be easier to act on. */
function throttledMessage(seconds: number, now: Date = new Date()): string {
  const minutes = Math.floor(seconds / 60);
  const wait = minutes > 0 ? `${minutes} 分${seconds % 60 ? ` ${seconds % 60} 秒` : "钟"}` : `${seconds} 秒`;
  const at = new Date(now.getTime() + seconds * 1000).toLocaleTimeString("zh-CN", { hour: "2-digit", minute: "2-digit", second: "2-digit", hour12: false });
  return `登录尝试过于频繁，请在 ${wait}后（${at} 以后）再试。`;
}

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      username: String(form.get("username") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    setPending(false);
    if (!result || result.error) {
      // authorize() throws "RATE_LIMITED:<seconds>"; next-auth passes the message through as `error`.
      const wait = parseRateLimited(result?.error);
      setError(wait === null ? "用户名或密码不正确，或账号已停用。" : throttledMessage(wait));
      return;
    }
    router.push(safeReturnPath(callbackUrl));
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4 rounded bg-white p-6 shadow-sm" noValidate>
      <div>
        <label htmlFor="username" className="mb-1 block text-sm font-medium">
          用户名
        </label>
        <input id="username" name="username" autoComplete="username" required className="w-full rounded border border-stone-400 px-3 py-2" />
      </div>
      <div>
        <label htmlFor="password" className="mb-1 block text-sm font-medium">
          密码
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className="w-full rounded border border-stone-400 px-3 py-2"
        />
      </div>
      {error && (
        <p className="text-sm text-red-800" data-testid="login-error" aria-live="polite">
          {error}
        </p>
      )}
      <button type="submit" disabled={pending} className="w-full rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-dark disabled:opacity-60">
        {pending ? "正在登录…" : "登录"}
      </button>
    </form>
  );
}

"use client";

import { useActionState, useEffect, useRef } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { PASSWORD_MIN_LENGTH, PASSWORD_RULE } from "@/lib/auth/password-rule";
import { changePasswordAction, type AccountActionState } from "./actions";

const inputClass = "mt-1 w-full rounded border border-stone-500 bg-white px-2 py-1 text-base sm:text-sm";

export function ChangePasswordForm({ username }: { username: string }) {
  const [state, action, pending] = useActionState<AccountActionState, FormData>(changePasswordAction, null);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok) form.current?.reset();
  }, [state]);
  return (
    <form ref={form} action={action} noValidate aria-labelledby="change-password-title" className="max-w-md space-y-3 rounded bg-white p-4 shadow-sm">
      <h2 id="change-password-title" className="text-lg font-semibold">
        修改密码
      </h2>
      {/* Lets password managers file the new password under the right account. */}
      <input type="text" name="username" value={username} autoComplete="username" readOnly hidden />
      <label className="flex flex-col text-sm">
        当前密码
        <input type="password" name="currentPassword" required autoComplete="current-password" className={inputClass} />
      </label>
      <label className="flex flex-col text-sm">
        新密码
        <input
          type="password"
          name="newPassword"
          required
          minLength={PASSWORD_MIN_LENGTH}
          autoComplete="new-password"
          aria-describedby="new-password-rule"
          className={inputClass}
        />
      </label>
      <p id="new-password-rule" className="text-xs text-stone-700">
        {PASSWORD_RULE}修改后，您在其他设备上的会话随即结束。
      </p>
      <label className="flex flex-col text-sm">
        再次输入新密码
        <input type="password" name="confirmPassword" required autoComplete="new-password" className={inputClass} />
      </label>
      <ActionMessage state={state} testId="change-password-message" />
      <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 text-sm text-white hover:bg-brand-dark disabled:opacity-60">
        {pending ? "正在提交…" : "修改密码"}
      </button>
    </form>
  );
}

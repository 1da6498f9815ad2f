"use client";

import { PASSWORD_MIN_LENGTH, PASSWORD_RULE } from "@/lib/auth/password-rule";
import { useActionState } from "react";
import { resetPasswordAction, type AdminActionState } from "../../actions";
import { ActionMessage } from "@/components/ui/action-message";
import { SubmitButton, inputClass, labelClass, sectionClass } from "../../form-parts";

export function ResetPasswordForm({ userId, username }: { userId: number; username: string }) {
  const [state, action, pending] = useActionState<AdminActionState, FormData>(resetPasswordAction, null);
  return (
    <form action={action} aria-labelledby="reset-password-title" className={`${sectionClass} space-y-2`}>
      <h2 id="reset-password-title" className="text-lg font-semibold">
        重置密码
      </h2>
      <input type="hidden" name="userId" value={userId} />
      {/* Lets password managers file the new password under the right account. */}
      <input type="text" name="username" value={username} autoComplete="username" readOnly hidden />
      <label className={`${labelClass} max-w-sm`}>
        新密码
        <input
          type="password"
          name="password"
          required
          minLength={PASSWORD_MIN_LENGTH}
          autoComplete="new-password"
          aria-describedby="reset-password-hint"
          className={inputClass}
        />
      </label>
      <p id="reset-password-hint" className="text-xs text-stone-700">
        {PASSWORD_RULE}重置后，该账号的所有会话随即结束；请另行安全告知本人新密码。
      </p>
      <ActionMessage state={state} />
      <SubmitButton pending={pending}>重置密码</SubmitButton>
    </form>
  );
}

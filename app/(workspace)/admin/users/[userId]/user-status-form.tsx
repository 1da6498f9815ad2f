"use client";

import { useActionState } from "react";
import { setUserStatusAction, type AdminActionState } from "../../actions";
import { ActionMessage } from "@/components/ui/action-message";
import { SubmitButton, sectionClass } from "../../form-parts";

export function UserStatusForm({ userId, disabled, self }: { userId: number; disabled: boolean; self: boolean }) {
  const [state, action, pending] = useActionState<AdminActionState, FormData>(setUserStatusAction, null);
  return (
    <form action={action} aria-labelledby="user-status-title" className={`${sectionClass} space-y-2`}>
      <h2 id="user-status-title" className="text-lg font-semibold">
        账号状态：{disabled ? "已停用" : "正常"}
      </h2>
      <p className="text-sm text-stone-700">停用后该账号立即无法登录和操作，数据保留，可随时重新启用。</p>
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="disabled" value={disabled ? "false" : "true"} />
      {self && !disabled ? (
        <p className="text-sm">不能停用自己的账号。</p>
      ) : (
        <SubmitButton pending={pending}>{disabled ? "启用账号" : "停用账号"}</SubmitButton>
      )}
      <ActionMessage state={state} />
    </form>
  );
}

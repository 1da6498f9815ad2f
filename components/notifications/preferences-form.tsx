"use client";

import { useActionState } from "react";
import { NOTIFICATION_KIND_LABELS, type Preference } from "@/lib/notifications/kinds";
import { ActionMessage } from "@/components/ui/action-message";
import type { FormAction, FormState } from "@/lib/action-result";
import { SubmitButton, inputClass, labelClass } from "../review/form-parts";

/** 通知设置 on /account: the mail address, and per kind the role receives, 站内 and 邮件 on or off. */
export function PreferencesForm(props: {
  action: FormAction;
  email: string | null;
  preferences: readonly Preference[];
  mailEnabled: boolean;
}) {
  const [state, dispatch, pending] = useActionState<FormState, FormData>(props.action, null);
  return (
    <section aria-labelledby="notification-settings-title" className="rounded bg-white p-4 shadow-sm">
      <h2 id="notification-settings-title" className="mb-2 text-lg font-semibold">
        通知设置
      </h2>
      {props.preferences.length === 0 ? (
        <p className="text-sm text-stone-700">您的角色不接收工作流程通知。</p>
      ) : (
        <form action={dispatch} className="space-y-3" data-testid="notification-settings">
          <label className={`${labelClass} max-w-md`}>
            接收通知的电子邮箱（可不填）
            <input type="email" name="email" defaultValue={props.email ?? ""} maxLength={200} className={inputClass} />
          </label>
          {!props.mailEnabled && <p className="text-sm text-stone-700">本平台尚未配置邮件服务器：目前只有站内通知。</p>}
          <fieldset>
            <legend className="mb-1 text-sm font-semibold">接收哪些通知</legend>
            <ul className="space-y-1 text-sm">
              {props.preferences.map((p) => (
                <li key={p.kind} className="flex flex-wrap items-center gap-x-4">
                  <span className="min-w-48">{NOTIFICATION_KIND_LABELS[p.kind]}</span>
                  <label className="flex items-center gap-1">
                    <input type="checkbox" name={`${p.kind}:inApp`} defaultChecked={p.inApp} />
                    站内<span className="sr-only">：{NOTIFICATION_KIND_LABELS[p.kind]}</span>
                  </label>
                  <label className="flex items-center gap-1">
                    <input type="checkbox" name={`${p.kind}:email`} defaultChecked={p.email} />
                    邮件<span className="sr-only">：{NOTIFICATION_KIND_LABELS[p.kind]}</span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          <ActionMessage state={state} testId="notification-settings-message" />
          <SubmitButton pending={pending}>保存通知设置</SubmitButton>
        </form>
      )}
    </section>
  );
}

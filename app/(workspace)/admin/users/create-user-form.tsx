"use client";

import { PASSWORD_MIN_LENGTH, PASSWORD_RULE } from "@/lib/auth/password-rule";
import { useActionState } from "react";
import { createUserAction, type AdminActionState } from "../actions";
import { ActionMessage } from "@/components/ui/action-message";
import { SubmitButton, inputClass, labelClass, sectionClass } from "../form-parts";
import { UserScopeFields, roleOf, type ScopeOptions } from "./user-scope-fields";

export function CreateUserForm({ options }: { options: ScopeOptions }) {
  const [state, action, pending] = useActionState<AdminActionState, FormData>(createUserAction, null);
  // A refused submission comes back in state.fields (never the password), so nothing typed is lost.
  const f = state?.fields ?? {};
  const onlyRegion = options.regions.length === 1 ? String(options.regions[0]?.id) : "";
  return (
    <form action={action} aria-labelledby="create-user-title" className={`${sectionClass} space-y-3`}>
      <h2 id="create-user-title" className="text-lg font-semibold">
        新建用户
      </h2>
      <div className="grid gap-3 sm:grid-cols-3">
        <label className={labelClass}>
          用户名
          <input
            name="username"
            required
            minLength={3}
            maxLength={40}
            pattern="[A-Za-z0-9_.\-]{3,40}"
            autoComplete="off"
            spellCheck={false}
            defaultValue={f.username?.[0]}
            aria-describedby="new-username-hint"
            className={inputClass}
          />
          <span id="new-username-hint" className="mt-1 text-xs text-stone-700">
            3–40 个字符：英文字母、数字、_ . -
          </span>
        </label>
        <label className={labelClass}>
          姓名
          <input name="displayName" required maxLength={50} defaultValue={f.displayName?.[0]} className={inputClass} />
        </label>
        <label className={labelClass}>
          初始密码
          <input
            type="password"
            name="password"
            required
            minLength={PASSWORD_MIN_LENGTH}
            autoComplete="new-password"
            aria-describedby="new-password-hint"
            className={inputClass}
          />
          <span id="new-password-hint" className="mt-1 text-xs text-stone-700">
            {PASSWORD_RULE}请另行安全告知本人。
          </span>
        </label>
      </div>
      <UserScopeFields
        key={state?.nonce ?? "initial"}
        idPrefix="new-user"
        options={options}
        defaults={{ role: roleOf(f.role?.[0]), regionId: f.regionId?.[0] ?? onlyRegion, departmentIds: f.departmentIds ?? [] }}
      />
      <ActionMessage state={state} />
      <SubmitButton pending={pending}>创建用户</SubmitButton>
    </form>
  );
}

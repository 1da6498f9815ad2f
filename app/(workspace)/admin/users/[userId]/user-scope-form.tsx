"use client";

import { useActionState } from "react";
import { updateUserScopeAction, type AdminActionState } from "../../actions";
import { ActionMessage } from "@/components/ui/action-message";
import { SubmitButton, sectionClass } from "../../form-parts";
import { UserScopeFields, roleOf, type ScopeDefaults, type ScopeOptions } from "../user-scope-fields";

export function UserScopeForm(props: { userId: number; self: boolean; options: ScopeOptions; current: ScopeDefaults }) {
  const [state, action, pending] = useActionState<AdminActionState, FormData>(updateUserScopeAction, null);
  // After a refusal show what was submitted; after success, what is now stored (the page re-renders).
  const f = state && !state.ok ? state.fields : null;
  const defaults: ScopeDefaults = f
    ? { role: roleOf(f.role?.[0]), regionId: f.regionId?.[0] ?? "", departmentIds: f.departmentIds ?? [] }
    : props.current;
  return (
    <form action={action} aria-labelledby="user-scope-title" className={`${sectionClass} space-y-3`}>
      <h2 id="user-scope-title" className="text-lg font-semibold">
        角色和部门
      </h2>
      {props.self && <p className="text-sm">这是您当前登录的账号，不能更改自己的角色。</p>}
      <input type="hidden" name="userId" value={props.userId} />
      <UserScopeFields key={state?.nonce ?? "initial"} idPrefix="edit-user" options={props.options} defaults={defaults} />
      <ActionMessage state={state} />
      <SubmitButton pending={pending}>保存角色和部门</SubmitButton>
    </form>
  );
}

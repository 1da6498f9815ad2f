"use client";

import { useActionState } from "react";
import { setDepartmentStatusAction, type AdminActionState } from "../actions";
import { ActionMessage } from "@/components/ui/action-message";
import { SubmitButton } from "../form-parts";

/** 停用 / 启用 a department: its editors stop (or resume) drafting; its published pages stay public. */
export function DepartmentStatusForm({ departmentId, name, active }: { departmentId: number; name: string; active: boolean }) {
  const [state, action, pending] = useActionState<AdminActionState, FormData>(setDepartmentStatusAction, null);
  return (
    <form action={action} className="space-y-1">
      <input type="hidden" name="departmentId" value={departmentId} />
      <input type="hidden" name="active" value={active ? "false" : "true"} />
      <SubmitButton pending={pending}>
        {active ? "停用" : "启用"}
        <span className="sr-only">部门：{name}</span>
      </SubmitButton>
      <ActionMessage state={state} />
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { createDepartmentAction, type AdminActionState } from "../actions";
import { ActionMessage } from "@/components/ui/action-message";
import { SubmitButton, inputClass, labelClass, sectionClass } from "../form-parts";

export function CreateDepartmentForm({ regions }: { regions: { id: number; name: string }[] }) {
  const [state, action, pending] = useActionState<AdminActionState, FormData>(createDepartmentAction, null);
  const f = state?.fields ?? {};
  const onlyRegion = regions.length === 1 ? String(regions[0]?.id) : "";
  return (
    <form action={action} aria-labelledby="create-department-title" className={`${sectionClass} space-y-3`}>
      <h2 id="create-department-title" className="text-lg font-semibold">
        添加部门
      </h2>
      <div className="grid gap-3 sm:grid-cols-3">
        <label className={labelClass}>
          地区
          <select name="regionId" required defaultValue={f.regionId?.[0] ?? onlyRegion} className={inputClass}>
            <option value="">请选择地区</option>
            {regions.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </label>
        <label className={labelClass}>
          预算单位编码
          <input
            name="code"
            required
            maxLength={20}
            pattern="[0-9A-Za-z\-]{1,20}"
            autoComplete="off"
            spellCheck={false}
            defaultValue={f.code?.[0]}
            aria-describedby="new-department-code-hint"
            className={inputClass}
          />
          <span id="new-department-code-hint" className="mt-1 text-xs text-stone-700">
            1–20 位数字、英文字母或 -，在本地区内唯一
          </span>
        </label>
        <label className={labelClass}>
          部门名称
          <input name="name" required maxLength={100} defaultValue={f.name?.[0]} className={inputClass} />
        </label>
      </div>
      <ActionMessage state={state} />
      <SubmitButton pending={pending}>添加部门</SubmitButton>
    </form>
  );
}

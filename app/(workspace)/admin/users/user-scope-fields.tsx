"use client";

import { useState } from "react";
import { ROLE_LABELS, type Role } from "@/lib/auth/permissions";
import { inputClass, labelClass } from "../form-parts";

const ROLES: Role[] = ["editor", "reviewer", "admin"];

/** A submitted role value as a Role (editor when missing or unknown). */
export function roleOf(value: string | undefined): Role {
  return ROLES.find((r) => r === value) ?? "editor";
}

export interface ScopeOptions {
  regions: { id: number; name: string }[];
  departments: { id: number; label: string }[];
}

export interface ScopeDefaults {
  role: Role;
  regionId: string;
  departmentIds: string[];
}

/**
 * Role, then what it is scoped by: departments for an editor, a region for a reviewer or admin.
 * The other group is only hidden, so switching roles back and forth keeps what was chosen; the
 * server ignores the group the role does not use.
 */
export function UserScopeFields({ idPrefix, options, defaults }: { idPrefix: string; options: ScopeOptions; defaults: ScopeDefaults }) {
  const [role, setRole] = useState<Role>(defaults.role);
  const editor = role === "editor";
  return (
    <div className="space-y-3">
      <label className={labelClass}>
        角色
        <select
          name="role"
          defaultValue={defaults.role}
          onChange={(e) => setRole(roleOf(e.target.value))}
          className={inputClass}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </select>
      </label>
      <label className={labelClass} hidden={editor}>
        所在地区（审核人、管理员）
        <select name="regionId" defaultValue={defaults.regionId} className={inputClass}>
          <option value="">请选择地区</option>
          {options.regions.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
      </label>
      <fieldset hidden={!editor} aria-describedby={`${idPrefix}-departments-hint`}>
        <legend className="text-sm">负责的部门（填报人至少选择一个）</legend>
        <p id={`${idPrefix}-departments-hint`} className="text-xs text-stone-700">
          可多选；填报人只能编辑所选部门的公开文件。
        </p>
        <div className="mt-1 grid max-h-60 gap-1 overflow-y-auto rounded border border-stone-300 p-2 sm:grid-cols-2">
          {options.departments.map((d) => (
            <label key={d.id} className="flex items-start gap-2 text-sm">
              <input
                type="checkbox"
                name="departmentIds"
                value={d.id}
                defaultChecked={defaults.departmentIds.includes(String(d.id))}
                className="mt-1"
              />
              {d.label}
            </label>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

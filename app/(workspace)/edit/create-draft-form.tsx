"use client";

import { useActionState } from "react";
import { createDraftAction, type CreateDraftState } from "./actions";

export function CreateDraftForm(props: { departments: { id: number; label: string }[]; years: number[] }) {
  const [state, action, pending] = useActionState<CreateDraftState, FormData>(createDraftAction, null);
  const latest = props.years.at(-1);
  return (
    <form action={action} className="space-y-3 rounded bg-white p-4 shadow-sm" aria-labelledby="create-draft-title">
      <h2 id="create-draft-title" className="text-lg font-semibold">
        新建年度草稿
      </h2>
      <div className="flex flex-wrap gap-4">
        <div className="flex flex-col text-sm">
          <label htmlFor="new-draft-department">部门</label>
          <select id="new-draft-department" name="departmentId" className="mt-1 rounded border border-stone-400 px-2 py-1" required>
            {props.departments.map((d) => (
              <option key={d.id} value={d.id}>
                {d.label}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col text-sm">
          <label htmlFor="new-draft-year">年度</label>
          <select id="new-draft-year" name="year" defaultValue={latest} className="mt-1 rounded border border-stone-400 px-2 py-1" required>
            {props.years.map((y) => (
              <option key={y} value={y}>
                {y}年
              </option>
            ))}
          </select>
        </div>
      </div>
      <fieldset className="text-sm">
        <legend className="mb-1">起点</legend>
        <label className="mr-4 inline-flex items-center gap-1">
          <input type="radio" name="start" value="empty" defaultChecked /> 空白草稿
        </label>
        <label className="mr-4 inline-flex items-center gap-1">
          <input type="radio" name="start" value="previous" /> 以上年已公开的预算为基础
        </label>
        <label className="inline-flex items-center gap-1">
          <input type="radio" name="start" value="published" /> 更正本年已公开的版本
        </label>
      </fieldset>
      {state?.message && (
        <p className="text-sm text-red-800" data-testid="create-draft-error" aria-live="polite">
          {state.message}
        </p>
      )}
      <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 text-white hover:bg-brand-dark disabled:opacity-60">
        {pending ? "正在创建…" : "创建草稿"}
      </button>
    </form>
  );
}

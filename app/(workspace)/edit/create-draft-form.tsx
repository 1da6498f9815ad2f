"use client";
/**
 * 新建年度草稿. The form is submitted by hand (not as a form action) so that React does not reset
 * it after a refusal: the department, year and start the editor chose stay chosen, and the next
 * click cannot create a draft for another department. A start that cannot work for the chosen
 * department and year (nothing published to copy or correct) is shown disabled, with the reason.
 */
import { startTransition, useActionState, useState, type FormEvent } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { keptStart, startChoices, type DraftStart } from "@/lib/drafts/starts";
import { createDraftAction, type CreateDraftState } from "./actions";

export function CreateDraftForm(props: {
  departments: { id: number; label: string; publishedYears: number[] }[];
  years: number[];
}) {
  const [state, action, pending] = useActionState<CreateDraftState, FormData>(createDraftAction, null);
  const latest = props.years.at(-1) ?? new Date().getFullYear();
  const [departmentId, setDepartmentId] = useState(props.departments[0]?.id ?? 0);
  const [year, setYear] = useState(latest);
  const [start, setStart] = useState<DraftStart>("empty");
  const publishedYears = props.departments.find((d) => d.id === departmentId)?.publishedYears ?? [];
  const choices = startChoices(publishedYears, year);
  const chosen = keptStart(start, publishedYears, year);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => action(data));
  }

  return (
    <form onSubmit={onSubmit} className="space-y-3 rounded bg-white p-4 shadow-sm" aria-labelledby="create-draft-title">
      <h2 id="create-draft-title" className="text-lg font-semibold">
        新建年度草稿
      </h2>
      <div className="flex flex-wrap gap-4">
        <div className="flex flex-col text-sm">
          <label htmlFor="new-draft-department">部门</label>
          {/* Uncontrolled (no value): what the editor picks stays picked across renders. */}
          <select
            id="new-draft-department"
            name="departmentId"
            className="mt-1 rounded border border-stone-400 px-2 py-1"
            required
            onChange={(e) => setDepartmentId(Number(e.target.value))}
          >
            {props.departments.map((d) => (
              <option key={d.id} value={d.id}>
                {d.label}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col text-sm">
          <label htmlFor="new-draft-year">年度</label>
          <select
            id="new-draft-year"
            name="year"
            defaultValue={latest}
            className="mt-1 rounded border border-stone-400 px-2 py-1"
            required
            onChange={(e) => setYear(Number(e.target.value))}
          >
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
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          {choices.map((choice) => (
            <label key={choice.start} className={`inline-flex items-center gap-1 ${choice.unavailable ? "text-stone-600" : ""}`}>
              <input
                type="radio"
                name="start"
                value={choice.start}
                checked={chosen === choice.start}
                disabled={choice.unavailable !== null}
                onChange={() => setStart(choice.start)}
              />
              {choice.label}
              {choice.unavailable && <span className="text-xs">（{choice.unavailable}）</span>}
            </label>
          ))}
        </div>
      </fieldset>
      <ActionMessage state={state} testId="create-draft-error" />
      <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 text-white hover:bg-brand-dark disabled:opacity-60">
        {pending ? "正在创建…" : "创建草稿"}
      </button>
    </form>
  );
}

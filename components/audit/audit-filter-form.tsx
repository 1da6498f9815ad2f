/**
 * The audit trail's filters as a plain GET form: the address is the whole state, so a filtered
 * view can be bookmarked, paged and exported, and the form works without JavaScript.
 */
import Link from "next/link";
import { AUDIT_ACTIONS, AUDIT_KIND_LABELS, actionsOfKind, type AuditKind } from "@/lib/audit/actions";
import type { AuditFilter } from "@/lib/audit/filter";
import { buttonClass, inputClass, labelClass, linkClass } from "../review/form-parts";

export interface DepartmentOption {
  id: number;
  label: string;
}

const KINDS = Object.keys(AUDIT_KIND_LABELS) as AuditKind[];

export function AuditFilterForm(props: { filter: AuditFilter; departments: readonly DepartmentOption[]; action: string }) {
  const f = props.filter;
  return (
    <form method="get" action={props.action} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4" aria-label="筛选审计记录">
      <label className={labelClass}>
        类别
        <select name="kind" defaultValue={f.kind ?? ""} className={inputClass}>
          <option value="">全部</option>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {AUDIT_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </label>
      <label className={labelClass}>
        操作
        <select name="action" defaultValue={f.action ?? ""} className={inputClass}>
          <option value="">全部</option>
          {KINDS.map((k) => (
            <optgroup key={k} label={AUDIT_KIND_LABELS[k]}>
              {actionsOfKind(k).map((a) => (
                <option key={a} value={a}>
                  {AUDIT_ACTIONS[a].label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      <label className={labelClass}>
        用户名（操作人或对象）
        <input name="user" defaultValue={f.user ?? ""} className={inputClass} autoComplete="off" spellCheck={false} />
      </label>
      <label className={labelClass}>
        部门
        <select name="department" defaultValue={f.departmentId === undefined ? "" : String(f.departmentId)} className={inputClass}>
          <option value="">全部</option>
          {props.departments.map((d) => (
            <option key={d.id} value={d.id}>
              {d.label}
            </option>
          ))}
        </select>
      </label>
      <label className={labelClass}>
        起始日期（北京时间）
        <input type="date" name="from" defaultValue={f.from ?? ""} className={inputClass} />
      </label>
      <label className={labelClass}>
        截止日期（含当日）
        <input type="date" name="to" defaultValue={f.to ?? ""} className={inputClass} />
      </label>
      <label className={labelClass}>
        地址（开头部分即可）
        <input name="ip" defaultValue={f.ip ?? ""} className={inputClass} autoComplete="off" spellCheck={false} inputMode="text" />
      </label>
      <div className="flex items-end gap-4">
        <button type="submit" className={buttonClass}>
          筛选
        </button>
        <Link href={props.action} className={`${linkClass} text-sm`}>
          清除筛选
        </Link>
      </div>
    </form>
  );
}

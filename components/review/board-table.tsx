/** The review board: one row per department of the region for the chosen year. */
import Link from "next/link";
import { DemoBadge } from "@/components/ui/demo-badge";
import { DEADLINE_LABELS, type DeadlineState } from "@/lib/deadline";
import { STATUS_LABELS } from "@/lib/workflow";
import { ApprovalDateForm } from "./approval-date-form";
import { daysText, type BoardEntry } from "./board-filter";
import { formatChinaDate } from "./format";
import type { FormAction } from "@/lib/action-result";
import { BULK_FORM_ID, ScrollTable, linkClass, tableClass } from "./form-parts";

const ROW_TONE: Partial<Record<DeadlineState, string>> = {
  late: "bg-red-50",
  "published-late": "bg-amber-50",
  "due-soon": "bg-amber-50",
};

const LABEL_TONE: Partial<Record<DeadlineState, string>> = {
  late: "font-bold text-red-800",
  "published-late": "font-semibold text-amber-900",
  "due-soon": "font-semibold text-amber-900",
  "published-on-time": "text-green-800",
};

function statusText(entry: BoardEntry): string {
  if (!entry.status) return "未开始";
  const label = STATUS_LABELS[entry.status];
  return entry.publishedAt && entry.status !== "published" ? `${label}（已有公开版本）` : label;
}

function DeadlineCell({ entry }: { entry: BoardEntry }) {
  const { deadline } = entry;
  const days = daysText(deadline);
  return (
    <td data-testid="deadline-cell" data-state={deadline.state} className="whitespace-nowrap">
      {deadline.deadline && <span className="block tabular-nums">{deadline.deadline}</span>}
      <span className={`block ${LABEL_TONE[deadline.state] ?? "text-stone-700"}`}>
        {deadline.state === "late" && <span aria-hidden="true">⚠ </span>}
        {DEADLINE_LABELS[deadline.state]}
      </span>
      {days && <span className="block text-xs">{days}</span>}
    </td>
  );
}

export function BoardTable(props: { entries: readonly BoardEntry[]; year: number; approvalDateAction: FormAction }) {
  return (
    <ScrollTable label={`${props.year}年各部门公开进度`}>
      <table className={`${tableClass} min-w-[60rem]`} data-testid="review-board">
        <caption className="sr-only">{props.year}年各部门公开进度</caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="sr-only">选择</span>
            </th>
            <th scope="col">编码</th>
            <th scope="col">部门</th>
            <th scope="col">状态</th>
            <th scope="col">提交日期</th>
            <th scope="col">批复日期</th>
            <th scope="col">公开期限</th>
            <th scope="col">操作</th>
          </tr>
        </thead>
        <tbody>
          {props.entries.map((entry) => (
            <tr
              key={entry.departmentId}
              data-testid="board-row"
              data-code={entry.code}
              data-status={entry.status ?? "none"}
              className={ROW_TONE[entry.deadline.state]}
            >
              <td>
                <input
                  type="checkbox"
                  name="departmentId"
                  value={entry.departmentId}
                  form={BULK_FORM_ID}
                  aria-label={`选择${entry.name}`}
                  className="h-4 w-4"
                />
              </td>
              <td className="tabular-nums">{entry.code}</td>
              <th scope="row">
                {entry.name} {entry.isDemo && <DemoBadge />}
              </th>
              <td>
                {statusText(entry)}
                {entry.versionNo !== null && <span className="block text-xs text-stone-700">第{entry.versionNo}版</span>}
              </td>
              <td className="whitespace-nowrap tabular-nums">{entry.submittedAt ? formatChinaDate(entry.submittedAt) : "—"}</td>
              <td>
                <ApprovalDateForm
                  action={props.approvalDateAction}
                  departmentId={entry.departmentId}
                  departmentName={entry.name}
                  year={props.year}
                  date={entry.approvalDate}
                />
              </td>
              <DeadlineCell entry={entry} />
              <td className="whitespace-nowrap">
                {entry.versionId !== null && entry.status !== "draft" && (
                  <Link href={`/review/${entry.versionId}`} className={`${linkClass} block`}>
                    {entry.status === "submitted" ? "审核" : "查看"}
                    <span className="sr-only">{entry.name}第{entry.versionNo}版</span>
                  </Link>
                )}
                <Link href={`/review/departments/${entry.departmentId}/audit`} className={`${linkClass} block`}>
                  操作记录<span className="sr-only">：{entry.name}</span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

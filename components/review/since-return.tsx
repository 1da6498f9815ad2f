/**
 * 自退回以来的改动: on a resubmission, what the editor changed since the reviewer returned it,
 * field by field — the document as returned (kept with the version when it was returned) against
 * the one submitted now, through the one diff (lib/disclosure/diff.ts) and the one table.
 */
import { diffDocuments } from "@/lib/disclosure/diff";
import type { DisclosureDocument } from "@/lib/disclosure/schema";
import { DiffTable } from "./diff-table";
import { formatDateTime, isoOf } from "./format";

export interface ReturnEntry {
  at: Date;
  userName: string | null;
  note: string | null;
}

export function SinceReturn(props: { returned: DisclosureDocument; current: DisclosureDocument; entry: ReturnEntry | null }) {
  const { entry } = props;
  return (
    <section
      aria-labelledby="since-return-title"
      data-testid="diff-since-return"
      className="mb-6 rounded border-2 border-amber-700 bg-white p-4 shadow-sm"
    >
      <h2 id="since-return-title" className="mb-1 text-lg font-semibold">
        自退回以来的改动
      </h2>
      {entry && (
        <p className="mb-2 text-sm text-stone-800">
          {entry.userName ?? "审核人"}于<time dateTime={isoOf(entry.at)}>{formatDateTime(entry.at)}</time>退回
          {entry.note && <>，理由：“{entry.note}”</>}。以下为退回时的内容与本次提交的差异。
        </p>
      )}
      <DiffTable changes={diffDocuments(props.returned, props.current)} label="自退回以来的改动" />
    </section>
  );
}

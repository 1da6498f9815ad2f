"use client";
/** Excel: the blank template, this draft as a workbook, and importing a filled-in workbook. */
import { useState, type FormEvent } from "react";
import type { ImportWorkbookResult, Refusal } from "@/lib/drafts/results";
import type { DisclosureDocument } from "@/lib/disclosure/schema";
import { MAX_WORKBOOK_BYTES, WORKBOOK_TOO_LARGE } from "@/lib/excel/limits";
import type { ExcelError } from "@/lib/excel/reader";

/** 工作表“收入”C5：金额应为数字 */
export function formatImportError(error: ExcelError): string {
  if (error.sheet === "") return error.message;
  return `工作表“${error.sheet}”${error.cell ?? ""}：${error.message}`;
}

export const IMPORT_CONFIRM = "导入将以文件内容替换本草稿的全部内容，确定导入吗？";

type Outcome = { kind: "ok" } | { kind: "error"; message: string; errors: ExcelError[] } | null;

const LINK = "inline-block rounded border border-stone-600 bg-white px-3 py-1.5 text-sm font-medium text-stone-900 hover:bg-stone-100";

export function ExcelPanel(props: {
  versionId: number;
  departmentCode: string;
  year: number;
  revision: number;
  readOnly: boolean;
  /** Waits for a save in flight; the revision to import over, or null when saving has stopped. */
  settle: () => Promise<number | null>;
  importAction: (formData: FormData) => Promise<ImportWorkbookResult>;
  onImported: (document: DisclosureDocument, revision: number) => void;
  onRefusal: (refusal: Refusal) => void;
}) {
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const file = new FormData(form).get("file");
    if (!(file instanceof File) || file.size === 0) {
      setOutcome({ kind: "error", message: "请选择要上传的 Excel 文件（.xlsx）。", errors: [] });
      return;
    }
    // The server refuses it too (with the same words); checking here spares sending 5 MB for nothing.
    if (file.size > MAX_WORKBOOK_BYTES) {
      setOutcome({ kind: "error", message: `${WORKBOOK_TOO_LARGE(file.size)}。草稿未作改动。`, errors: [] });
      return;
    }
    if (!window.confirm(IMPORT_CONFIRM)) return;
    setPending(true);
    setOutcome(null);
    try {
      const revision = await props.settle();
      if (revision === null) {
        setOutcome({ kind: "error", message: "草稿当前无法保存（见页面上方提示），未导入。", errors: [] });
        return;
      }
      const data = new FormData(form);
      data.set("revision", String(revision));
      const result = await props.importAction(data);
      if (result.ok) {
        props.onImported(result.document, result.revision);
        setOutcome({ kind: "ok" });
        form.reset();
      } else if (result.reason === "bad-workbook") {
        setOutcome({ kind: "error", message: result.message, errors: result.errors });
      } else {
        props.onRefusal(result);
        setOutcome({ kind: "error", message: result.message, errors: [] });
      }
    } catch {
      setOutcome({ kind: "error", message: "上传失败：无法连接服务器，草稿未作改动。", errors: [] });
    } finally {
      setPending(false);
    }
  }

  return (
    <section aria-labelledby="excel-panel-title" className="rounded-lg border border-stone-300 bg-white p-3 lg:shrink-0" data-testid="excel-panel">
      <h2 id="excel-panel-title" className="text-base font-bold text-stone-900">
        用 Excel 填报
      </h2>
      <div className="mt-2 flex flex-wrap gap-2">
        <a className={LINK} href={`/edit/template?department=${encodeURIComponent(props.departmentCode)}&year=${props.year}`}>
          下载空白模板
        </a>
        <a className={LINK} href={`/edit/${props.versionId}/workbook`}>
          导出本草稿
        </a>
      </div>
      <p className="mt-1 text-xs text-stone-700">导出的是最近一次保存的内容。</p>
      {!props.readOnly && (
        <form onSubmit={onSubmit} className="mt-3 space-y-2" encType="multipart/form-data">
          <input type="hidden" name="versionId" value={props.versionId} />
          <input type="hidden" name="revision" value={props.revision} />
          <label htmlFor="excel-upload-file" className="block text-sm font-medium text-stone-800">
            上传填好的 Excel
          </label>
          <input
            id="excel-upload-file"
            name="file"
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className="block w-full text-sm file:mr-2 file:rounded file:border file:border-stone-600 file:bg-white file:px-2 file:py-1"
          />
          <button type="submit" disabled={pending} className="rounded bg-brand px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-dark disabled:opacity-60">
            {pending ? "正在导入…" : "导入"}
          </button>
          <p className="text-xs text-stone-700">导入会替换本草稿的全部内容；文件有错时草稿不作任何改动。</p>
        </form>
      )}
      <div aria-live="polite">
        {outcome?.kind === "ok" && (
          <p className="mt-2 text-sm font-medium text-green-900" data-testid="import-ok">
            已从 Excel 导入并保存
          </p>
        )}
        {outcome?.kind === "error" && (
          <div className="mt-2 rounded border border-red-800 bg-red-50 p-2 text-sm text-red-950" data-testid="import-errors">
            <p className="font-medium">{outcome.message}</p>
            {outcome.errors.length > 0 && (
              <ul className="mt-1 list-disc space-y-0.5 pl-5">
                {outcome.errors.map((error, i) => (
                  <li key={i}>{formatImportError(error)}</li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
    </section>
  );
}

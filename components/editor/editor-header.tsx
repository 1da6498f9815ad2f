"use client";
/** The sticky toolbar: which draft this is, the save state, preview and submit; and the contents. */
import Link from "next/link";
import { SECTIONS } from "@/lib/disclosure/sections";
import { chineseNumeral } from "@/lib/disclosure/numbering";
import { STATUS_LABELS } from "@/lib/workflow";
import type { DraftEditorProps } from "./draft-editor";
import { sectionElementId } from "./field-target";
import { SaveStatus } from "./save-status";
import { SubmitButton } from "./submit-panel";
import type { SaveState } from "./use-autosave";

export function EditorHeader(props: {
  versionId: number;
  departmentCode: string;
  departmentName: string;
  year: number;
  status: DraftEditorProps["status"];
  readOnly: boolean;
  /** null when nothing is saved from this page (read-only). */
  saveState: SaveState | null;
  /** 立即保存: offered while something is not saved yet (null: nothing to save, or saving stopped). */
  onSaveNow: (() => void) | null;
  submitPending: boolean;
  onSubmit: () => void;
}) {
  return (
    <>
      <header className="sticky top-0 z-20 -mx-2 flex flex-wrap items-center justify-between gap-2 border-b border-stone-300 bg-stone-50/95 px-2 py-2 backdrop-blur">
        <div className="min-w-0">
          {/* The page carries the h1; this line keeps the draft in view while scrolling. */}
          <p className="font-semibold text-stone-900">
            {props.departmentName} {props.year}年
          </p>
          <p className="text-xs text-stone-700">
            单位编码 {props.departmentCode} · 状态：<span data-testid="editor-status">{STATUS_LABELS[props.status]}</span>
            {props.readOnly && "（只读）"}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          {props.saveState !== null && <SaveStatus state={props.saveState} />}
          {props.onSaveNow && (
            <button
              type="button"
              data-testid="save-now"
              onClick={props.onSaveNow}
              className="rounded border border-stone-600 bg-white px-3 py-1.5 text-sm font-medium text-stone-900 hover:bg-stone-100"
            >
              立即保存
            </button>
          )}
          <Link
            href={`/edit/${props.versionId}/preview`}
            className="rounded border border-stone-600 bg-white px-3 py-1.5 text-sm font-medium text-stone-900 hover:bg-stone-100"
          >
            预览公开效果
          </Link>
          <SubmitButton pending={props.submitPending} disabled={props.readOnly} onSubmit={props.onSubmit} />
        </div>
      </header>
      {props.readOnly && props.saveState === null && (
        <p className="rounded border border-stone-400 bg-stone-100 p-3 text-sm text-stone-900">本版本为只读，不能修改；数据核对和计算数照常显示。</p>
      )}
      <nav aria-label="填报目录" className="rounded-lg border border-stone-300 bg-white p-3">
        <ol className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {SECTIONS.map((section, i) => (
            <li key={section.key}>
              <a href={`#${sectionElementId(i + 1)}`} className="text-brand underline-offset-2 hover:underline">
                {chineseNumeral(i + 1)}、{section.title.zh}
              </a>
            </li>
          ))}
        </ol>
      </nav>
    </>
  );
}

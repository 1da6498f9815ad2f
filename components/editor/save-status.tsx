"use client";
/** The save indicator and, below the toolbar, what stands in the way of saving. */
import type { FieldError } from "@/lib/validation";
import { FieldLinks } from "./field-links";
import type { SaveProblem } from "./save-queue";
import type { SaveState } from "./use-autosave";

export const SAVE_STATE_TEXT: Record<SaveState, string> = {
  saved: "已保存",
  saving: "保存中…",
  dirty: "有未保存的修改",
  failed: "保存失败",
};

const STATE_CLASS: Record<SaveState, string> = {
  saved: "border-green-800 text-green-900",
  saving: "border-stone-600 text-stone-800",
  dirty: "border-amber-800 text-amber-900",
  failed: "border-red-800 bg-red-50 text-red-900",
};

export function SaveStatus({ state }: { state: SaveState }) {
  return (
    <p role="status" data-testid="save-status" className={`rounded border px-2 py-1 text-sm font-medium ${STATE_CLASS[state]}`}>
      {SAVE_STATE_TEXT[state]}
    </p>
  );
}

const BUTTON = "rounded border border-stone-600 bg-white px-3 py-1 text-sm font-medium text-stone-900 hover:bg-stone-100";

export function SaveProblems(props: {
  problem: SaveProblem | null;
  /** Paths of fields whose text is not a valid entry. */
  invalidPaths: readonly string[];
  /** Where the document would fail the server's schema (empty names …). */
  incomplete: readonly FieldError[];
  onRetry: () => void;
  versionId: number;
}) {
  const { problem } = props;
  return (
    <div className="space-y-2">
      {(problem?.kind === "conflict" || problem?.kind === "refused") && (
        <div role="alert" data-testid={problem.kind === "conflict" ? "save-conflict" : "save-refused"} className="rounded border-2 border-red-800 bg-red-50 p-3 text-red-950">
          <p className="font-semibold">{problem.kind === "conflict" ? "保存冲突，自动保存已停止" : "无法保存，自动保存已停止"}</p>
          <p className="mt-1 text-sm">{problem.message}</p>
          <button type="button" className={`${BUTTON} mt-2`} onClick={() => window.location.reload()}>
            重新加载
          </button>
        </div>
      )}
      {problem?.kind === "signed-out" && (
        <div role="alert" data-testid="save-signed-out" className="rounded border border-red-800 bg-red-50 p-3 text-sm text-red-950">
          <p>{problem.message}</p>
          <p className="mt-1">
            <a href={`/login?callbackUrl=${encodeURIComponent(`/edit/${props.versionId}`)}`} target="_blank" rel="noopener" className="font-medium underline">
              在新窗口登录
            </a>
            （本页内容保留），登录后点击
            <button type="button" className={`${BUTTON} ml-1`} onClick={props.onRetry}>
              重试保存
            </button>
          </p>
        </div>
      )}
      {problem?.kind === "network" && (
        <div role="alert" className="rounded border border-red-800 bg-red-50 p-3 text-sm text-red-950">
          {problem.message}
          <button type="button" className={`${BUTTON} ml-2`} onClick={props.onRetry}>
            立即重试
          </button>
        </div>
      )}
      {problem?.kind === "invalid" && (
        <div role="alert" data-testid="save-invalid" className="rounded border border-red-800 bg-red-50 p-3 text-red-950">
          <p className="text-sm font-semibold">{problem.message}</p>
          <FieldLinks items={problem.errors} showLocation />
        </div>
      )}
      {props.invalidPaths.length > 0 && (
        <div className="rounded border border-amber-800 bg-amber-50 p-3 text-amber-950" data-testid="save-blocked">
          <p className="text-sm">有 {props.invalidPaths.length} 处填写格式不正确，改正后才会自动保存：</p>
          <FieldLinks items={props.invalidPaths.map((field) => ({ field, message: "格式不正确" }))} showLocation />
        </div>
      )}
      {props.invalidPaths.length === 0 && props.incomplete.length > 0 && (
        <div className="rounded border border-amber-800 bg-amber-50 p-3 text-amber-950" data-testid="save-incomplete">
          <p className="text-sm">以下内容补全后才会自动保存：</p>
          <FieldLinks items={props.incomplete.slice(0, 20)} showLocation />
        </div>
      )}
    </div>
  );
}

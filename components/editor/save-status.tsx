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
  /** Paths of fields whose text is not a valid entry: saved with their last valid value. */
  invalidPaths: readonly string[];
  /** Parts over the server's limits: saved with their last saved value. */
  held: readonly FieldError[];
  /** What a complete document still lacks (empty names …): saved as a draft, required to submit. */
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
          <p className="mt-1 text-sm">您在本页的修改已暂存在本浏览器中；重新加载后可选择采用或下载。</p>
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
            （本页内容保留，并暂存在本浏览器中），登录后回到本页即自动保存，或点击
            <button type="button" className={`${BUTTON} ml-1`} onClick={props.onRetry}>
              重试保存
            </button>
          </p>
        </div>
      )}
      {problem?.kind === "network" && (
        <div role="alert" data-testid="save-network" className="rounded border border-red-800 bg-red-50 p-3 text-sm text-red-950">
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
        <div className="rounded border border-amber-800 bg-amber-50 p-3 text-amber-950" data-testid="save-invalid-fields">
          <p className="text-sm">
            有 {props.invalidPaths.length} 处填写格式不正确：其余内容照常保存，这几处暂按上次的有效值保存，您输入的文字保留在本浏览器中，改正后即保存。
          </p>
          <FieldLinks items={props.invalidPaths.map((field) => ({ field, message: "格式不正确" }))} showLocation />
        </div>
      )}
      {props.held.length > 0 && (
        <div className="rounded border border-amber-800 bg-amber-50 p-3 text-amber-950" data-testid="save-held">
          <p className="text-sm">以下内容超出限制，暂未保存到服务器（保留在本浏览器中），其余内容照常保存：</p>
          <FieldLinks items={props.held.slice(0, 20)} showLocation />
        </div>
      )}
      {props.incomplete.length > 0 && (
        <details className="rounded border border-amber-800 bg-amber-50 p-3 text-amber-950" data-testid="save-incomplete">
          <summary className="cursor-pointer text-sm">
            有 {props.incomplete.length} 处尚未填写完整：草稿照常保存，提交审核前须补全。
          </summary>
          <div className="mt-2">
            <FieldLinks items={props.incomplete.slice(0, 50)} showLocation />
          </div>
        </details>
      )}
    </div>
  );
}

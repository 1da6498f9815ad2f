"use client";
/** 已提交，等待审核 — and 撤回提交 while no reviewer has started (the server decides; see lib/workflow.ts). */
import { useState } from "react";
import type { WithdrawDraftResult } from "@/lib/drafts/results";

export const WITHDRAW_CONFIRM = "撤回后本版本回到草稿状态，可以继续修改，修改后须重新提交审核。确定撤回吗？";

export function WithdrawPanel(props: { versionId: number; withdrawAction: ((input: { versionId: number }) => Promise<WithdrawDraftResult>) | null }) {
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const { withdrawAction } = props;

  async function withdraw() {
    if (!withdrawAction || !window.confirm(WITHDRAW_CONFIRM)) return;
    setPending(true);
    setMessage(null);
    try {
      const result = await withdrawAction({ versionId: props.versionId });
      // The page is rebuilt from the server: the draft, editable again, at its new revision.
      if (result.ok) window.location.reload();
      else setMessage(result.message);
    } catch {
      setMessage("撤回失败：无法连接服务器，请稍后再试。");
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-3 rounded border-2 border-green-800 bg-green-50 p-3 text-green-950">
      <p role="status" data-testid="submit-ok" className="font-semibold">
        已提交，等待财政局审核
      </p>
      {withdrawAction && (
        <button
          type="button"
          data-testid="withdraw-submission"
          disabled={pending}
          onClick={() => void withdraw()}
          className="rounded border border-stone-600 bg-white px-3 py-1 text-sm font-medium text-stone-900 hover:bg-stone-100 disabled:opacity-60"
        >
          {pending ? "正在撤回…" : "撤回提交"}
        </button>
      )}
      {message && (
        <p role="alert" data-testid="withdraw-message" className="w-full text-sm text-red-900">
          {message}
        </p>
      )}
    </div>
  );
}

"use client";

import { useActionState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { endOtherSessionsAction, endSessionAction, type AccountActionState } from "./actions";

export function EndSessionForm({ sessionId, label }: { sessionId: string; label: string }) {
  const [state, action, pending] = useActionState<AccountActionState, FormData>(endSessionAction, null);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="sessionId" value={sessionId} />
      <button
        type="submit"
        disabled={pending}
        aria-label={`结束会话 ${label}`}
        className="rounded border border-stone-500 px-2 py-0.5 hover:bg-stone-100 disabled:opacity-60"
      >
        结束
      </button>
      <ActionMessage state={state} inline />
    </form>
  );
}

export function EndOtherSessionsForm({ count }: { count: number }) {
  const [state, action, pending] = useActionState<AccountActionState, FormData>(endOtherSessionsAction, null);
  return (
    <form action={action} className="mt-3 flex flex-wrap items-center gap-2">
      <button
        type="submit"
        disabled={pending || count === 0}
        className="rounded bg-brand px-3 py-1.5 text-sm text-white hover:bg-brand-dark disabled:opacity-60"
      >
        结束其他所有会话（{count} 个）
      </button>
      <ActionMessage state={state} inline />
    </form>
  );
}

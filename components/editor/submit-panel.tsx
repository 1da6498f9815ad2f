"use client";
/** 提交审核: save what is pending, then submit; the server's check errors come back as a linked list. */
import { useState } from "react";
import type { Refusal, SubmitDraftResult } from "@/lib/drafts/results";
import type { Finding } from "@/lib/checks/types";
import type { FieldError } from "@/lib/validation";
import { FieldLinks } from "./field-links";

type Outcome =
  | { kind: "check-errors"; message: string; findings: Finding[] }
  | { kind: "incomplete"; message: string; errors: FieldError[] }
  | { kind: "message"; message: string }
  | null;

export function useSubmit(options: {
  versionId: number;
  flush: () => Promise<number | null>;
  submitAction: (input: { versionId: number; revision: number }) => Promise<SubmitDraftResult>;
  onSubmitted: () => void;
  onRefusal: (refusal: Refusal) => void;
}) {
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  async function submit() {
    setPending(true);
    setOutcome(null);
    try {
      const revision = await options.flush();
      if (revision === null) {
        setOutcome({ kind: "message", message: "修改尚未保存，未提交。请先处理页面上方的保存提示。" });
        return;
      }
      const result = await options.submitAction({ versionId: options.versionId, revision });
      if (result.ok) options.onSubmitted();
      else if (result.reason === "check-errors") setOutcome({ kind: "check-errors", message: result.message, findings: result.findings });
      else if (result.reason === "incomplete") setOutcome({ kind: "incomplete", message: result.message, errors: result.errors });
      else {
        options.onRefusal(result);
        setOutcome({ kind: "message", message: result.message });
      }
    } catch {
      setOutcome({ kind: "message", message: "提交失败：无法连接服务器，请稍后再试。" });
    } finally {
      setPending(false);
    }
  }

  return { pending, outcome, submit };
}

export function SubmitButton(props: { pending: boolean; disabled: boolean; onSubmit: () => void }) {
  return (
    <button
      type="button"
      data-testid="submit-draft"
      disabled={props.disabled || props.pending}
      onClick={props.onSubmit}
      className="rounded bg-brand px-4 py-1.5 text-sm font-semibold text-white hover:bg-brand-dark disabled:cursor-not-allowed disabled:opacity-60"
    >
      {props.pending ? "正在提交…" : "提交审核"}
    </button>
  );
}

export function SubmitOutcome({ outcome }: { outcome: Outcome }) {
  if (outcome === null) return null;
  if (outcome.kind === "message") {
    return (
      <p role="alert" className="rounded border border-red-800 bg-red-50 p-3 text-sm text-red-950" data-testid="submit-message">
        {outcome.message}
      </p>
    );
  }
  if (outcome.kind === "incomplete") {
    return (
      <div role="alert" className="rounded border-2 border-red-800 bg-red-50 p-3 text-red-950" data-testid="submit-incomplete">
        <p className="font-semibold">{outcome.message}</p>
        <div className="mt-2">
          <FieldLinks items={outcome.errors} itemTestId="submit-finding" showLocation />
        </div>
      </div>
    );
  }
  return (
    <div role="alert" className="rounded border-2 border-red-800 bg-red-50 p-3 text-red-950" data-testid="submit-errors">
      <p className="font-semibold">{outcome.message}</p>
      <div className="mt-2">
        <FieldLinks items={outcome.findings} itemTestId="submit-finding" />
      </div>
    </div>
  );
}

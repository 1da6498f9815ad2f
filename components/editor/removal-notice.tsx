"use client";
/** 已删除… 撤销: the last removal, undone in place; it takes the focus so a slip is undone at once. */
import { useEffect, useRef } from "react";

export interface Removal {
  /** The row as the buttons name it, e.g. "项目2", "一级活动1". */
  label: string;
  undo: () => void;
  /** Closed without undoing: focus goes where the removal left it. */
  dismissed: () => void;
}

export function RemovalNotice(props: { removal: Removal | null; onClose: () => void }) {
  const undoButton = useRef<HTMLButtonElement>(null);
  const { removal, onClose } = props;
  useEffect(() => {
    if (removal) undoButton.current?.focus();
  }, [removal]);
  if (!removal) return null;
  const dismiss = () => {
    removal.dismissed();
    onClose();
  };
  return (
    <div
      role="status"
      data-testid="removal-notice"
      onKeyDown={(event) => {
        if (event.key === "Escape") dismiss();
      }}
      className="fixed bottom-4 left-1/2 z-30 flex w-max max-w-[calc(100vw-2rem)] -translate-x-1/2 items-center gap-3 rounded-lg bg-stone-900 px-4 py-2 text-sm text-white shadow-lg"
    >
      <span>已删除{removal.label}</span>
      <button
        ref={undoButton}
        type="button"
        data-testid="undo-removal"
        className="rounded border border-white px-2 py-0.5 font-semibold hover:bg-stone-700"
        onClick={() => {
          removal.undo();
          onClose();
        }}
      >
        撤销
      </button>
      <button type="button" aria-label="关闭删除提示" className="px-1 text-lg leading-none hover:text-stone-300" onClick={dismiss}>
        ×
      </button>
    </div>
  );
}

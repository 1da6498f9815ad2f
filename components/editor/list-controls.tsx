"use client";
/**
 * Add / move up / move down / remove for the rows of a list. Focus follows the row that moved and
 * lands on the first field of a new row, so a whole list can be built and ordered from the keyboard.
 *
 * A row's three buttons are one toolbar with one Tab stop (the first button that can act; arrow
 * keys reach the others), so tabbing on from an amount never lands on 删除. A removal is undone
 * from the notice it raises (已删除… 撤销), which takes the focus: a Space pressed on 删除 by
 * mistake is undone by the next Space.
 */
import type { KeyboardEvent, ReactNode } from "react";
import { useEditor } from "./editor-context";
import { fieldId } from "./field-target";
import { insertAt, moveItem, removeAt, type Updater } from "./list-helpers";

const BUTTON_CLASS =
  "rounded border border-stone-500 bg-white px-2 py-1 text-sm text-stone-900 hover:bg-stone-100 disabled:cursor-not-allowed disabled:border-stone-300 disabled:text-stone-500";

export function focusSoon(ids: readonly string[]): void {
  requestAnimationFrame(() => {
    for (const id of ids) {
      const element = document.getElementById(id);
      if (element && !(element instanceof HTMLButtonElement && element.disabled)) {
        element.focus();
        return;
      }
    }
  });
}

const controlId = (listPath: string, index: number, action: "up" | "down" | "remove") =>
  `${fieldId(`${listPath}.${index}`)}-${action}`;

export function ListControls<T>(props: {
  listPath: string;
  index: number;
  count: number;
  /** The row's name in the aria-labels, e.g. "项目2" → "上移项目2". */
  rowLabel: string;
  update: Updater<T[]>;
}) {
  const { readOnly, onRemoved } = useEditor();
  if (readOnly) return null;
  const { listPath, index, count, rowLabel, update } = props;
  const canUp = index > 0;
  const canDown = index < count - 1;
  const tabStop = canUp ? "up" : canDown ? "down" : "remove";
  const move = (to: number, action: "up" | "down") => {
    update((list) => moveItem(list, index, to));
    const other = action === "up" ? "down" : "up";
    focusSoon([controlId(listPath, to, action), controlId(listPath, to, other)]);
  };
  const remove = () => {
    // The updater runs when React next renders, long before anyone can press 撤销: it keeps the
    // row it took out, and the undo puts that very row back.
    let removed: { item: T } | null = null;
    update((list) => {
      if (index < list.length) removed = { item: list[index]! };
      return removeAt(list, index);
    });
    onRemoved({
      label: rowLabel,
      undo: () => {
        const taken = removed as { item: T } | null;
        if (taken === null) return;
        update((list) => insertAt(list, index, taken.item));
        focusSoon([controlId(listPath, index, "remove")]);
      },
      dismissed: () => focusSoon([controlId(listPath, index, "remove"), controlId(listPath, index - 1, "remove"), `${fieldId(listPath)}-add`]),
    });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.key === "ArrowRight" || event.key === "ArrowDown" ? 1 : event.key === "ArrowLeft" || event.key === "ArrowUp" ? -1 : 0;
    if (step === 0) return;
    const buttons = [...event.currentTarget.querySelectorAll("button")].filter((b) => !b.disabled);
    const at = buttons.indexOf(event.target as HTMLButtonElement);
    if (at < 0 || buttons.length === 0) return;
    event.preventDefault();
    buttons[(at + step + buttons.length) % buttons.length]!.focus();
  };
  return (
    <div className="flex shrink-0 flex-wrap gap-1" role="toolbar" aria-label={`${rowLabel} 的操作`} onKeyDown={onKeyDown}>
      <button
        type="button"
        id={controlId(listPath, index, "up")}
        className={BUTTON_CLASS}
        disabled={!canUp}
        tabIndex={tabStop === "up" ? 0 : -1}
        aria-label={`上移${rowLabel}`}
        onClick={() => move(index - 1, "up")}
      >
        <span aria-hidden="true">↑</span> 上移
      </button>
      <button
        type="button"
        id={controlId(listPath, index, "down")}
        className={BUTTON_CLASS}
        disabled={!canDown}
        tabIndex={tabStop === "down" ? 0 : -1}
        aria-label={`下移${rowLabel}`}
        onClick={() => move(index + 1, "down")}
      >
        <span aria-hidden="true">↓</span> 下移
      </button>
      <button
        type="button"
        id={controlId(listPath, index, "remove")}
        className={`${BUTTON_CLASS} text-red-800`}
        tabIndex={tabStop === "remove" ? 0 : -1}
        aria-label={`删除${rowLabel}`}
        onClick={remove}
      >
        删除
      </button>
    </div>
  );
}

/** "添加…": appends a row and focuses `focusPath` (the new row's first field). */
export function AddButton(props: { listPath: string; testId: string; focusPath: string; onAdd: () => void; children: ReactNode }) {
  const { readOnly } = useEditor();
  if (readOnly) return null;
  return (
    <button
      type="button"
      id={`${fieldId(props.listPath)}-add`}
      data-testid={props.testId}
      className="rounded border border-brand bg-white px-3 py-1.5 text-sm font-medium text-brand hover:bg-red-50"
      onClick={() => {
        props.onAdd();
        focusSoon([fieldId(props.focusPath)]);
      }}
    >
      ＋ {props.children}
    </button>
  );
}

/** The container of a list: the target of findings about the list as a whole. */
export function ListBox(props: { path: string; label: string; empty: string; count: number; children: ReactNode }) {
  return (
    <div id={fieldId(props.path)} role="group" aria-label={props.label} className="space-y-3">
      {props.count === 0 ? <p className="text-sm text-stone-700">{props.empty}</p> : props.children}
    </div>
  );
}

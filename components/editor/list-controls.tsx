"use client";
/**
 * Add / move up / move down / remove for the rows of a list. Focus follows the row that moved and
 * lands on the first field of a new row, so a whole list can be built and ordered from the keyboard.
 */
import type { ReactNode } from "react";
import { useEditor } from "./editor-context";
import { fieldId } from "./field-target";
import { moveItem, removeAt, type Updater } from "./list-helpers";

const BUTTON_CLASS =
  "rounded border border-stone-500 bg-white px-2 py-1 text-sm text-stone-900 hover:bg-stone-100 disabled:cursor-not-allowed disabled:border-stone-300 disabled:text-stone-500";

function focusSoon(ids: readonly string[]): void {
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
  const { readOnly } = useEditor();
  if (readOnly) return null;
  const { listPath, index, count, rowLabel, update } = props;
  const move = (to: number, action: "up" | "down") => {
    update((list) => moveItem(list, index, to));
    const other = action === "up" ? "down" : "up";
    focusSoon([controlId(listPath, to, action), controlId(listPath, to, other)]);
  };
  const remove = () => {
    update((list) => removeAt(list, index));
    focusSoon([controlId(listPath, index, "remove"), controlId(listPath, index - 1, "remove"), `${fieldId(listPath)}-add`]);
  };
  return (
    <div className="flex shrink-0 flex-wrap gap-1" role="group" aria-label={`${rowLabel} 的操作`}>
      <button
        type="button"
        id={controlId(listPath, index, "up")}
        className={BUTTON_CLASS}
        disabled={index === 0}
        aria-label={`上移${rowLabel}`}
        onClick={() => move(index - 1, "up")}
      >
        <span aria-hidden="true">↑</span> 上移
      </button>
      <button
        type="button"
        id={controlId(listPath, index, "down")}
        className={BUTTON_CLASS}
        disabled={index === count - 1}
        aria-label={`下移${rowLabel}`}
        onClick={() => move(index + 1, "down")}
      >
        <span aria-hidden="true">↓</span> 下移
      </button>
      <button
        type="button"
        id={controlId(listPath, index, "remove")}
        className={`${BUTTON_CLASS} text-red-800`}
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

"use client";
/**
 * A classification code picker (WAI-ARIA combobox with a list box): type a code ("2010301",
 * "20103") or words of a name ("行政运行", "教育 行政运行"); ↓ / ↑ move through the matches, Enter
 * takes the highlighted one, Escape closes the list and puts back the chosen code. Only codes of the
 * list it is given can be chosen — the draft year's codes at the line level (lib/classification
 * pickerCodes) — so a code of another year, or a 类 / 款 where a 项 is asked for, cannot be taken:
 * typing one says so in Chinese. The chosen code's path (类 › 款 › 项) is shown under the input.
 */
import { useId, useMemo, useState, type KeyboardEvent } from "react";
import { pathText, type PickerCode } from "@/lib/classification/search";
import { useEditor } from "./editor-context";
import { fieldId } from "./field-target";
import { FieldLabel, INPUT_CLASS } from "./fields";
import { CLOSED, isExpanded, left, matchesOf, noteOf, pressed, typed, type PickerContext } from "./picker-state";

export interface CodePickerProps {
  /** The document path of the code (the input's id is fieldId(path)). */
  path: string;
  label: string;
  labelPrefix?: string;
  value: string;
  onChange: (code: string) => void;
  codes: readonly PickerCode[];
  /** For messages: "2016年支出功能分类的项级科目". */
  what: string;
  digits: number;
  className?: string;
}

const display = (code: PickerCode | undefined, value: string) => (code ? `${code.code} ${code.name}` : value);

export function CodePicker(props: CodePickerProps) {
  const { readOnly, incomplete } = useEditor();
  const { codes, value, digits, what } = props;
  const id = fieldId(props.path);
  const listId = `${id}-list`;
  const pathId = `${id}-path`;
  const noteId = `${id}-note`;
  const optionId = useId();
  const chosen = useMemo(() => codes.find((c) => c.code === value), [codes, value]);
  const [state, setState] = useState(CLOSED);
  const ctx: PickerContext = { codes, value, digits, what };
  const matches = useMemo(() => matchesOf(state, codes), [state, codes]);
  const expanded = isExpanded(state, matches);
  const activeIndex = Math.max(0, Math.min(state.active, matches.length - 1));
  const note = noteOf(state, ctx);
  const missing = !readOnly && incomplete.has(props.path) && note === null;

  function take(code: PickerCode | undefined) {
    if (code && code.code !== value) props.onChange(code.code);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (readOnly) return;
    const outcome = pressed(state, event.key, ctx);
    if (!outcome.handled) return;
    event.preventDefault();
    setState(outcome.state);
    take(outcome.chosen);
  }

  function choose(code: PickerCode) {
    setState(CLOSED);
    take(code);
  }

  const describedBy = [chosen ? pathId : null, note ? noteId : null, missing ? `${id}-missing` : null].filter(Boolean).join(" ");
  return (
    <div className={`relative ${props.className ?? ""}`}>
      <FieldLabel htmlFor={id} label={props.label} prefix={props.labelPrefix} />
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded ? `${optionId}-${activeIndex}` : undefined}
        aria-invalid={note !== null || missing || undefined}
        aria-describedby={describedBy || undefined}
        placeholder="输入编码或名称查找"
        readOnly={readOnly}
        value={state.query ?? display(chosen, value)}
        onChange={(e) => setState(typed(e.target.value))}
        onBlur={() => {
          // Leaving without choosing keeps the code chosen before (a code typed out in full is taken).
          const outcome = left(state, ctx);
          setState(outcome.state);
          take(outcome.chosen);
        }}
        onKeyDown={onKeyDown}
        className={INPUT_CLASS}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={`${props.labelPrefix ?? ""}${props.label} 可选科目`}
        hidden={!expanded}
        className="absolute z-20 mt-1 max-h-72 w-full min-w-[16rem] overflow-y-auto rounded border border-stone-500 bg-white py-1 shadow-lg"
      >
        {expanded &&
          matches.map((code, i) => (
            <li
              key={code.code}
              id={`${optionId}-${i}`}
              role="option"
              aria-selected={i === activeIndex}
              data-code={code.code}
              className={`cursor-pointer px-2 py-1.5 text-sm ${i === activeIndex ? "bg-stone-200 text-stone-950" : "text-stone-900"}`}
              // Chosen on mouse down, before the input's blur closes the list.
              onMouseDown={(e) => {
                e.preventDefault();
                choose(code);
              }}
              onMouseMove={() => setState((current) => ({ ...current, active: i }))}
            >
              <span className="font-mono tabular-nums">{code.code}</span> {code.name}
              <span className="block text-xs text-stone-700">{pathText(code.path.slice(0, -1))}</span>
            </li>
          ))}
      </ul>
      {chosen && (
        <p id={pathId} className="mt-1 text-xs text-stone-700" data-testid="code-path">
          {pathText(chosen.path)}
        </p>
      )}
      <div aria-live="polite">
        {note && (
          <p id={noteId} className="mt-1 text-sm text-red-800" data-testid="code-note">
            {note}
          </p>
        )}
      </div>
      {missing && (
        <p id={`${id}-missing`} className="mt-1 text-sm text-red-800">
          尚未选择科目（草稿已保存，提交前须补全）
        </p>
      )}
    </div>
  );
}

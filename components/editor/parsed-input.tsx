"use client";
/**
 * A text input for a number-like value. While the text parses it is written through at once; text
 * that does not parse stays in the field with its error and is never written: the document keeps
 * the last valid value (and saves with it), and the field hands its text to the editor
 * (InvalidFieldStore), which keeps it in the browser's copy of the draft until it is fixed.
 * Blurred, a valid field shows `format(value)`.
 */
import { useEffect, useState, type HTMLAttributes } from "react";
import { useEditor } from "./editor-context";
import { fieldId } from "./field-target";
import { FieldLabel, INPUT_CLASS } from "./fields";
import type { Parsed } from "./number-parse";

export interface ParsedInputProps<T> {
  path: string;
  label: string;
  value: T;
  onChange: (value: T) => void;
  parse: (text: string) => Parsed<T>;
  format: (value: T) => string;
  error: string;
  inputMode?: HTMLAttributes<HTMLInputElement>["inputMode"];
  hideLabel?: boolean;
  /** Read out before the label but not shown (see FieldLabel). */
  labelPrefix?: string;
  placeholder?: string;
  className?: string;
  inputClassName?: string;
}

export function ParsedInput<T extends string | number | null>(props: ParsedInputProps<T>) {
  const { readOnly, invalidFields } = useEditor();
  const { value, parse } = props;
  const id = fieldId(props.path);
  const errorId = `${id}-error`;
  // The text being typed; null shows the formatted value.
  const [draft, setDraft] = useState<string | null>(() => invalidFields.restored(id));
  // The value this field last wrote or saw: another value means the document changed under it
  // (a row moved, an import), and the typed text no longer belongs to it.
  const [seen, setSeen] = useState<T>(value);
  if (seen !== value) {
    setSeen(value);
    setDraft(null);
  }
  const invalid = draft !== null && !parse(draft).ok;

  useEffect(() => {
    invalidFields.set(id, invalid ? draft : null);
  }, [invalidFields, id, invalid, draft]);
  useEffect(() => () => invalidFields.set(id, null), [invalidFields, id]);

  function onChange(text: string) {
    setDraft(text);
    const parsed = parse(text);
    if (!parsed.ok) return;
    setSeen(parsed.value);
    if (parsed.value !== value) props.onChange(parsed.value);
  }

  return (
    <div className={props.className}>
      {!props.hideLabel && <FieldLabel htmlFor={id} label={props.label} prefix={props.labelPrefix} />}
      <input
        id={id}
        type="text"
        inputMode={props.inputMode ?? "decimal"}
        autoComplete="off"
        value={draft ?? props.format(value)}
        readOnly={readOnly}
        placeholder={props.placeholder}
        aria-label={props.hideLabel ? `${props.labelPrefix ?? ""}${props.label}` : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? errorId : undefined}
        onChange={(e) => onChange(e.target.value)}
        onBlur={() => {
          if (draft !== null && parse(draft).ok) setDraft(null);
        }}
        className={`${INPUT_CLASS} text-right tabular-nums ${props.inputClassName ?? ""}`}
      />
      {invalid && (
        <p id={errorId} className="mt-1 text-sm text-red-800">
          {props.error}
        </p>
      )}
    </div>
  );
}

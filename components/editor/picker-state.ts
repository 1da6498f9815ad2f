/**
 * The code picker's behaviour as pure functions (code-picker.tsx renders it): what a keystroke, a
 * typed text or leaving the field does to the picker, and which code it chooses. Kept apart so
 * that the keyboard contract (↓ / ↑ / Enter / Escape) is tested without a browser.
 */
import { searchPickerCodes, type PickerCode } from "@/lib/classification/search";

export const PICKER_LIMIT = 20;

export interface PickerState {
  /** The text being typed; null shows the chosen code. */
  query: string | null;
  open: boolean;
  /** The highlighted option's index among the matches. */
  active: number;
}

export const CLOSED: PickerState = { query: null, open: false, active: 0 };

export interface PickerContext {
  codes: readonly PickerCode[];
  /** The code held now ("" while none is chosen). */
  value: string;
  /** 7 for a function 项, 5 for an economic 款. */
  digits: number;
  /** The name of what may be chosen, for messages: "2016年支出功能分类的项级科目". */
  what: string;
}

export function matchesOf(state: PickerState, codes: readonly PickerCode[]): PickerCode[] {
  return state.query === null ? [] : searchPickerCodes(codes, state.query, PICKER_LIMIT);
}

/** Whether the list box shows (open, typing, something to show). */
export function isExpanded(state: PickerState, matches: readonly PickerCode[]): boolean {
  return state.open && state.query !== null && matches.length > 0;
}

export function typed(text: string): PickerState {
  return { query: text, open: true, active: 0 };
}

export interface KeyOutcome {
  state: PickerState;
  /** The code Enter took. */
  chosen?: PickerCode;
  /** The key was the picker's (the browser's default is prevented). */
  handled: boolean;
}

export function pressed(state: PickerState, key: string, ctx: PickerContext): KeyOutcome {
  const matches = matchesOf(state, ctx.codes);
  const expanded = isExpanded(state, matches);
  const active = Math.max(0, Math.min(state.active, matches.length - 1));
  switch (key) {
    case "ArrowDown":
    case "ArrowUp": {
      if (state.query === null) {
        // Opened from the chosen code: the codes beside it (its 款, or its 类 for a 款) first.
        const chosen = ctx.codes.find((c) => c.code === ctx.value);
        return { state: { query: chosen ? chosen.code.slice(0, ctx.digits - 2) : "", open: true, active: 0 }, handled: true };
      }
      if (!state.open) return { state: { ...state, open: true }, handled: true };
      if (matches.length === 0) return { state, handled: true };
      const step = key === "ArrowDown" ? 1 : -1;
      return { state: { ...state, active: (active + step + matches.length) % matches.length }, handled: true };
    }
    case "Enter":
      return expanded ? { state: CLOSED, chosen: matches[active], handled: true } : { state, handled: false };
    case "Escape":
      return state.query !== null || state.open ? { state: CLOSED, handled: true } : { state, handled: false };
    default:
      return { state, handled: false };
  }
}

/** Leaving the field: a code typed out in full is taken; other text is dropped unless it says nothing can be found. */
export function left(state: PickerState, ctx: PickerContext): { state: PickerState; chosen?: PickerCode } {
  const text = state.query?.trim() ?? "";
  const exact = ctx.codes.find((c) => c.code === text);
  if (exact) return { state: CLOSED, chosen: exact };
  return { state: noteOf(state, ctx) === null ? CLOSED : { ...state, open: false } };
}

/** What the picker says under the field: nothing matches, or the code held is not one of the year's. */
export function noteOf(state: PickerState, ctx: PickerContext): string | null {
  const text = state.query?.trim() ?? "";
  if (state.query !== null && text !== "" && matchesOf(state, ctx.codes).length === 0) {
    return /^\d+$/.test(text) && text.length >= ctx.digits ? `${text}不是${ctx.what}，不能选用。` : `没有与“${text}”相符的${ctx.what}。`;
  }
  if (state.query === null && ctx.value !== "" && !ctx.codes.some((c) => c.code === ctx.value)) {
    return `${ctx.value}不是${ctx.what}，请重新选择。`;
  }
  return null;
}

import type { ReactNode } from "react";

/**
 * The one wrapper every table uses (public pages, the official rendering, the comparison, the
 * editor, review and admin): a table wider than the screen scrolls sideways inside a focusable,
 * named region, so a keyboard user can scroll it too, and its first column (the row names) stays
 * in view while the figures move under it (`.scroll-table` in app/globals.css). It prints at full
 * width. `minWidth` (a Tailwind class) only for tables that would be unreadable narrower;
 * `sticky={false}` for tables whose first column is cut by row spans (the sticky cells would not
 * be the same column on every row).
 */
export function ScrollTable(props: {
  label: string;
  testId?: string;
  minWidth?: string;
  sticky?: boolean;
  className?: string;
  children: ReactNode;
}) {
  const sticky = props.sticky ?? true;
  return (
    <div
      role="region"
      aria-label={props.label}
      tabIndex={0}
      data-testid={props.testId}
      // `relative`: screen-reader-only text in the cells is positioned absolutely, and would
      // otherwise be placed against the page and widen it at 375 px, escaping the scroll.
      className={`relative overflow-x-auto print:overflow-visible ${sticky ? "scroll-table" : ""} ${props.className ?? "my-3"}`}
    >
      {props.minWidth ? <div className={`${props.minWidth} print:min-w-0`}>{props.children}</div> : props.children}
    </div>
  );
}

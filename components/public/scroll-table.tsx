import type { ReactNode } from "react";

/**
 * A table that scrolls sideways at 375 px inside a focusable, named region, so a keyboard user can
 * scroll it too; it prints at full width.
 */
export function ScrollTable(props: { label: string; testId?: string; minWidth?: string; children: ReactNode }) {
  return (
    <div
      role="region"
      aria-label={props.label}
      tabIndex={0}
      data-testid={props.testId}
      className="my-3 overflow-x-auto print:overflow-visible"
    >
      <div className={`${props.minWidth ?? "min-w-[32rem]"} print:min-w-0`}>{props.children}</div>
    </div>
  );
}

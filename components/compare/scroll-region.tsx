import type { ReactNode } from "react";

/** A wide table that scrolls sideways on a phone; focusable so the keyboard can scroll it too. */
export function ScrollRegion(props: { label: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={props.label} tabIndex={0} className="-mx-1 overflow-x-auto px-1 pb-1">
      {props.children}
    </div>
  );
}

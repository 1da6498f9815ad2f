import type { FormState } from "@/lib/action-result";

/**
 * The one place a form shows its action's answer (lib/action-result.ts): green when done, red when
 * refused, lines kept (a bulk answer lists a line per department). Always rendered, so screen
 * readers announce the message when it appears; `inline` for a message beside a button in a row.
 * No hooks, so server and client components can use it.
 */
export function ActionMessage({ state, testId, inline }: { state: FormState; testId?: string; inline?: boolean }) {
  const Tag = inline ? "span" : "p";
  return (
    <Tag
      aria-live="polite"
      data-testid={testId}
      className={`${inline ? "" : "min-h-5 "}whitespace-pre-line text-sm ${state?.ok ? "text-green-800" : "text-red-800"}`}
    >
      {state?.message}
    </Tag>
  );
}

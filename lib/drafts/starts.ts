/**
 * Where a new year's draft may start, for one department and year: blank always; from last
 * year's disclosure only where that one is published; as a correction only where this year's is
 * published. The form offers exactly these (createDraftCommand refuses the rest all the same).
 */
export type DraftStart = "empty" | "previous" | "published";

export interface StartChoice {
  start: DraftStart;
  label: string;
  /** Why it cannot be chosen now; null when it can. */
  unavailable: string | null;
}

export function startChoices(publishedYears: readonly number[], year: number): StartChoice[] {
  const has = (y: number) => publishedYears.includes(y);
  return [
    { start: "empty", label: "空白草稿", unavailable: null },
    {
      start: "previous",
      label: "以上年已公开的预算为基础",
      unavailable: has(year - 1) ? null : `${year - 1}年尚无已公开的预算`,
    },
    {
      start: "published",
      label: "更正本年已公开的版本",
      unavailable: has(year) ? null : `${year}年尚无已公开的版本`,
    },
  ];
}

/** The chosen start if it can still be taken after the department or year changed, else blank. */
export function keptStart(choice: DraftStart, publishedYears: readonly number[], year: number): DraftStart {
  return startChoices(publishedYears, year).find((c) => c.start === choice)?.unavailable === null ? choice : "empty";
}

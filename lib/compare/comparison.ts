/**
 * Everything the comparison shows, as read from the URL by app/[locale]/compare/load.ts: the shape
 * the page, its views (components/compare/) and its downloads share.
 */
import type { CompareState, Notice } from "./state";
import type { CompareDepartment, CompareRow, DepartmentMatch } from "./table";

export interface Comparison {
  state: CompareState;
  q: string;
  notices: Notice[];
  availableYears: number[];
  /** The selected departments, in the order of the URL. */
  departments: CompareDepartment[];
  rows: CompareRow[];
  matches: DepartmentMatch[];
}

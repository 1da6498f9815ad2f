/**
 * Whether a document's figures come from its budget lines. Its own module, with types only, so that
 * the section registry (sections.ts, which public client code reaches) can ask without bringing the
 * line sums, the classification code lists or the schemas into the browser (lib/client-bundle.test.ts).
 */
import type { BudgetLines } from "./schema-lines";
import type { DisclosureDocument } from "./schema";

/**
 * True when the document's expenditure lines hold an amount: its figures are then computed from
 * them. Lines carried over from last year with empty amounts (new-draft.ts) are not yet entered.
 */
export function hasLines(doc: DisclosureDocument): doc is DisclosureDocument & { lines: BudgetLines } {
  return doc.lines !== null && doc.lines.expenditure.some((line) => line.amount !== 0);
}

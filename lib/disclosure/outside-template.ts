/**
 * What the Excel template (lib/excel) has no cells for: the prior-year revenue and 机关运行经费,
 * and — in a workbook made before its line sheets (`withLines` false) — the budget lines and the
 * staff counts. An import must not wipe them from the draft it replaces, so they are kept from it.
 */
import { hasLines } from "./line-sums";
import type { DisclosureDocument } from "./schema";

export function withFieldsOutsideTemplate(imported: DisclosureDocument, draft: DisclosureDocument, withLines: boolean): DisclosureDocument {
  const kept = {
    ...imported,
    revenue: { ...imported.revenue, prior: imported.revenue.prior ?? draft.revenue.prior },
    operatingCosts: { ...imported.operatingCosts, prior: imported.operatingCosts.prior ?? draft.operatingCosts.prior },
  };
  if (withLines) return kept;
  return {
    ...kept,
    // The draft's lines and staff where it has entered any; else the workbook's (none).
    lines: imported.lines ?? (hasLines(draft) ? structuredClone(draft.lines) : null),
    staff: Object.values(draft.staff).some((n) => n !== null) ? { ...draft.staff } : imported.staff,
  };
}

/**
 * Writing disclosure versions. Every write goes through here so the headline-figure columns are
 * always the ones the document gives (lib/disclosure/figures.ts), and a published version's class
 * totals the ones its lines give (lib/classification/measure.ts classTotals).
 */
import { inArray } from "drizzle-orm";
import { disclosureDocumentSchema, type DisclosureDocument } from "../../lib/disclosure/schema";
import { headlineFigures } from "../../lib/disclosure/figures";
import { classTotals } from "../../lib/classification/measure";
import type { Executor } from "../client";
import { disclosureVersions, versionClassTotals, type VersionStatus } from "../schema";

export function figureColumns(document: DisclosureDocument) {
  return headlineFigures(document);
}

/** The rows of version_class_totals for a version and its document (none: lines not published). */
export function classTotalRows(versionId: number, document: DisclosureDocument) {
  return (classTotals(document.lines) ?? []).map((total) => ({ versionId, ...total }));
}

/** Rows per INSERT: a document of 2,000 lines has a few thousand classes, 4 parameters each. */
const ROWS_PER_INSERT = 5_000;

/**
 * Stores the class totals of a version being published; call it in the publishing transaction.
 * `superseded`: the versions the publication replaces, whose totals go (only the published
 * version of a department and year is read).
 */
export async function storeClassTotals(
  db: Executor,
  version: { id: number; document: DisclosureDocument },
  superseded: readonly number[] = [],
): Promise<void> {
  if (superseded.length > 0) await db.delete(versionClassTotals).where(inArray(versionClassTotals.versionId, [...superseded]));
  const rows = classTotalRows(version.id, version.document);
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    await db.insert(versionClassTotals).values(rows.slice(i, i + ROWS_PER_INSERT));
  }
}

export interface NewVersion {
  disclosureId: number;
  departmentId: number;
  year: number;
  versionNo: number;
  status: VersionStatus;
  document: DisclosureDocument;
  createdBy?: number | null;
  publishedAt?: Date | null;
  correctionNote?: string | null;
}

/** Inserts a version; one inserted as published (the seed, imports) gets its class totals too. */
export async function insertVersion(db: Executor, version: NewVersion) {
  const document = disclosureDocumentSchema.parse(version.document);
  const [row] = await db
    .insert(disclosureVersions)
    .values({ ...version, document, ...figureColumns(document) })
    .returning();
  if (!row) throw new Error("insertVersion returned no row");
  if (row.status === "published") await storeClassTotals(db, { id: row.id, document });
  return row;
}

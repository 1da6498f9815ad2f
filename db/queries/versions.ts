/**
 * Writing disclosure versions. Every write goes through here so the headline-figure columns are
 * always the ones the document gives (lib/disclosure/figures.ts).
 */
import { disclosureDocumentSchema, type DisclosureDocument } from "../../lib/disclosure/schema";
import { headlineFigures } from "../../lib/disclosure/figures";
import type { Executor } from "../client";
import { disclosureVersions, type VersionStatus } from "../schema";

export function figureColumns(document: DisclosureDocument) {
  return headlineFigures(document);
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

export async function insertVersion(db: Executor, version: NewVersion) {
  const document = disclosureDocumentSchema.parse(version.document);
  const [row] = await db
    .insert(disclosureVersions)
    .values({ ...version, document, ...figureColumns(document) })
    .returning();
  if (!row) throw new Error("insertVersion returned no row");
  return row;
}

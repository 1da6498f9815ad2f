/**
 * Upgrades a stored or submitted document to the current schemaVersion (2), losslessly: every
 * field of a version-1 document keeps its value; what version 2 adds is "not stated" (null) —
 * never a 0 the department did not write — and `lines: null` (no tables given with the document).
 *
 * Used on every read: by the zod schemas (schema.ts, a preprocess) and by the database column
 * (db/schema.ts), so a version-1 document stored before this change reads as version 2 everywhere
 * and no stored row needs rewriting.
 */
import type { DisclosureDocument } from "./schema";
import { NO_STAFF } from "./schema-lines";

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);

/** Fills what version 2 added, keeping whatever the object already holds. */
export function upgradeDocument(value: unknown): unknown {
  if (!isObject(value) || value.schemaVersion !== 1) return value;
  const revenue = isObject(value.revenue) ? value.revenue : {};
  const operatingCosts = isObject(value.operatingCosts) ? value.operatingCosts : {};
  return {
    ...value,
    schemaVersion: 2,
    revenue: { prior: null, ...revenue },
    operatingCosts: { prior: null, ...operatingCosts },
    lines: value.lines ?? null,
    staff: value.staff ?? { ...NO_STAFF },
  };
}

/** A document read from storage, typed: the database column hands every read through here. */
export function upgradedDocument(value: unknown): DisclosureDocument {
  return upgradeDocument(value) as DisclosureDocument;
}

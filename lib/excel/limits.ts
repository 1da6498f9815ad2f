/**
 * The upload limits, in a module of their own (no imports) so that next.config.ts can derive the
 * server-action body limit from them without loading exceljs.
 */

/** Uploads above this size are refused before they are parsed. */
export const MAX_WORKBOOK_BYTES = 5 * 1024 * 1024;

/**
 * What Next accepts as a server action's body: the workbook plus the multipart framing and the
 * form's other fields (version id, revision: a few hundred bytes). A file a little over
 * MAX_WORKBOOK_BYTES still reaches the portal's own check and gets its Chinese message instead of
 * Next's 1 MB default refusal (which the editor can only show as a lost connection).
 */
export const SERVER_ACTION_BODY_LIMIT_BYTES = MAX_WORKBOOK_BYTES + 1024 * 1024;

/*
 * Row caps of the budget-line sheets are the document's own maxima (MAX_EXPENDITURE_LINES = 2000,
 * MAX_ECONOMIC_LINES = 300 in lib/disclosure/schema-lines.ts): read-lines.ts stops reading a sheet
 * at the first row beyond them. The largest workbook they allow stays well within
 * MAX_WORKBOOK_BYTES and zip.ts's MAX_INFLATED_BYTES (lines.test.ts builds and imports it).
 */

export const WORKBOOK_TOO_LARGE = (bytes: number) =>
  `文件过大（${(Math.ceil((bytes / 1024 / 1024) * 10) / 10).toFixed(1)} MB），上限为 ${MAX_WORKBOOK_BYTES / 1024 / 1024} MB`;

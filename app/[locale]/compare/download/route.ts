import { getDb } from "@/db";
import { cellList, compareHeaders, rowCells } from "@/lib/compare/columns";
import { toCsv } from "@/lib/csv";
import { measureLabel } from "@/lib/compare/labels";
import { compareHref, type CompareState } from "@/lib/compare/state";
import { buildCompareWorkbook } from "@/lib/compare/xlsx";
import { contentDisposition, textResponse, workbookResponse, type DownloadExtension } from "@/lib/http";
import { loadComparison } from "../load";
import { requestOrigin } from "../origin";

const FORMATS = ["csv", "xlsx", "json"] as const;
type Format = (typeof FORMATS)[number];

function isFormat(value: string | null): value is Format {
  return FORMATS.some((f) => f === value);
}

function fileName(state: CompareState, ext: Format): string {
  const years = state.years.length > 0 ? `${state.years[0]}-${state.years[state.years.length - 1]}` : "";
  return `部门预算比较_${measureLabel(state.measure).zh}_${years}.${ext}`;
}

function download(body: string, type: string, filename: string, extension: DownloadExtension): Response {
  return new Response(body, {
    headers: {
      "Content-Type": `${type}; charset=utf-8`,
      "Content-Disposition": contentDisposition(filename, extension, "compare"),
      "Cache-Control": "private, no-store",
    },
  });
}

/** The comparison table as CSV, XLSX or JSON: the same parameters as the page, the same rows. */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const format = url.searchParams.get("format");
  if (!isFormat(format)) return textResponse(400, "format 须为 csv、xlsx 或 json。");
  const comparison = await loadComparison(await getDb(), url.searchParams, { search: false });
  const { state } = comparison;
  const header = compareHeaders(state.measure);
  const rows = comparison.rows.map((row) => rowCells(row));

  if (format === "csv") {
    return download(toCsv([header, ...rows.map(cellList)]), "text/csv", fileName(state, "csv"), "csv");
  }
  const shareUrl = `${requestOrigin(request.headers)}${compareHref(state)}`;
  if (format === "xlsx") {
    const buffer = await buildCompareWorkbook({ header, rows, state, url: shareUrl });
    return workbookResponse(buffer, fileName(state, "xlsx"));
  }
  const json = { state, url: shareUrl, unit: "万元", columns: header, notices: comparison.notices, rows };
  return download(JSON.stringify(json, null, 2), "application/json", fileName(state, "json"), "json");
}

/**
 * Responses of the open-data API. Everything served is published data, so anyone may read it
 * from any origin (CORS *) and shared caches may keep it for a minute; a new publication shows
 * within that minute. Errors are not cached.
 */
import type { ApiError } from "./errors";
import { csvResponse as baseCsvResponse } from "../csv";
import { workbookResponse } from "../http";

const PUBLIC_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "X-Content-Type-Options": "nosniff",
} as const;

export const CACHE_MAX_AGE_SECONDS = 60;
export const CACHE_CONTROL = `public, max-age=${CACHE_MAX_AGE_SECONDS}`;

export function jsonResponse(body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status: 200,
    headers: { ...PUBLIC_HEADERS, "Content-Type": "application/json; charset=utf-8", "Cache-Control": CACHE_CONTROL },
  });
}

export function errorResponse(error: ApiError): Response {
  return new Response(JSON.stringify({ error }), {
    status: error.status,
    headers: { ...PUBLIC_HEADERS, "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/** A CSV download, with the API's cross-origin and caching headers. */
export function csvResponse(text: string, filename: string): Response {
  const response = baseCsvResponse(text, filename, CACHE_CONTROL);
  for (const [name, value] of Object.entries(PUBLIC_HEADERS)) response.headers.set(name, value);
  return response;
}

/** An Excel workbook download, with the same headers as the CSV. */
export function xlsxResponse(workbook: Buffer, filename: string): Response {
  const response = workbookResponse(workbook, filename, CACHE_CONTROL);
  for (const [name, value] of Object.entries(PUBLIC_HEADERS)) response.headers.set(name, value);
  return response;
}

export interface PageInfo {
  page: number;
  pageSize: number;
  total: number;
}

export interface Paginated<T> extends PageInfo {
  data: T[];
  links: { next: string | null; prev: string | null };
}

/**
 * The list envelope. Links keep every other query parameter and are relative to the host
 * (path and query only), so they stay right behind any proxy.
 */
export function paginated<T>(data: T[], info: PageInfo, url: URL): Paginated<T> {
  const link = (page: number) => {
    const params = new URLSearchParams(url.searchParams);
    params.set("page", String(page));
    params.set("pageSize", String(info.pageSize));
    return `${url.pathname}?${params.toString()}`;
  };
  const lastPage = Math.max(1, Math.ceil(info.total / info.pageSize));
  return {
    data,
    page: info.page,
    pageSize: info.pageSize,
    total: info.total,
    links: {
      next: info.page < lastPage ? link(info.page + 1) : null,
      prev: info.page > 1 ? link(Math.min(info.page - 1, lastPage)) : null,
    },
  };
}

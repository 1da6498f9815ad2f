/**
 * The filters of the admin's audit trail page and its CSV, read from the address (?kind=admin&
 * user=editor434&from=2026-01-01…). The page and the CSV parse the same way, so the CSV holds
 * exactly the rows the page lists. A value that does not parse is dropped with a Chinese message
 * rather than widening or failing the search silently.
 */
import { z } from "zod";
import { AUDIT_KIND_LABELS, isAuditAction, type AuditKind } from "./actions";

export interface AuditFilter {
  kind?: AuditKind;
  action?: string;
  /** A user name: the actor, the account concerned, or the name a sign-in tried. */
  user?: string;
  departmentId?: number;
  /** Calendar dates in China (YYYY-MM-DD), both inclusive. */
  from?: string;
  to?: string;
  /** The start of a client address ("10.0." finds 10.0.0.0/16). */
  ip?: string;
}

export const AUDIT_PAGE_SIZE = 50;

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

function first(params: Params, key: string): string | undefined {
  const value = params instanceof URLSearchParams ? params.get(key) ?? undefined : params[key];
  const text = Array.isArray(value) ? value[0] : value;
  const trimmed = text?.trim();
  return trimmed ? trimmed : undefined;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const validDate = (v: string) => DATE.test(v) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);

const fields = {
  kind: z.enum(Object.keys(AUDIT_KIND_LABELS) as [AuditKind, ...AuditKind[]], "类别无效"),
  action: z.string().refine(isAuditAction, "操作类型无效"),
  user: z.string().regex(/^[A-Za-z0-9_.-]{1,40}$/, "用户名只能包含英文字母、数字和 _ . -，不超过 40 个字符"),
  departmentId: z
    .string()
    .regex(/^[1-9]\d{0,8}$/, "所选部门无效")
    .transform(Number),
  from: z.string().refine(validDate, "起始日期须为 YYYY-MM-DD"),
  to: z.string().refine(validDate, "截止日期须为 YYYY-MM-DD"),
  ip: z.string().regex(/^[0-9A-Fa-f.:]{1,45}$/, "地址只能包含数字、字母 a–f、. 和 :"),
} as const;

const PARAM_NAMES: Record<keyof AuditFilter, string> = {
  kind: "kind",
  action: "action",
  user: "user",
  departmentId: "department",
  from: "from",
  to: "to",
  ip: "ip",
};

export interface ParsedAuditQuery {
  filter: AuditFilter;
  page: number;
  /** Why a given value was not used, one message per field. */
  problems: string[];
}

export function parseAuditQuery(params: Params): ParsedAuditQuery {
  const filter: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [key, param] of Object.entries(PARAM_NAMES) as [keyof AuditFilter, string][]) {
    const raw = first(params, param);
    if (raw === undefined) continue;
    const parsed = fields[key].safeParse(raw);
    if (parsed.success) filter[key] = parsed.data;
    else problems.push(parsed.error.issues[0]?.message ?? "筛选条件无效");
  }
  const f = filter as AuditFilter;
  if (f.from && f.to && f.from > f.to) {
    problems.push("起始日期晚于截止日期");
    delete f.from;
    delete f.to;
  }
  const pageText = first(params, "page");
  const page = pageText && /^\d{1,6}$/.test(pageText) && Number(pageText) >= 1 ? Number(pageText) : 1;
  return { filter: f, page, problems };
}

/** The filter as query parameters, for links (paging, CSV) that keep it. */
export function auditQueryString(filter: AuditFilter, page?: number): string {
  const params = new URLSearchParams();
  for (const [key, param] of Object.entries(PARAM_NAMES) as [keyof AuditFilter, string][]) {
    const value = filter[key];
    if (value !== undefined) params.set(param, String(value));
  }
  if (page && page > 1) params.set("page", String(page));
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** The instants a China date range covers: [from 00:00, the day after `to` 00:00) at UTC+8. */
export function chinaDayRange(filter: Pick<AuditFilter, "from" | "to">): { since?: Date; before?: Date } {
  const since = filter.from ? new Date(`${filter.from}T00:00:00+08:00`) : undefined;
  const before = filter.to ? new Date(new Date(`${filter.to}T00:00:00+08:00`).getTime() + 86_400_000) : undefined;
  return { since, before };
}

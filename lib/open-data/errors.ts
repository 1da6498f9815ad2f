/**
 * The API's error bodies: `{ error: { status, code, message, messageEn, parameters? } }`, Chinese
 * first with the English beside it, so both audiences read the same response.
 */
export interface ParameterProblem {
  name: string;
  message: string;
  messageEn: string;
}

export interface ApiError {
  status: 400 | 404;
  code: "invalid_parameter" | "not_found";
  message: string;
  messageEn: string;
  parameters?: ParameterProblem[];
}

export function invalidParameters(parameters: ParameterProblem[]): ApiError {
  const names = parameters.map((p) => p.name).join(", ");
  return {
    status: 400,
    code: "invalid_parameter",
    message: `请求参数无效：${names}。${parameters.map((p) => p.message).join("；")}。`,
    messageEn: `Invalid query parameter(s): ${names}. ${parameters.map((p) => p.messageEn).join("; ")}.`,
    parameters,
  };
}

export function notFound(message: string, messageEn: string): ApiError {
  return { status: 404, code: "not_found", message, messageEn };
}

export const DEPARTMENT_NOT_FOUND = notFound(
  "未找到该部门，或该部门尚无已公开的预算。",
  "No department with this code has a published budget.",
);
export const DISCLOSURE_NOT_FOUND = notFound(
  "该部门在该年度尚无已公开的预算。",
  "This department has no published budget for this year.",
);
export const YEAR_NOT_FOUND = notFound("该年度尚无已公开的部门预算。", "No budget has been published for this year.");
/** Any address under /api/ that names no endpoint (app/api/[...missing]/route.ts). */
export const API_NOT_FOUND = notFound(
  "没有这个接口地址。可用的接口见 /api/v1 和“开放数据”页面（/open-data）。",
  "No API endpoint at this address. See /api/v1 and the open-data page (/en/open-data).",
);

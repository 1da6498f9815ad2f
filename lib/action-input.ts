/**
 * A server action's arguments are whatever the request carried, decoded by React: any mix of
 * values, not necessarily what the action's TypeScript signature says. Actions that take a form
 * check that they got one before reading it, and answer a typed refusal rather than throw (a
 * throw is a 500).
 */
export const INVALID_REQUEST = "请求无效。";

export function isFormData(value: unknown): value is FormData {
  return value instanceof FormData;
}

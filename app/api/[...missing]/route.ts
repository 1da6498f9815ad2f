/**
 * Any address under /api/ that no endpoint answers (/api/x, /api/v1/nothing): the API's own JSON
 * error, 404, like the open-data endpoints' (lib/open-data/errors.ts) — not an HTML page, which a
 * program calling the API cannot read. Every method gets it.
 */
import { API_NOT_FOUND } from "@/lib/open-data/errors";
import { errorResponse } from "@/lib/open-data/responses";

function missing(): Response {
  return errorResponse(API_NOT_FOUND);
}

export { missing as GET, missing as HEAD, missing as POST, missing as PUT, missing as PATCH, missing as DELETE, missing as OPTIONS };

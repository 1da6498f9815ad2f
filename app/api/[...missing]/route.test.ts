/** An unknown API address answers like the API: JSON `{ error }`, 404, for every method. */
import { describe, expect, it } from "vitest";
import { DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT } from "./route";

describe("/api/<unknown>", () => {
  it.each([
    ["GET", GET],
    ["POST", POST],
    ["PUT", PUT],
    ["PATCH", PATCH],
    ["DELETE", DELETE],
    ["OPTIONS", OPTIONS],
    ["HEAD", HEAD],
  ])("%s: 404 with the API's error body, not cached", async (_method, handler) => {
    const response = handler();
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({
      error: { status: 404, code: "not_found", message: expect.stringContaining("没有这个接口地址"), messageEn: expect.stringContaining("No API endpoint") },
    });
  });
});

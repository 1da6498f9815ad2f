import { describe, expect, it } from "vitest";
import { cacheKey, keptAnswer, rebuild } from "./response-cache";
import { jsonResponse } from "./responses";

describe("the API's kept answers", () => {
  it("treats the query's parameter order as the same request, and other values as another", () => {
    expect(cacheKey(new URL("http://x/api/v1/figures?years=2018&departments=434"))).toBe(
      cacheKey(new URL("http://x/api/v1/figures?departments=434&years=2018")),
    );
    expect(cacheKey(new URL("http://x/api/v1/figures?departments=434"))).not.toBe(cacheKey(new URL("http://x/api/v1/figures?departments=401")));
    expect(cacheKey(new URL("http://x/api/v1/years"))).not.toBe(cacheKey(new URL("http://x/api/v1/departments")));
  });

  it("keeps an answer as plain JSON and rebuilds the same answer: status, headers and body", async () => {
    const kept = await keptAnswer(jsonResponse({ data: ["正定县", 1.5] }));
    const again = rebuild(JSON.parse(JSON.stringify(kept)));
    expect(again.status).toBe(200);
    expect(again.headers.get("cache-control")).toBe("public, max-age=60");
    expect(again.headers.get("access-control-allow-origin")).toBe("*");
    expect(await again.json()).toEqual({ data: ["正定县", 1.5] });
  });
});

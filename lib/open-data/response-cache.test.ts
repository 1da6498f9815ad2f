import { beforeEach, describe, expect, it } from "vitest";
import { cacheKey, cachedApiResponse, forgetApiResponses } from "./response-cache";
import { jsonResponse } from "./responses";

const request = (path: string) => new Request(`http://127.0.0.1:3000${path}`);

describe("the API's answer cache", () => {
  beforeEach(() => forgetApiResponses());

  it("answers the same request once from its producer, then from memory, with the same headers", async () => {
    let calls = 0;
    const produce = () => {
      calls += 1;
      return jsonResponse({ data: [calls] });
    };
    const first = await cachedApiResponse(request("/api/v1/years"), produce);
    const second = await cachedApiResponse(request("/api/v1/years"), produce);
    expect(calls).toBe(1);
    expect(await first.json()).toEqual({ data: [1] });
    expect(await second.json()).toEqual({ data: [1] });
    expect(second.headers.get("cache-control")).toBe("public, max-age=60");
    expect(second.headers.get("access-control-allow-origin")).toBe("*");
  });

  it("treats the query's parameter order as the same request, and other values as another", async () => {
    expect(cacheKey(new URL("http://x/api/v1/figures?years=2018&departments=434"))).toBe(
      cacheKey(new URL("http://x/api/v1/figures?departments=434&years=2018")),
    );
    expect(cacheKey(new URL("http://x/api/v1/figures?departments=434"))).not.toBe(cacheKey(new URL("http://x/api/v1/figures?departments=401")));
    let calls = 0;
    const produce = () => jsonResponse({ calls: ++calls });
    await cachedApiResponse(request("/api/v1/figures?departments=434"), produce);
    await cachedApiResponse(request("/api/v1/figures?departments=401"), produce);
    expect(calls).toBe(2);
  });

  it("never keeps a refusal or an error", async () => {
    let calls = 0;
    const produce = () => {
      calls += 1;
      return new Response("{}", { status: 404 });
    };
    expect((await cachedApiResponse(request("/api/v1/disclosures/999/2018"), produce)).status).toBe(404);
    expect((await cachedApiResponse(request("/api/v1/disclosures/999/2018"), produce)).status).toBe(404);
    expect(calls).toBe(2);
  });

  it("forgets everything after a publication", async () => {
    let calls = 0;
    const produce = () => jsonResponse({ calls: ++calls });
    await cachedApiResponse(request("/api/v1/years"), produce);
    forgetApiResponses();
    const after = await cachedApiResponse(request("/api/v1/years"), produce);
    expect(await after.json()).toEqual({ calls: 2 });
  });
});

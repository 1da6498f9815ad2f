import { describe, expect, it } from "vitest";
import { cacheKey, keptAnswer, rebuild } from "./response-cache";
import { csvResponse, jsonResponse, xlsxResponse } from "./responses";

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

  it("keeps a workbook's bytes (base64 in the JSON) and a CSV's text with its BOM (Excel needs it)", async () => {
    const bytes = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0xfe, 0x80, 0x0a]); // a zip's start, and bytes no UTF-8 text survives
    const kept = await keptAnswer(xlsxResponse(bytes, "budget-2018.xlsx"));
    expect(kept.encoding).toBe("base64");
    const again = rebuild(JSON.parse(JSON.stringify(kept)));
    expect(Buffer.from(await again.arrayBuffer()).equals(bytes)).toBe(true);
    expect(again.headers.get("content-disposition")).toContain("budget-2018.xlsx");
    const csv = rebuild(JSON.parse(JSON.stringify(await keptAnswer(csvResponse("\uFEFF年度\r\n2018\r\n", "x.csv")))));
    expect([...new Uint8Array(await csv.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});

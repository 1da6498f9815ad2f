/** The download route end to end (without a server): same parameters as the page, same rows. */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { openTestDatabase, type TestDatabase } from "@/db/test-database";
import { seedAll } from "@/db/seed";

let t: TestDatabase;
vi.mock("@/db", () => ({ getDb: async () => t.db }));
const { GET } = await import("./route");

beforeAll(async () => {
  t = await openTestDatabase();
  await seedAll(t.db);
});

afterAll(async () => {
  await t?.close();
});

const QUERY = "departments=434,401,402,403&years=2016,2017,2018,2019&measure=total&chart=bar";
const get = (query: string) => GET(new Request(`http://127.0.0.1:3210/compare/download?${query}`, { headers: { host: "127.0.0.1:3210" } }));

describe("GET /compare/download", () => {
  it("CSV: UTF-8 with BOM, the table's header and 16 rows", async () => {
    const response = await get(`${QUERY}&format=csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toContain("attachment;");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).trimEnd().split("\r\n");
    expect(lines[0]).toBe("部门编码,部门,年度,支出总计（万元）,比上年增减（万元）,增减率（%）,占所选部门合计比例（%）,备注");
    expect(lines).toHaveLength(17);
    expect(lines.slice(1, 5).map((l) => l.split(",").slice(0, 4).join(","))).toEqual([
      "434,正定县人民政府办公室,2016,未公开",
      "434,正定县人民政府办公室,2017,未公开",
      "434,正定县人民政府办公室,2018,1028.57",
      "434,正定县人民政府办公室,2019,未公开",
    ]);
  });

  it("JSON: the state, the share URL and the same rows", async () => {
    const response = await get(`${QUERY}&format=json`);
    const body = (await response.json()) as { state: unknown; url: string; rows: { code: string; value: string }[] };
    expect(body.state).toEqual({ departments: ["434", "401", "402", "403"], years: [2016, 2017, 2018, 2019], measure: "total", chart: "bar" });
    expect(body.url).toBe(`http://127.0.0.1:3210/compare?${QUERY}`);
    expect(body.rows).toHaveLength(16);
    expect(body.rows[2]).toMatchObject({ code: "434", year: "2018", value: "1028.57" });
  });

  it("XLSX: a workbook", async () => {
    const response = await get(`${QUERY}&format=xlsx`);
    expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe("PK");
  });

  it("refuses an unknown format", async () => {
    expect((await get(`${QUERY}&format=pdf`)).status).toBe(400);
  });
});

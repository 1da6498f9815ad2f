import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext } from "@playwright/test";

/**
 * The portal's server (server.ts). It answers the public data pages and the API from their compressed
 * copies (lib/public-page-cache.ts): the same page Next renders, byte for byte, and the page still
 * works in a browser when it comes from there. The refresh after an approval is review-publication.spec.ts.
 */
const GZIP = { "accept-encoding": "gzip, deflate, br" };

/** Asks until the page is answered from its kept copy (it is kept in the background after a first visit). */
async function keptCopy(request: APIRequestContext, path: string) {
  let response = await request.get(path, { headers: GZIP });
  await expect
    .poll(async () => {
      response = await request.get(path, { headers: GZIP });
      return response.headers()["x-portal-page-cache"];
    })
    .toBe("HIT");
  return response;
}

/** The page with the nonce Next wrote on its scripts (and into its payload) replaced by a placeholder. */
function withoutNonce(body: string): string {
  const nonce = /<script\b[^>]*?\snonce="([^"]+)"/.exec(body)?.[1];
  return nonce ? body.split(nonce).join("NONCE") : body;
}

test("a public page or API answer comes from its compressed copy, identical to Next's own", async ({ request }) => {
  for (const path of ["/departments/434/2018", "/en/departments/434/2018", "/departments/434", "/compare?departments=434&years=2017,2018", "/api/v1/disclosures/434/2018"]) {
    const kept = await keptCopy(request, path);
    expect(kept.status()).toBe(200);
    expect(kept.headers()["content-encoding"]).toBe("gzip");
    expect(kept.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    const next = await request.get(path, { headers: { "accept-encoding": "identity", "x-portal-page-fill": "1" } });
    expect(next.headers()["x-portal-page-cache"]).toBeUndefined();
    // Byte for byte but the nonce: each of Next's answers has its own (lib/security-headers.ts).
    expect(withoutNonce(await kept.text()), path).toBe(withoutNonce(await next.text()));
  }
  // Not a data page, a search, or React's own navigation request: Next answers every time.
  for (const [path, headers] of [
    ["/about", GZIP],
    ["/?q=434", GZIP],
    ["/departments/434/2018", { ...GZIP, rsc: "1" }],
  ] as const) {
    await request.get(path, { headers });
    expect((await request.get(path, { headers })).headers()["x-portal-page-cache"], path).toBeUndefined();
  }
});

test("the kept disclosure page hydrates, and a 304 answers a browser that has it", async ({ page, request }) => {
  const kept = await keptCopy(request, "/departments/434/2018");
  const etag = kept.headers().etag!;
  expect(etag).toBeTruthy();
  const notModified = await request.get("/departments/434/2018", { headers: { ...GZIP, "if-none-match": etag } });
  expect(notModified.status()).toBe(304);

  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  const response = await page.goto("/departments/434/2018");
  expect(response?.headers()["x-portal-page-cache"]).toBe("HIT");
  await expect(page.getByTestId("disclosure-title")).toHaveText("正定县人民政府办公室2018年部门预算信息公开");
  // React attached: the language switch navigates on the client to the English twin.
  await page.getByRole("link", { name: "English", exact: true }).click();
  await expect(page).toHaveURL(/\/en\/departments\/434\/2018$/);
  await expect(page.getByTestId("disclosure-title")).toContainText("2018");
  expect(errors).toEqual([]);
});

test("an address with broken percent-encoding gets a clear 400 page, not a server error", async ({ page, request }) => {
  for (const path of ["/departments/%E0%A4%A/2018", "/en/departments/434/%E0%A4%A", "/api/v1/departments/%E0%A4%A", "/years/%E0%A4%A"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(400);
    expect(response.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
  }
  const response = await page.goto("/departments/%E0%A4%A/2018");
  expect(response?.status()).toBe(400);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("地址有误");
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await page.getByRole("link", { name: "首页" }).click();
  await expect(page).toHaveURL(/\/$/);
});

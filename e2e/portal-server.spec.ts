import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext } from "@playwright/test";

/**
 * The portal as `npm start` runs it: Next's own server (`next start`) with the portal's request and
 * response hooks (lib/server-hooks.ts). A public page comes from Next's cache — with the hashes of
 * its own scripts as its policy, and the same page for every visitor — and still works in a
 * browser. The refresh after an approval is review-publication.spec.ts; several instances behind
 * nginx, multi-instance.spec.ts.
 */
const GZIP = { "accept-encoding": "gzip, deflate, br" };

/** Asks until Next answers the page from its cache (kept after a first visit). */
async function cachedCopy(request: APIRequestContext, path: string) {
  let response = await request.get(path, { headers: GZIP });
  await expect
    .poll(async () => {
      response = await request.get(path, { headers: GZIP });
      return response.headers()["x-nextjs-cache"];
    })
    .toBe("HIT");
  return response;
}

test("a public page from Next's cache is one page for every visitor, allowed by its scripts' hashes", async ({ request }) => {
  for (const path of ["/departments/434/2018", "/en/departments/434/2018", "/departments/434", "/compare?departments=434&years=2017,2018"]) {
    const first = await cachedCopy(request, path);
    const second = await request.get(path, { headers: GZIP });
    expect(second.status()).toBe(200);
    expect(second.headers()["content-security-policy"], path).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
    expect(second.headers()["content-security-policy"], path).not.toContain("'nonce-");
    expect(second.headers()["x-portal-script-hashes"], path).toBeUndefined();
    expect(await second.text(), path).toBe(await first.text());
  }
  // A search is rendered for its request: its own nonce, every time.
  const [a, b] = [await request.get("/?q=434"), await request.get("/?q=434")];
  expect(a.headers()["content-security-policy"]).toMatch(/'nonce-/);
  expect(a.headers()["content-security-policy"]).not.toBe(b.headers()["content-security-policy"]);
});

test("the cached disclosure page hydrates, and a 304 answers a browser that has it", async ({ page, request }) => {
  const kept = await cachedCopy(request, "/departments/434/2018");
  const etag = kept.headers().etag!;
  expect(etag).toBeTruthy();
  const notModified = await request.get("/departments/434/2018", { headers: { ...GZIP, "if-none-match": etag } });
  expect(notModified.status()).toBe(304);

  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  const response = await page.goto("/departments/434/2018");
  expect(response?.headers()["x-nextjs-cache"]).toBe("HIT");
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

test("every open-data endpoint answers from Next's data cache, the same answer twice", async ({ request }) => {
  // Each kept by the address and its query (lib/open-data/response-cache.ts), including those that read the query.
  for (const path of [
    "/api/v1",
    "/api/v1/years",
    "/api/v1/departments?q=办公室",
    "/api/v1/departments/434",
    "/api/v1/disclosures?year=2018",
    "/api/v1/disclosures/434/2018",
    "/api/v1/figures?departments=434&years=2017,2018",
    "/api/v1/bulk/2018.csv",
    "/api/v1/bulk/2018/datapackage.json",
    "/api/v1/bulk/2018/budget.csv",
    "/api/v1/bulk/2018.xlsx",
    "/api/v1/bulk/2018/budget.xlsx",
  ]) {
    const first = await request.get(path);
    expect(first.status(), path).toBe(200);
    const second = await request.get(path);
    expect(second.status(), path).toBe(200);
    expect(await second.text(), path).toBe(await first.text());
  }
});

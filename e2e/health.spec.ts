import { expect, test } from "@playwright/test";

// The load balancer's readiness check, through HTTP against the started portal.
test("/api/health answers 200 with the database and migrations checked, never cached", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("no-store");
  expect(response.headers()["content-type"]).toMatch(/^application\/json/);
  // Which checks passed, and nothing else: no versions, addresses or errors.
  expect(await response.json()).toEqual({ status: "ok", database: "ok", migrations: "current" });
});

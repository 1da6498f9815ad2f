import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["lib/**/*.test.ts", "db/**/*.test.ts", "components/**/*.test.{ts,tsx}"],
    environment: "node",
    // Integration tests open a real database per file; PGlite initdb takes seconds.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

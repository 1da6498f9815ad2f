import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    include: ["lib/**/*.test.ts", "db/**/*.test.ts", "deploy/**/*.test.ts", "components/**/*.test.{ts,tsx}", "app/**/*.test.ts"],
    environment: "node",
    // Integration tests open a real database per file; PGlite initdb takes seconds.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // next-intl's ESM imports "next/server" without an extension, which Node's resolver refuses.
    server: { deps: { inline: ["next-intl"] } },
  },
});

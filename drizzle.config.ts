import { defineConfig } from "drizzle-kit";

// Generates db/migrations from db/schema.ts; no database is needed to generate.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema.ts",
  out: "./db/migrations",
});

import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite ships its own wasm and data files; bundling it breaks `next build` (stack-notes §1).
  serverExternalPackages: ["@electric-sql/pglite"],
  poweredByHeader: false,
};

export default nextConfig;

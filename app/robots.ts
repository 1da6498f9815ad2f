import type { MetadataRoute } from "next";

import { connection } from "next/server";
import { env } from "@/lib/env";

/** Crawlers may read the public disclosures; the workspace, sign-in and API are not for indexing. */
export default async function robots(): Promise<MetadataRoute.Robots> {
  await connection(); // the address is configuration of the running server, not of the build
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      disallow: ["/edit", "/review", "/admin", "/workspace", "/login", "/api"],
    },
    sitemap: `${env.publicUrl}/sitemap.xml`,
  };
}

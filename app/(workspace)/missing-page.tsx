import { notFound } from "next/navigation";

/**
 * Unknown addresses under the workspace's sections (the catch-all routes re-export this): answered
 * by ./not-found.tsx inside the workspace layout, instead of the site-wide not-found page.
 */
export default function MissingWorkspacePage() {
  notFound();
}

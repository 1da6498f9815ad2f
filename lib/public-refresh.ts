/**
 * What a publication (an approval) or a change to departments or years must refresh, so that it
 * shows on every public page and in the open-data API at once: Next's cached pages (each carries
 * the "/" layout tag, the English twins under /en included), the compressed copies the portal's
 * server answers from (lib/public-page-cache.ts, server.ts) and the API's kept answers. Called by the server
 * actions that change public data (app/(workspace)/review/actions.ts, admin/actions.ts).
 */
import { revalidatePath } from "next/cache";
import { forgetApiResponses } from "./open-data/response-cache";
import { forgetPublicPages } from "./public-page-cache";

export function publicDataChanged(): void {
  revalidatePath("/", "layout");
  forgetApiResponses();
  forgetPublicPages();
}

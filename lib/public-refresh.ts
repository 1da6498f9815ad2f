/**
 * What a publication (an approval) or a change to departments or years must refresh, so that it
 * shows on every public page and in the open-data API at once, on every instance: the kept pages
 * and API answers carrying the tags the change touches (lib/public-tags.ts); the rest stay warm.
 * With REDIS_URL set the expiry is recorded in Redis, where every instance checks it on each read
 * (lib/csp-cache-handler.mjs). Called by the server actions that change public data
 * (app/(workspace)/review/actions.ts, admin/actions.ts) — `updateTag` only works in a server
 * action: the next read waits for fresh data instead of serving the old copy.
 */
import { updateTag } from "next/cache";
import { staleTags, type PublicChange } from "./public-tags";

export function publicDataChanged(change: PublicChange): void {
  for (const tag of staleTags(change)) updateTag(tag);
}

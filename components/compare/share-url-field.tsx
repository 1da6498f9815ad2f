"use client";

import { useSyncExternalStore } from "react";
import { L, type Lang } from "@/lib/compare/texts";

/**
 * The address that reproduces this comparison. The page is served from a cache shared by every
 * visitor, so the server writes only the path; the browser completes it with the address the
 * visitor actually used (behind any proxy), which is what they will share.
 */
const noSubscription = () => () => {};
const browserOrigin = () => window.location.origin;
const serverOrigin = () => "";

export function ShareUrlField({ path, lang = "zh" }: { path: string; lang?: Lang }) {
  const origin = useSyncExternalStore(noSubscription, browserOrigin, serverOrigin);
  const url = origin + path;
  return (
    <div className="mt-4">
      <label htmlFor="compare-share-url" className="block font-medium">
        {L.share[lang]}
      </label>
      <input
        id="compare-share-url"
        type="text"
        readOnly
        value={url}
        aria-describedby="compare-share-hint"
        data-testid="share-url"
        className="mt-1 w-full rounded border border-stone-500 bg-stone-50 px-2 py-1.5 font-mono text-sm"
      />
      <p id="compare-share-hint" className="mt-1 text-sm text-stone-700">
        {L.shareHint[lang]}
      </p>
    </div>
  );
}

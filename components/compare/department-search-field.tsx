"use client";

import { useEffect, useRef, useTransition } from "react";
import { useRouter } from "next/navigation";
import { localePath } from "@/lib/lang-paths";
import { L, type Lang } from "@/lib/compare/labels";

/**
 * The department search box. Without JavaScript it is a plain field of the page's GET form; with
 * it, the results follow the typing: the URL's `q` is replaced (router.replace) and the server
 * renders the matches, so there is only one search code path.
 */
export function DepartmentSearchField(props: { stateQuery: string; defaultValue: string; lang?: Lang }) {
  const { lang = "zh" } = props;
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  function search(value: string) {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const q = value.trim();
      const href = localePath(`/compare?${props.stateQuery}${q ? `&q=${encodeURIComponent(q)}` : ""}`, lang);
      startTransition(() => router.replace(href, { scroll: false }));
    }, 300);
  }

  return (
    <div>
      <label htmlFor="compare-q" className="block font-medium">
        {L.search[lang]}
      </label>
      <div className="mt-1 flex flex-wrap gap-2">
        <input
          id="compare-q"
          name="q"
          type="search"
          defaultValue={props.defaultValue}
          maxLength={50}
          autoComplete="off"
          aria-describedby="compare-q-hint"
          onChange={(event) => search(event.currentTarget.value)}
          className="min-w-0 flex-1 rounded border border-stone-500 px-2 py-1.5"
        />
        <button type="submit" className="rounded border border-stone-600 bg-white px-3 py-1.5 hover:bg-stone-100">
          {L.searchButton[lang]}
        </button>
      </div>
      <p id="compare-q-hint" className="mt-1 text-sm text-stone-700">
        {L.searchHint[lang]}
        {pending && <span className="ml-2">…</span>}
      </p>
    </div>
  );
}

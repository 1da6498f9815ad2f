"use client";

import { useEffect, useId, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { DemoBadge } from "@/components/ui/demo-badge";
import { localePath } from "@/lib/lang-paths";
import { L, type Lang } from "@/lib/compare/texts";
import { fill } from "@/lib/fill";
import { compareHref, withDepartment, type CompareState } from "@/lib/compare/address";

interface Suggestion {
  ref: string;
  code: string;
  name: string;
  isDemo: boolean;
}

/**
 * The department search box, a typeahead (the WAI-ARIA combobox with a listbox): as one types,
 * the matching departments are listed under the field (from /api/department-search, the page's
 * own search, cached); ↑/↓ choose, Enter or a click adds the department in one page load,
 * Escape closes the list. Enter with nothing chosen submits the page's GET form, which lists the
 * matches on the page — the same path as without JavaScript.
 */
export function DepartmentSearchField(props: { state: CompareState; defaultValue: string; lang?: Lang }) {
  const { lang = "zh" } = props;
  const router = useRouter();
  const id = useId();
  const listId = `${id}-list`;
  const [pending, startTransition] = useTransition();
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const request = useRef<AbortController | null>(null);
  useEffect(() => () => {
    clearTimeout(timer.current);
    request.current?.abort();
  }, []);

  const chosen = new Set(props.state.departments);
  const shown = suggestions.filter((s) => !chosen.has(s.ref));

  function lookUp(value: string) {
    clearTimeout(timer.current);
    const q = value.trim();
    if (q === "") {
      setSuggestions([]);
      setOpen(false);
      return;
    }
    timer.current = setTimeout(() => {
      request.current?.abort();
      const controller = new AbortController();
      request.current = controller;
      fetch(`/api/department-search?q=${encodeURIComponent(q)}`, { signal: controller.signal })
        .then((response) => (response.ok ? response.json() : { data: [] }))
        .then((body: { data: Suggestion[] }) => {
          setSuggestions(body.data);
          setActive(-1);
          setOpen(true);
        })
        .catch(() => undefined); // aborted by newer typing, or offline: the form's search still works
    }, 150);
  }

  function add(suggestion: Suggestion) {
    setOpen(false);
    const href = localePath(compareHref(withDepartment(props.state, suggestion.ref)), lang);
    startTransition(() => router.push(href, { scroll: false }));
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (shown.length === 0) return;
      event.preventDefault();
      setOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((i) => (i + step + shown.length) % shown.length);
    } else if (event.key === "Enter" && open && active >= 0 && shown[active]) {
      event.preventDefault();
      add(shown[active]);
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  }

  const expanded = open && shown.length > 0;
  return (
    <div>
      <label htmlFor="compare-q" className="block font-medium">
        {L.search[lang]}
      </label>
      <div className="mt-1 flex flex-wrap gap-2">
        <div className="relative min-w-0 flex-1">
          <input
            id="compare-q"
            name="q"
            type="search"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls={listId}
            aria-activedescendant={expanded && active >= 0 ? `${id}-${active}` : undefined}
            defaultValue={props.defaultValue}
            maxLength={50}
            autoComplete="off"
            aria-describedby="compare-q-hint"
            onChange={(event) => lookUp(event.currentTarget.value)}
            onKeyDown={onKeyDown}
            onBlur={() => setOpen(false)}
            className="w-full rounded border border-stone-500 px-2 py-1.5"
          />
          <ul
            id={listId}
            role="listbox"
            aria-label={L.suggestions[lang]}
            hidden={!expanded}
            data-testid="department-suggestions"
            className="absolute inset-x-0 top-full z-10 mt-1 max-h-72 overflow-y-auto rounded border border-stone-400 bg-white shadow-md"
          >
            {shown.map((s, i) => (
              <li
                key={s.ref}
                id={`${id}-${i}`}
                role="option"
                aria-selected={i === active}
                // Before the input's blur closes the list.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => add(s)}
                className={`cursor-pointer px-2 py-1.5 ${i === active ? "bg-brand text-white" : "hover:bg-stone-100"}`}
              >
                <span className="tabular-nums">{s.code}</span> {s.name}
                {s.isDemo && (
                  <>
                    {" "}
                    <DemoBadge lang={lang} />
                  </>
                )}
              </li>
            ))}
          </ul>
        </div>
        <button type="submit" className="rounded border border-stone-600 bg-white px-3 py-1.5 hover:bg-stone-100">
          {L.searchButton[lang]}
        </button>
      </div>
      <p id="compare-q-hint" className="mt-1 text-sm text-stone-700">
        {L.suggestionsHint[lang]}
        {pending && <span className="ml-2">…</span>}
      </p>
      <p className="sr-only" aria-live="polite">
        {expanded ? fill(L.suggestionsCount[lang], { count: shown.length }) : ""}
      </p>
    </div>
  );
}

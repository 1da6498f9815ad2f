import Link from "next/link";
import { DemoBadge } from "@/components/ui/demo-badge";
import type { DepartmentMatch } from "@/lib/compare/table";
import { localePath } from "@/lib/lang-paths";
import { L, fill, type Lang } from "@/lib/compare/labels";
import { MAX_DEPARTMENTS, compareHref, withDepartment, withoutDepartment, type CompareState } from "@/lib/compare/state";
import type { CompareDepartment } from "@/lib/compare/table";

const link = "text-blue-800 underline underline-offset-2";

/** The selected departments, each with a 移除 link (plain links: they work without JavaScript). */
export function SelectedDepartments(props: { state: CompareState; departments: readonly CompareDepartment[]; q: string; lang?: Lang }) {
  const { lang = "zh" } = props;
  if (props.departments.length === 0) return <p className="text-stone-700">{L.noneSelected[lang]}</p>;
  return (
    <ul className="flex flex-wrap gap-2" data-testid="selected-departments">
      {props.departments.map((d) => (
        <li key={d.ref} className="flex items-center gap-2 rounded border border-stone-400 bg-white px-2 py-1">
          <span>
            <span className="tabular-nums">{d.code}</span> {d.name}
          </span>
          {d.isDemo && <DemoBadge lang={lang} />}
          <Link
            href={localePath(compareHref(withoutDepartment(props.state, d.ref), { q: props.q }), lang)}
            aria-label={`${L.remove[lang]} ${d.code} ${d.name}`}
            className={link}
            prefetch={false}
            scroll={false}
          >
            {L.remove[lang]}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** The matches of the search `q`, each with an 添加 link and links to its published disclosures. */
export function SearchResults(props: { state: CompareState; matches: readonly DepartmentMatch[]; q: string; lang?: Lang }) {
  const { lang = "zh" } = props;
  const full = props.state.departments.length >= MAX_DEPARTMENTS;
  return (
    <div aria-live="polite" className="mt-3" data-testid="search-results">
      {props.q === "" ? null : props.matches.length === 0 ? (
        <p className="text-stone-700">{L.noResults[lang]}</p>
      ) : (
        <>
          <h4 className="sr-only">{L.searchResults[lang]}</h4>
          <p className="text-sm text-stone-700">
            {fill(L.found[lang], { q: props.q, count: props.matches.length })}
          </p>
          <ul className="mt-1 divide-y divide-stone-200 rounded border border-stone-300 bg-white">
            {props.matches.map((m) => (
              <li key={m.ref} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-2 py-1.5">
                <span className="min-w-0 flex-1">
                  <span className="tabular-nums">{m.code}</span> {m.name} {m.isDemo && <DemoBadge lang={lang} />}
                  <span className="ml-2 text-sm text-stone-700">
                    {L.publishedYears[lang]}{L.listSeparator[lang]}
                    {m.years.map((year) => (
                      <Link
                        key={year}
                        href={localePath(`/departments/${m.ref}/${year}`, lang)}
                        className={`${link} ml-1`}
                        aria-label={fill(L.disclosureLink[lang], { name: m.name, year })}
                        prefetch={false}
                      >
                        {year}
                      </Link>
                    ))}
                  </span>
                </span>
                {props.state.departments.includes(m.ref) ? (
                  <span className="text-sm text-stone-700">{L.added[lang]}</span>
                ) : full ? (
                  <span className="text-sm text-stone-700">{L.limitReached[lang]}</span>
                ) : (
                  <Link
                    href={localePath(compareHref(withDepartment(props.state, m.ref), { q: props.q }), lang)}
                    aria-label={`${L.add[lang]} ${m.code} ${m.name}`}
                    className={link}
                    prefetch={false}
                    scroll={false}
                  >
                    {L.add[lang]}
                  </Link>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

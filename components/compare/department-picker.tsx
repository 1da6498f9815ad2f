import Link from "next/link";
import { DemoBadge } from "@/components/ui/demo-badge";
import type { DepartmentMatch } from "@/db/queries/compare";
import { L } from "@/lib/compare/labels";
import { MAX_DEPARTMENTS, compareHref, withDepartment, withoutDepartment, type CompareState } from "@/lib/compare/state";
import type { CompareDepartment } from "@/lib/compare/table";

const link = "text-blue-800 underline underline-offset-2";

/** The selected departments, each with a 移除 link (plain links: they work without JavaScript). */
export function SelectedDepartments(props: { state: CompareState; departments: readonly CompareDepartment[]; q: string }) {
  if (props.departments.length === 0) return <p className="text-stone-700">{L.noneSelected.zh}</p>;
  return (
    <ul className="flex flex-wrap gap-2" data-testid="selected-departments">
      {props.departments.map((d) => (
        <li key={d.code} className="flex items-center gap-2 rounded border border-stone-400 bg-white px-2 py-1">
          <span>
            <span className="tabular-nums">{d.code}</span> {d.name}
          </span>
          {d.isDemo && <DemoBadge />}
          <Link
            href={compareHref(withoutDepartment(props.state, d.code), { q: props.q })}
            aria-label={`${L.remove.zh} ${d.code} ${d.name}`}
            className={link}
            prefetch={false}
            scroll={false}
          >
            {L.remove.zh}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** The matches of the search `q`, each with an 添加 link and links to its published disclosures. */
export function SearchResults(props: { state: CompareState; matches: readonly DepartmentMatch[]; q: string }) {
  const full = props.state.departments.length >= MAX_DEPARTMENTS;
  return (
    <div aria-live="polite" className="mt-3" data-testid="search-results">
      {props.q === "" ? null : props.matches.length === 0 ? (
        <p className="text-stone-700">{L.noResults.zh}</p>
      ) : (
        <>
          <h4 className="sr-only">{L.searchResults.zh}</h4>
          <p className="text-sm text-stone-700">
            “{props.q}”：找到 {props.matches.length} 个部门
          </p>
          <ul className="mt-1 divide-y divide-stone-200 rounded border border-stone-300 bg-white">
            {props.matches.map((m) => (
              <li key={m.code} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-2 py-1.5">
                <span className="min-w-0 flex-1">
                  <span className="tabular-nums">{m.code}</span> {m.name} {m.isDemo && <DemoBadge />}
                  <span className="ml-2 text-sm text-stone-700">
                    {L.publishedYears.zh}：
                    {m.years.map((year) => (
                      <Link
                        key={year}
                        href={`/departments/${m.code}/${year}`}
                        className={`${link} ml-1`}
                        aria-label={`${m.name}${year}年部门预算`}
                        prefetch={false}
                      >
                        {year}
                      </Link>
                    ))}
                  </span>
                </span>
                {props.state.departments.includes(m.code) ? (
                  <span className="text-sm text-stone-700">{L.added.zh}</span>
                ) : full ? (
                  <span className="text-sm text-stone-700">{L.limitReached.zh}</span>
                ) : (
                  <Link
                    href={compareHref(withDepartment(props.state, m.code), { q: props.q })}
                    aria-label={`${L.add.zh} ${m.code} ${m.name}`}
                    className={link}
                    prefetch={false}
                    scroll={false}
                  >
                    {L.add.zh}
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

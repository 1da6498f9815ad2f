import Link from "next/link";
import { getDb } from "@/db";
import { countyTotalsByYear, departmentSummaryPage } from "@/db/queries/public-stats";
import { CountyTotals } from "@/components/public/county-totals";
import { CountyTrend } from "@/components/public/county-trend";
import { DepartmentTable } from "@/components/public/department-table";
import { areaKey, label, labelf, type Lang } from "@/components/public/labels";
import { localePath } from "@/components/public/lang-paths";
import { Pager } from "@/components/public/pager";
import { SearchForm } from "@/components/public/search-form";

/**
 * The county's totals and trend, and one page of the departments (50 each), optionally searched.
 * Shown by the cached route app/(public)/home/[page] for the plain home page and its pages, and by
 * the dynamic page / for a search (lib/cached-routes.ts decides which).
 */
export async function HomeView({ query, page: requestedPage, lang = "zh" }: { query: string; page: number; lang?: Lang }) {
  const db = await getDb();
  const county = await countyTotalsByYear(db);
  const latest = county.at(-1) ?? null;
  // Once two counties have published, every total here is "各区县", whichever year (labels/areaKey).
  const counties = Math.max(0, ...county.map((y) => y.counties));
  const listing = await departmentSummaryPage(db, {
    year: latest?.year ?? null,
    query,
    page: Number.isInteger(requestedPage) && requestedPage > 0 ? requestedPage : 1,
  });
  const departments = listing.departments;
  const pageHref = (page: number) => localePath(`/?${new URLSearchParams({ ...(query ? { q: query } : {}), page: String(page) })}#departments`, lang);
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">{label("homeTitle", lang)}</h1>
      <p className="mb-6 text-stone-700">{label(areaKey("homeIntro", counties), lang)}</p>
      {latest && (
        <>
          <CountyTotals {...latest} counties={counties} lang={lang} />
          <CountyTrend years={county} includesDemo={county.some((y) => y.includesDemo)} lang={lang} />
        </>
      )}
      <section aria-labelledby="departments-title" id="departments" className="mt-8 scroll-mt-4">
        <h2 id="departments-title" className="text-lg font-bold">
          {latest ? labelf("departmentsTitle", { year: latest.year }, lang) : label("colDepartment", lang)}
        </h2>
        <SearchForm query={query} action={localePath("/#departments", lang)} lang={lang} />
        {query && (
          <p className="text-sm text-stone-700" role="status">
            {labelf("searchResult", { q: query, count: listing.total }, lang)}
          </p>
        )}
        {departments.length > 0 && latest ? (
          <DepartmentTable year={latest.year} departments={departments} lang={lang} />
        ) : (
          <p className="mt-4">{query ? labelf("noMatches", { q: query }, lang) : label("noDepartments", lang)}</p>
        )}
        <Pager
          page={listing.page}
          pageCount={listing.pageCount}
          total={listing.total}
          href={pageHref}
          name={label("pagesNav", lang)}
          testId="department-pages"
          lang={lang}
        />
        <p className="mt-4 text-sm">
          <Link href={localePath("/years", lang)} className="text-blue-800 underline underline-offset-2">
            {label("allYears", lang)}
          </Link>
        </p>
      </section>
    </>
  );
}

import Link from "next/link";
import { keptCountyTotals, keptDepartmentPage } from "@/lib/public-queries";
import { CountyTotals } from "@/components/public/county-totals";
import { CountyTrend } from "@/components/public/county-trend";
import { DepartmentTable } from "@/components/public/department-table";
import { areaLabel, label, labelf, type Lang } from "@/components/public/labels";
import { CountyChoice, countyParams, countyScope, scopeArea } from "@/components/public/county-choice";
import { localePath } from "@/lib/lang-paths";
import { Pager } from "@/components/public/pager";
import { SearchForm } from "@/components/public/search-form";

/**
 * The county's totals and trend, and one page of the departments (50 each), optionally searched;
 * on a province-wide platform, of every county or of the one chosen (`countyCode`, ?county=).
 * Shown by the cached route app/[locale]/home/[page] for the plain home page and its pages, and by
 * the dynamic page / for a search or a county (lib/cached-routes.ts decides which).
 */
export async function HomeView({
  query,
  page: requestedPage,
  countyCode = "",
  lang = "zh",
}: {
  query: string;
  page: number;
  countyCode?: string;
  lang?: Lang;
}) {
  const scope = await countyScope(countyCode);
  const regionId = scope.chosen?.id ?? null;
  const county = await keptCountyTotals(regionId);
  const latest = county.at(-1) ?? null;
  // "全县合计" for a one-county platform, "各区县合计" once two have published (whichever year), the
  // chosen county by name (labels/areaLabel).
  const area = scopeArea(scope);
  const listing = await keptDepartmentPage({
    year: latest?.year ?? null,
    query,
    page: Number.isInteger(requestedPage) && requestedPage > 0 ? requestedPage : 1,
    regionId,
  });
  const departments = listing.departments;
  const kept = countyParams(scope);
  const homeHref = (params: Record<string, string>) => {
    const search = new URLSearchParams({ ...kept, ...params }).toString();
    return localePath(`/${search ? `?${search}` : ""}#departments`, lang);
  };
  const pageHref = (page: number) => homeHref({ ...(query ? { q: query } : {}), page: String(page) });
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">{label("homeTitle", lang)}</h1>
      <div className="mb-6">
        <p className="text-stone-700">{areaLabel("homeIntro", area, {}, lang)}</p>
        <CountyChoice scope={scope} action={localePath("/", lang)} hidden={query ? { q: query } : {}} lang={lang} />
      </div>
      {latest && (
        <>
          <CountyTotals {...latest} area={area} lang={lang} />
          <CountyTrend years={county} area={area} includesDemo={county.some((y) => y.includesDemo)} lang={lang} />
        </>
      )}
      <section aria-labelledby="departments-title" id="departments" className="mt-8 scroll-mt-4">
        <h2 id="departments-title" className="text-lg font-bold">
          {latest ? labelf("departmentsTitle", { year: latest.year }, lang) : label("colDepartment", lang)}
        </h2>
        <SearchForm query={query} action={localePath("/#departments", lang)} hidden={kept} clearHref={homeHref({})} lang={lang} />
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
          <Link href={localePath(`/years${scope.chosen ? `?${new URLSearchParams(kept)}` : ""}`, lang)} className="text-blue-800 underline underline-offset-2">
            {label("allYears", lang)}
          </Link>
        </p>
      </section>
    </>
  );
}

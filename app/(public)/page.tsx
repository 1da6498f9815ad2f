import Link from "next/link";
import { connection } from "next/server";
import { getDb } from "@/db";
import { countyTotalsByYear, departmentSummaryPage } from "@/db/queries/public-stats";
import { CountyTotals } from "@/components/public/county-totals";
import { CountyTrend } from "@/components/public/county-trend";
import { DepartmentTable } from "@/components/public/department-table";
import { label, labelf } from "@/components/public/labels";
import { SearchForm } from "@/components/public/search-form";
import { searchQuery } from "@/components/public/url-params";

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function HomePage({ searchParams }: Props) {
  await connection(); // read at request time, never at build time
  const params = await searchParams;
  const query = searchQuery(params.q);
  const requestedPage = Number(Array.isArray(params.page) ? params.page[0] : params.page);
  const db = await getDb();
  const county = await countyTotalsByYear(db);
  const latest = county.at(-1) ?? null;
  const listing = await departmentSummaryPage(db, {
    year: latest?.year ?? null,
    query,
    page: Number.isInteger(requestedPage) && requestedPage > 0 ? requestedPage : 1,
  });
  const departments = listing.departments;
  const pageHref = (page: number) => `/?${new URLSearchParams({ ...(query ? { q: query } : {}), page: String(page) })}#departments`;
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">{label("homeTitle")}</h1>
      <p className="mb-6 text-stone-700">{label("homeIntro")}</p>
      {latest && (
        <>
          <CountyTotals {...latest} />
          <CountyTrend years={county} includesDemo={county.some((y) => y.includesDemo)} />
        </>
      )}
      <section aria-labelledby="departments-title" id="departments" className="mt-8 scroll-mt-4">
        <h2 id="departments-title" className="text-lg font-bold">
          {latest ? labelf("departmentsTitle", { year: latest.year }) : label("colDepartment")}
        </h2>
        <SearchForm query={query} action="/#departments" />
        {query && (
          <p className="text-sm text-stone-700" role="status">
            {labelf("searchResult", { q: query, count: listing.total })}
          </p>
        )}
        {departments.length > 0 && latest ? (
          <DepartmentTable year={latest.year} departments={departments} />
        ) : (
          <p className="mt-4">{query ? labelf("noMatches", { q: query }) : label("noDepartments")}</p>
        )}
        {listing.pageCount > 1 && (
          <nav aria-label="部门列表分页" className="mt-4 flex flex-wrap items-center gap-4 text-sm" data-testid="department-pages">
            {listing.page > 1 && (
              <Link href={pageHref(listing.page - 1)} className="text-blue-800 underline underline-offset-2">
                上一页
              </Link>
            )}
            <span>
              第 {listing.page} / {listing.pageCount} 页，共 {listing.total} 个部门
            </span>
            {listing.page < listing.pageCount && (
              <Link href={pageHref(listing.page + 1)} className="text-blue-800 underline underline-offset-2">
                下一页
              </Link>
            )}
          </nav>
        )}
        <p className="mt-4 text-sm">
          <Link href="/years" className="text-blue-800 underline underline-offset-2">
            {label("allYears")}
          </Link>
        </p>
      </section>
    </>
  );
}

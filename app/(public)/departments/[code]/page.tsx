import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { departmentTrend } from "@/db/queries/public-stats";
import { DemoBadge } from "@/components/ui/demo-badge";
import { Breadcrumb } from "@/components/public/breadcrumb";
import { DepartmentProfile } from "@/components/public/department-profile";
import { DepartmentTrends } from "@/components/public/department-trends";
import { label, labelf } from "@/components/public/labels";
import { isDepartmentCode } from "@/components/public/url-params";

/** Cached like the disclosure page: rendered on first visit, revalidated by every approval. */
export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

interface Params {
  params: Promise<{ code: string }>;
}

async function load({ params }: Params) {
  const { code } = await params;
  if (!isDepartmentCode(code)) return null;
  return departmentTrend(await getDb(), code);
}

export async function generateMetadata(props: Params): Promise<Metadata> {
  const trend = await load(props);
  if (!trend) return { title: "未找到" };
  return { title: `${labelf("departmentTitle", { name: trend.name })}${trend.isDemo ? label("demoTitleSuffix") : ""}` };
}

export default async function DepartmentPage(props: Params) {
  const trend = await load(props);
  if (!trend) notFound();
  const code = encodeURIComponent(trend.code);
  return (
    <>
      <Breadcrumb trail={[{ text: `${trend.code} ${trend.name}` }]} />
      <h1 className="mb-2 text-2xl font-bold" data-testid="department-title">
        {labelf("departmentTitle", { name: trend.name })}
        {trend.isDemo && (
          <>
            {" "}
            <DemoBadge />
          </>
        )}
      </h1>
      <section aria-labelledby="years-title" className="mt-6">
        <h2 id="years-title" className="text-lg font-bold">
          {label("publishedYearsTitle")}
        </h2>
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-2" data-testid="department-years">
          {trend.years.map(({ year }) => (
            <li key={year}>
              <Link
                href={`/departments/${code}/${year}`}
                className="text-blue-800 underline underline-offset-2"
                aria-label={labelf("yearLinkName", { name: trend.name, year })}
              >
                {labelf("yearLink", { year })}
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <DepartmentTrends trend={trend} />
      <DepartmentProfile year={trend.latest.year} duties={trend.latest.duties} units={trend.latest.units} />
    </>
  );
}

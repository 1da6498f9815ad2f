import type { PublicCounty } from "@/db/queries/public-stats";
import { keptCounties } from "@/lib/public-queries";
import { label, labelf, type Area, type Lang } from "./labels";
import { SelectForm } from "./select-form";

/**
 * The county a visitor of a province-wide platform chose (`?county=130123` on the home page and
 * the year view): its totals, its departments, its ranking. On a platform where one county has
 * published there is nothing to choose and nothing is shown.
 */
export interface CountyScope {
  /** Every county with published disclosures, by code. */
  counties: PublicCounty[];
  chosen: PublicCounty | null;
  /** What was asked for when no such county has published: said on the page, all counties shown. */
  unknown: string | null;
}

export async function countyScope(code: string): Promise<CountyScope> {
  const counties = await keptCounties();
  const chosen = code === "" ? null : (counties.find((c) => c.code === code) ?? null);
  return { counties, chosen, unknown: code !== "" && chosen === null ? code : null };
}

/** Whose totals the page shows, for areaLabel: the chosen county, or all of them. */
export function scopeArea(scope: CountyScope, counties = scope.counties.length): Area {
  return scope.chosen ? { counties: 1, county: scope.chosen.name } : { counties, county: null };
}

/** The chosen county as address parameters, to keep it in links and forms. */
export function countyParams(scope: CountyScope): Record<string, string> {
  return scope.chosen ? { county: scope.chosen.code } : {};
}

export function CountyChoice(props: { scope: CountyScope; action: string; hidden?: Record<string, string>; lang?: Lang }) {
  const { scope, lang } = props;
  if (scope.counties.length < 2 && !scope.unknown) return null;
  return (
    <>
      {scope.unknown && (
        <p role="status" className="text-sm text-amber-900" data-testid="county-unknown">
          {labelf("countyUnknown", { county: scope.unknown }, lang)}
        </p>
      )}
      {scope.counties.length > 1 && (
        <SelectForm
          action={props.action}
          id="county-choice"
          name="county"
          label={label("countyLabel", lang)}
          options={[{ value: "", text: label("allCounties", lang) }, ...scope.counties.map((c) => ({ value: c.code, text: c.name }))]}
          value={scope.chosen?.code ?? ""}
          submit={label("countyApply", lang)}
          hidden={props.hidden}
          testId="county-choice"
        />
      )}
    </>
  );
}

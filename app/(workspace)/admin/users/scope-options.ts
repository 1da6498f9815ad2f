/** The choices the user forms offer: every region, and every department labelled for a checkbox. */
import type { Executor } from "@/db";
import { listDepartmentsWithRegion, listRegions } from "@/db/queries/admin";
import type { ScopeOptions } from "./user-scope-fields";

export async function loadScopeOptions(db: Executor): Promise<ScopeOptions> {
  const [regions, departments] = await Promise.all([listRegions(db), listDepartmentsWithRegion(db)]);
  const manyRegions = regions.length > 1;
  return {
    regions: regions.map((r) => ({ id: r.id, name: `${r.province} ${r.name}` })),
    departments: departments.map((d) => ({
      id: d.id,
      label: `${manyRegions ? `${d.regionName} ` : ""}${d.code} ${d.name}`,
    })),
  };
}

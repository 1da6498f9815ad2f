/**
 * A document printed as a published disclosure prints it: every total, subtotal, change and
 * percentage stated, and stated exactly as the lines give it (lib/disclosure/figures.ts). Used for
 * the invented demo and benchmark data, which must be consistent with every check.
 */
import { deriveFigures } from "./figures";
import type { DisclosureDocument } from "./schema";

export function withStatedFigures(doc: DisclosureDocument): DisclosureDocument {
  const f = deriveFigures(doc);
  const changes = Object.fromEntries(Object.entries(f.change).filter(([, value]) => value !== null)) as Record<string, number>;
  const percents = {
    ...(f.changePercent.total === null ? {} : { totalPercent: f.changePercent.total }),
    ...(f.changePercent.basic === null ? {} : { basicPercent: f.changePercent.basic }),
    ...(f.changePercent.project === null ? {} : { projectPercent: f.changePercent.project }),
  };
  return {
    ...doc,
    revenue: { ...doc.revenue, statedTotal: f.revenueTotal },
    expenditure: { ...doc.expenditure, statedTotal: f.expenditureTotal, statedBasic: f.basic, statedProject: f.project },
    change: { ...doc.change, stated: { ...changes, ...percents } },
    operatingCosts: { ...doc.operatingCosts, statedTotal: f.operatingCosts },
    sangong: { ...doc.sangong, statedTotal: f.sangong.total, statedVehicle: f.sangong.vehicle, ...(f.sangongChange.total === null ? {} : { statedChange: f.sangongChange.total }) },
    procurement: { ...doc.procurement, statedTotal: f.procurementTotal },
    assets: { ...doc.assets, statedPlannedTotal: f.plannedPurchases, table: { ...doc.assets.table, statedTotal: f.assetTotal } },
  };
}

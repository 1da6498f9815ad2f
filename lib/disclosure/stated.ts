/**
 * A document printed as a published disclosure prints it: every total, subtotal, change and
 * percentage stated, and stated exactly as the lines give it (lib/disclosure/figures.ts). Used for
 * the invented demo and benchmark data, which must be consistent with every check.
 */
import { deriveFigures } from "./figures";
import type { DisclosureDocument } from "./schema";

/** The figures that are known: a total over a figure not stated (null) is not printed either. */
function defined<K extends string>(figures: Record<K, number | null>): Partial<Record<K, number>> {
  return Object.fromEntries(Object.entries(figures).filter(([, value]) => value !== null)) as Partial<Record<K, number>>;
}

export function withStatedFigures(doc: DisclosureDocument): DisclosureDocument {
  const f = deriveFigures(doc);
  const changes = defined(f.change);
  const percents = {
    ...(f.changePercent.total === null ? {} : { totalPercent: f.changePercent.total }),
    ...(f.changePercent.basic === null ? {} : { basicPercent: f.changePercent.basic }),
    ...(f.changePercent.project === null ? {} : { projectPercent: f.changePercent.project }),
  };
  return {
    ...doc,
    revenue: { ...doc.revenue, ...defined({ statedTotal: f.revenueTotal }) },
    expenditure: { ...doc.expenditure, ...defined({ statedTotal: f.expenditureTotal, statedBasic: f.basic }), statedProject: f.project },
    change: { ...doc.change, stated: { ...changes, ...percents } },
    operatingCosts: { ...doc.operatingCosts, ...defined({ statedTotal: f.operatingCosts }) },
    sangong: { ...doc.sangong, ...defined({ statedTotal: f.sangong.total, statedVehicle: f.sangong.vehicle, statedChange: f.sangongChange.total }) },
    procurement: { ...doc.procurement, statedTotal: f.procurementTotal },
    assets: { ...doc.assets, statedPlannedTotal: f.plannedPurchases, table: { ...doc.assets.table, statedTotal: f.assetTotal } },
  };
}

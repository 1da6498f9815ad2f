/**
 * The 所列数 sheet's values: every stated figure of a document, undefined when not stated; 收入合计
 * and 机关运行经费合计 are the text 未列示 where the document marks that section not stated.
 */
import { NOT_STATED } from "../disclosure/figures";
import type { DisclosureDocument } from "../disclosure/schema";
import type { StatedKey } from "./read-more";

export function statedValues(doc: DisclosureDocument): Record<StatedKey, number | typeof NOT_STATED | undefined> {
  const s = doc.change.stated;
  return {
    revenueTotal: doc.revenue.notStated ? NOT_STATED : doc.revenue.statedTotal,
    expenditureTotal: doc.expenditure.statedTotal,
    basic: doc.expenditure.statedBasic,
    project: doc.expenditure.statedProject,
    changeTotal: s.total,
    changeBasic: s.basic,
    changePersonnel: s.personnel,
    changePublicFunds: s.publicFunds,
    changeProject: s.project,
    totalPercent: s.totalPercent,
    basicPercent: s.basicPercent,
    projectPercent: s.projectPercent,
    operatingTotal: doc.operatingCosts.notStated ? NOT_STATED : doc.operatingCosts.statedTotal,
    sangongTotal: doc.sangong.statedTotal,
    sangongVehicle: doc.sangong.statedVehicle,
    sangongChange: doc.sangong.statedChange,
    procurementTotal: doc.procurement.statedTotal,
    plannedTotal: doc.assets.statedPlannedTotal,
    assetTotal: doc.assets.table.statedTotal,
  };
}

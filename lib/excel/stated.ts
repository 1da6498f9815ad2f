/**
 * The 所列数 sheet's values: every stated figure of a document, undefined when not stated. (A
 * section marked 未列示 says so in 概述's mark rows, not here: workbook.ts.)
 */
import type { DisclosureDocument } from "../disclosure/schema";
import type { StatedKey } from "./read-more";

export function statedValues(doc: DisclosureDocument): Record<StatedKey, number | undefined> {
  const s = doc.change.stated;
  return {
    revenueTotal: doc.revenue.statedTotal,
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
    operatingTotal: doc.operatingCosts.statedTotal,
    sangongTotal: doc.sangong.statedTotal,
    sangongVehicle: doc.sangong.statedVehicle,
    sangongChange: doc.sangong.statedChange,
    procurementTotal: doc.procurement.statedTotal,
    plannedTotal: doc.assets.statedPlannedTotal,
    assetTotal: doc.assets.table.statedTotal,
  };
}

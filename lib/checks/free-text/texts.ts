/**
 * The free texts of a disclosure whose numbers are read, with the measure each one explains (a
 * reason field explains its own item; the rendering prints it right after that item's change).
 */
import { SANGONG_LABELS } from "../../disclosure/sections";
import { SANGONG_ITEMS, type DisclosureDocument, type SangongItem } from "../../disclosure/schema";

export interface FreeText {
  /** Dotted path of the field, as findings name it (the editor links to it). */
  field: string;
  /** How a finding names the text. */
  label: string;
  /** measures.ts id of the measure the text explains, if it explains one. */
  explains?: string;
  read(doc: DisclosureDocument): string;
}

const SANGONG_MEASURE: Record<SangongItem, string> = {
  abroad: "sangongAbroad",
  vehiclePurchase: "sangongVehiclePurchase",
  vehicleOperation: "sangongVehicleOperation",
  reception: "sangongReception",
};

export const FREE_TEXTS: readonly FreeText[] = [
  { field: "preamble", label: "开篇段落", read: (d) => d.preamble },
  { field: "overview", label: "总体情况说明", read: (d) => d.overview },
  { field: "revenue.intro", label: "收入说明", read: (d) => d.revenue.intro },
  { field: "expenditure.intro", label: "支出说明", read: (d) => d.expenditure.intro },
  { field: "change.reasons.personnel", label: "人员经费变动原因", explains: "personnel", read: (d) => d.change.reasons.personnel },
  { field: "change.reasons.publicFunds", label: "日常公用经费变动原因", explains: "publicFunds", read: (d) => d.change.reasons.publicFunds },
  { field: "change.reasons.project", label: "项目支出变动原因", explains: "project", read: (d) => d.change.reasons.project },
  { field: "operatingCosts.purpose", label: "机关运行经费用途", explains: "operatingCosts", read: (d) => d.operatingCosts.purpose },
  ...SANGONG_ITEMS.map((item): FreeText => ({
    field: `sangong.reasons.${item}`,
    label: `${SANGONG_LABELS[item]}变动原因`,
    explains: SANGONG_MEASURE[item],
    read: (d) => d.sangong.reasons[item],
  })),
  { field: "procurement.emptyStatement", label: "政府采购说明", read: (d) => d.procurement.emptyStatement },
  { field: "otherMatters", label: "其他需要说明的事项", read: (d) => d.otherMatters },
];

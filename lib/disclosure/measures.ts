/**
 * The comparison measures and their names (Chinese, and English for the /en pages), apart from figures.ts so that a browser module
 * can name a measure without carrying the document schema (and zod) that deriving figures needs.
 */
import type { Yuan } from "../money";

/**
 * The headline figures compared across departments and years (db table `disclosure_figures`).
 * Keys are the comparison measures' ids.
 */
export const HEADLINE_MEASURES = [
  "total",
  "basic",
  "personnel",
  "publicFunds",
  "project",
  "sangongTotal",
  "sangongAbroad",
  "sangongVehiclePurchase",
  "sangongVehicleOperation",
  "sangongReception",
  "operatingCosts",
  "assetTotal",
] as const;
export type HeadlineMeasure = (typeof HEADLINE_MEASURES)[number];
/** null: the disclosure does not state the figure (未列示); it is stored as NULL, never as 0. */
export type HeadlineFigures = Record<Exclude<HeadlineMeasure, AlwaysStated>, Yuan | null> & Record<AlwaysStated, Yuan>;
/** 项目支出 (a sum over the listed projects, 0 for none) and 固定资产总额 are always stated. */
type AlwaysStated = "project" | "assetTotal";
/** Sums of headline figures over disclosures: the stated ones only (see the not-stated counts beside them). */
export type HeadlineTotals = Record<HeadlineMeasure, Yuan>;

export const MEASURE_LABELS: Record<HeadlineMeasure, string> = {
  total: "支出总计",
  basic: "基本支出",
  personnel: "人员经费",
  publicFunds: "日常公用经费",
  project: "项目支出",
  sangongTotal: "“三公”经费合计",
  sangongAbroad: "因公出国（境）费",
  sangongVehiclePurchase: "公务用车购置费",
  sangongVehicleOperation: "公务用车运行维护费",
  sangongReception: "公务接待费",
  operatingCosts: "机关运行经费",
  assetTotal: "固定资产总额",
};

/**
 * The same in English, for every English page (the public statistics and the comparison). 日常公用经费
 * (the office and running expenses within 基本支出) is the public (office) funds; 机关运行经费 (what
 * the organs spend to keep running, reported apart) is the operating costs — as the disclosure's
 * section of that name is titled (lib/disclosure/sections.ts).
 */
export const MEASURE_LABELS_EN: Record<HeadlineMeasure, string> = {
  total: "Total expenditure",
  basic: "Basic expenditure",
  personnel: "Personnel",
  publicFunds: "Public (office) funds",
  project: "Project expenditure",
  sangongTotal: "“Three public” expenses",
  sangongAbroad: "Official travel abroad",
  sangongVehiclePurchase: "Vehicle purchase",
  sangongVehicleOperation: "Vehicle operation",
  sangongReception: "Official reception",
  operatingCosts: "Operating costs",
  assetTotal: "Fixed assets",
};


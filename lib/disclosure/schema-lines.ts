/**
 * The budget lines a disclosure's national tables are derived from (lib/disclosure/tables/), and
 * the staff counts. Kept beside schema.ts, which composes them into the document.
 *
 * - An expenditure line is one 支出功能分类 项 (7 digits) × kind (人员经费 / 公用经费 = 基本支出;
 *   项目支出) × funding source (the revenue source keys) × amount. A project line names its project,
 *   so the 项目支出表 lists projects with their codes.
 * - An economic line is one 部门预算支出经济分类 款 (5 digits) of the 一般公共预算 basic spending;
 *   whether it is 人员经费 or 公用经费 follows from the code (lib/classification personnelOrPublic).
 * - `lines: null` means the tables were not published with the source text (未随原文公开): the
 *   portal then shows that note, never invented lines (the seed 434/2018).
 */
import { z } from "zod";
// Before any schema below is built: the editor may reach this module before schema.ts.
import "../zod-csp";

/** Funding sources of a line, one per revenue source of the document (schema.ts REVENUE_SOURCE_KEYS). */
export const FUNDING_SOURCE_KEYS = [
  "general",
  "fund",
  "specialAccount",
  "other",
  "stateCapital",
  "unitFunds",
  "carryover",
] as const;
export type FundingSource = (typeof FUNDING_SOURCE_KEYS)[number];

/** 财政拨款: the sources the 财政拨款收支总表 covers. */
export const FISCAL_SOURCES: readonly FundingSource[] = ["general", "fund", "stateCapital"];

export const SPENDING_KINDS = ["personnel", "public", "project"] as const;
export type SpendingKind = (typeof SPENDING_KINDS)[number];
/** As the tables name them: 人员经费 and 公用经费 make up 基本支出. */
export const SPENDING_KIND_LABELS: Readonly<Record<SpendingKind, string>> = { personnel: "人员经费", public: "公用经费", project: "项目支出" };

/** The most lines a document holds (the Excel import stops reading a sheet beyond them). */
export const MAX_EXPENDITURE_LINES = 2_000;
export const MAX_ECONOMIC_LINES = 300;

const yuan = z.number().int("金额必须精确到元").min(0, "金额不能为负数").max(9e14, "金额过大");
/** A head count; null: not stated (未列示). */
const count = z.number().int("人数必须为整数").min(0, "人数不能为负数").max(1e7).nullable();

/** `complete`: the code must be filled in; a draft may hold a line whose code is still empty. */
export function linesSchemas(complete: boolean) {
  const code = (digits: number, label: string) =>
    z
      .string()
      .trim()
      .regex(complete ? new RegExp(`^\\d{${digits}}$`) : new RegExp(`^(\\d{${digits}})?$`), `${label}应为${digits}位数字`);

  const expenditureLineSchema = z.object({
    functionCode: code(7, "支出功能分类科目编码（项）"),
    kind: z.enum(SPENDING_KINDS),
    source: z.enum(FUNDING_SOURCE_KEYS),
    /** The project a 项目支出 line belongs to (项目支出表); empty for 基本支出. */
    project: z.string().trim().max(200, "文字不能超过200字"),
    amount: yuan,
  });

  const economicLineSchema = z.object({
    economicCode: code(5, "支出经济分类科目编码（款）"),
    amount: yuan,
  });

  const budgetLinesSchema = z.object({
    expenditure: z.array(expenditureLineSchema).max(MAX_EXPENDITURE_LINES, `不能超过${MAX_EXPENDITURE_LINES}行`),
    economic: z.array(economicLineSchema).max(MAX_ECONOMIC_LINES, `不能超过${MAX_ECONOMIC_LINES}行`),
    /** 结转下年: 支出总计 = 本年支出合计 + 结转下年. */
    carryForward: yuan,
  });

  return { expenditureLineSchema, economicLineSchema, budgetLinesSchema };
}

/** 编制数 and 实有人数 (在职 / 离退休); a stated total is checked against its parts. */
export const staffSchema = z.object({
  authorized: count, // 编制数
  active: count, // 在职
  retired: count, // 离退休
  statedTotal: count, // 实有人数 as printed
});

const complete = linesSchemas(true);
export const { expenditureLineSchema, economicLineSchema, budgetLinesSchema } = complete;

export type ExpenditureLine = z.infer<typeof expenditureLineSchema>;
export type EconomicLine = z.infer<typeof economicLineSchema>;
export type BudgetLines = z.infer<typeof budgetLinesSchema>;
export type Staff = z.infer<typeof staffSchema>;

export const NO_STAFF: Staff = { authorized: null, active: null, retired: null, statedTotal: null };

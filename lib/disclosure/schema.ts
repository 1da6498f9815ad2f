/**
 * The disclosure document: everything one 部门预算信息公开 says, section by section, in the order
 * of domain.md. One zod schema is the type (via z.infer), the server-side validation of every write,
 * and the shape stored per version (jsonb).
 *
 * Rules of the shape:
 * - Amounts are integers of 元 (lib/money.ts). Line amounts are non-negative; only changes may be
 *   negative.
 * - Totals, subtotals, changes and percentages are derived from the lines (lib/disclosure/figures.ts).
 *   A `stated*` field holds a figure as a historic document printed it, so that a published slip is
 *   kept as published and surfaces as a check finding; new drafts leave them empty.
 * - Narrative sentences are generated from the data; the document only keeps the free-text parts
 *   (reasons, descriptions, statements).
 *
 * Two schemas of one shape: `disclosureDocumentSchema` (complete: every list row named) is what
 * submitting, approving, importing and publishing require; `draftDocumentSchema` is what a draft
 * may be saved as while it is being written — the same limits on amounts (non-negative integers
 * of 元, as the database's check constraint also demands), lengths and row counts, but a row's
 * required text may still be empty. An editor who adds a row and fills it later must not have the
 * rest of the draft held back meanwhile; incompleteness blocks submission instead.
 */
import { z } from "zod";
import "../zod-csp";
import { FUNDING_SOURCE_KEYS, linesSchemas, staffSchema } from "./schema-lines";
import { upgradeDocument } from "./upgrade";

const TEXT = 2_000;
const LONG_TEXT = 20_000;
const ROWS = 500;

const yuan = z.number().int("金额必须精确到元").min(0, "金额不能为负数").max(9e14, "金额过大");
const signedYuan = z.number().int("金额必须精确到元").min(-9e14).max(9e14);
/** A figure the document may not state: null is 未列示, distinct from 0. */
const maybeYuan = yuan.nullable();
/**
 * A section whose amount is a sum over its rows (收入 over its sources, 机关运行经费 over its
 * items) is marked not stated (未列示) by this flag rather than by a nullable amount: its rows
 * stay as they are (the amounts are not the figure, their sum is), and a document without the
 * flag reads exactly as it did before — an absent flag keeps the older implicit rule "no amounts
 * and no stated total is not stated" (lib/disclosure/figures.ts). true: 未列示, whatever the rows
 * hold; false: stated, even a 0 with no rows (the editor's explicit choice).
 */
const notStatedFlag = z.boolean().optional();
const text = (max = TEXT) => z.string().trim().max(max, `文字不能超过${max}字`);
/** Text a complete document must hold (a row's name …); a draft may leave it empty. */
type Required = (label: string, max?: number) => z.ZodString;
const requiredText: Required = (label, max = TEXT) => text(max).min(1, `请填写${label}`);
const lenientText: Required = (_label, max = TEXT) => text(max);
const rows = <T extends z.ZodType>(item: T, max = ROWS) => z.array(item).max(max, `不能超过${max}行`);

/**
 * The revenue sources of one year. Later years add 国有资本经营, 单位资金, 上年结转结余 …
 * The same keys name the funding source of an expenditure line. `carryover` (上年结转结余) is no
 * 本年收入: 本年收入合计 leaves it out, 收入总计 includes it.
 */
export const REVENUE_SOURCE_KEYS = FUNDING_SOURCE_KEYS;
export type RevenueSourceKey = (typeof REVENUE_SOURCE_KEYS)[number];

/** Last year's expenditure figures as this disclosure states them; null: not stated. */
export const changeFiguresSchema = z.object({
  personnel: maybeYuan,
  publicFunds: maybeYuan,
  project: maybeYuan,
});

export const statedChangesSchema = z.object({
  total: signedYuan.optional(),
  basic: signedYuan.optional(),
  personnel: signedYuan.optional(),
  publicFunds: signedYuan.optional(),
  project: signedYuan.optional(),
  /** Stated percentages (change ÷ prior-year amount), in percent with two decimals. */
  totalPercent: z.number().optional(),
  basicPercent: z.number().optional(),
  projectPercent: z.number().optional(),
});

/** This year's 三公 items; null: not stated (未列示), distinct from a stated 0. */
export const sangongSchema = z.object({
  abroad: maybeYuan, // 因公出国（境）费
  vehiclePurchase: maybeYuan, // 公务用车购置费
  vehicleOperation: maybeYuan, // 公务用车运行维护费
  reception: maybeYuan, // 公务接待费
});

/** Last year's 三公 items as this disclosure states them; null: not stated. */
export const sangongPriorSchema = z.object({
  abroad: maybeYuan,
  vehiclePurchase: maybeYuan,
  vehicleOperation: maybeYuan,
  reception: maybeYuan,
});

export const SANGONG_ITEMS = ["abroad", "vehiclePurchase", "vehicleOperation", "reception"] as const;
export type SangongItem = (typeof SANGONG_ITEMS)[number];

export const assetTableSchema = z.object({
  asOf: z.iso.date("截止时间格式应为 YYYY-MM-DD"),
  buildingsArea: z.number().min(0), // 房屋（平方米）
  buildingsValue: yuan,
  officeArea: z.number().min(0), // 其中：办公用房（平方米）
  officeValue: yuan,
  vehicleCount: z.number().int().min(0), // 车辆（台、辆）
  vehicleValue: yuan,
  equipmentValue: yuan, // 单价在20万元以上的设备
  otherValue: yuan, // 其他固定资产
  statedTotal: yuan.optional(), // 资产总额 as printed
});

/** The schemas that hold required text, built with `required` as strict or lenient. */
function documentSchemas(required: Required, complete: boolean) {
  const { budgetLinesSchema } = linesSchemas(complete);
  const unitSchema = z.object({
    name: required("单位名称", 200),
    nature: required("单位性质", 20), // 行政 / 事业 / 参公
    rank: text(50), // 单位规格, e.g. 正科级
    funding: text(50), // 经费保障形式, e.g. 财政拨款
  });

  const revenueSourceSchema = z.object({
    key: z.enum(REVENUE_SOURCE_KEYS),
    label: required("收入来源名称", 50), // as that year's document names it, e.g. 一般预算收入
    amount: yuan,
  });

  const namedAmountSchema = z.object({
    name: required("名称", 200),
    amount: yuan,
  });

  const indicatorSchema = z.object({
    name: required("绩效指标", 200),
    // 评价标准 kept as text: "≥95%", "≥3", "归侨侨眷满意率90%以上"
    excellent: text(200),
    good: text(200),
    fair: text(200),
    poor: text(200),
  });

  const activityFields = {
    title: required("职责活动名称", 300),
    budget: yuan.nullable(), // 年度预算数 may be empty
    description: text(),
    goal: text(),
    indicators: rows(indicatorSchema, 50),
  };

  const subActivitySchema = z.object(activityFields);
  const activitySchema = z.object({
    ...activityFields,
    children: rows(subActivitySchema, 50),
  });

  const procurementLineSchema = z.object({
    sourceProject: text(200), // 政府采购项目来源：项目名称
    sourceBudget: yuan.nullable(), // 政府采购项目来源：预算资金
    catalogCode: text(50), // 政府采购目录序号
    item: required("采购项目名称", 200),
    unit: text(20), // 数量单位
    unitPrice: yuan.nullable(),
    quantity: z.number().min(0).nullable(),
    general: yuan, // 一般公共预算拨款
    fund: yuan, // 基金预算拨款安排
    specialAccount: yuan, // 财政专户核拨资金
    other: yuan, // 其他来源收入安排
    otherChannels: yuan, // 其他渠道资金
    statedTotal: yuan.optional(),
  });

  const plannedPurchaseSchema = z.object({
    item: required("购置资产名称", 200),
    quantity: z.number().int().min(0).nullable(),
    unit: text(10), // 台 / 套
    amount: yuan,
  });

  const glossaryTermSchema = z.object({
    term: required("名词", 100),
    definition: required("解释", 2_000),
  });

  const documentSchema = z.object({
    /** 2 since the budget lines; version-1 documents are upgraded on every read (upgrade.ts). */
    schemaVersion: z.literal(2),
    /** 按照《预算法》… opening paragraph. */
    preamble: text(),

    // 一、部门职责及机构设置情况
    duties: rows(required("职责", 2_000), 100),
    units: rows(unitSchema, 200),

    // 二、部门预算安排的总体情况
    overview: text(), // 按照预算管理有关规定…
    revenue: z.object({
      intro: text(), // 反映本部门当年全部收入
      sources: rows(revenueSourceSchema, 20),
      statedTotal: yuan.optional(), // 收入总计 as printed (with 上年结转结余)
      statedCurrentTotal: yuan.optional(), // 本年收入合计 as printed (without it)
      prior: maybeYuan, // 上年收入总计
      notStated: notStatedFlag, // 本年收入未列示
    }),
    expenditure: z.object({
      intro: text(), // 收支预算总表支出栏…
      personnel: maybeYuan, // 人员经费; null: not stated (未列示)
      publicFunds: maybeYuan, // 日常公用经费; null: not stated (未列示)
      projects: rows(namedAmountSchema, 300),
      statedTotal: yuan.optional(),
      statedBasic: yuan.optional(),
      statedProject: yuan.optional(),
    }),
    change: z.object({
      priorYear: z.number().int().min(1990).max(2100),
      /** Last year's amounts as this disclosure states them. */
      prior: changeFiguresSchema,
      stated: statedChangesSchema,
      reasons: z.object({
        personnel: text(), // 因人员变化
        publicFunds: text(), // 因工作实际
        project: text(), // 主要为…
      }),
    }),

    // 三、机关运行经费
    operatingCosts: z.object({
      purpose: text(), // 用于保障我部门正常运转
      items: rows(namedAmountSchema, 50),
      statedTotal: yuan.optional(),
      prior: maybeYuan, // 上年机关运行经费
      notStated: notStatedFlag, // 机关运行经费未列示
    }),

    // 四、财政拨款“三公”经费
    sangong: z.object({
      current: sangongSchema,
      prior: sangongPriorSchema,
      statedTotal: yuan.optional(),
      statedVehicle: yuan.optional(), // 公务用车购置及运维费
      statedChange: signedYuan.optional(),
      reasons: z.object({
        abroad: text(),
        vehiclePurchase: text(),
        vehicleOperation: text(),
        reception: text(),
      }),
    }),

    // 五、绩效预算信息
    performance: z.object({
      overallGoals: rows(required("绩效目标", 5_000), 100),
      activities: rows(activitySchema, 100),
    }),

    // 六、政府采购预算
    procurement: z.object({
      lines: rows(procurementLineSchema),
      statedTotal: yuan.optional(),
      /** Published with an empty table, e.g. 2018年度未安排政府采购预算，空表列示。 */
      emptyStatement: text(),
    }),

    // 七、国有资产信息
    assets: z.object({
      plannedPurchases: rows(plannedPurchaseSchema, 200),
      statedPlannedTotal: yuan.optional(),
      table: assetTableSchema,
    }),

    // 八、专业名词解释
    glossary: rows(glossaryTermSchema, 100),

    // 九、其他需要说明的事项
    otherMatters: text(LONG_TEXT),

    // 部门预算公开表: the lines they are derived from; null: not given with this document.
    lines: budgetLinesSchema.nullable(),
    // 人员情况: 编制数, 实有人数 (在职 / 离退休).
    staff: staffSchema,
  });

  return { unitSchema, revenueSourceSchema, namedAmountSchema, indicatorSchema, subActivitySchema, activitySchema, procurementLineSchema, plannedPurchaseSchema, glossaryTermSchema, documentSchema };
}

const complete = documentSchemas(requiredText, true);

export const { unitSchema, revenueSourceSchema, namedAmountSchema, indicatorSchema, subActivitySchema, activitySchema } = complete;
export const { procurementLineSchema, plannedPurchaseSchema, glossaryTermSchema } = complete;
/**
 * A complete document: what may be submitted, approved, imported and published. A version-1
 * document (stored before the budget lines, or kept in a browser's local copy) is upgraded first.
 */
export const disclosureDocumentSchema = z.preprocess(upgradeDocument, complete.documentSchema);
/** The complete document's fields, without the upgrade of older versions (its `shape` lists the top-level keys). */
export const documentFieldsSchema = complete.documentSchema;
/** A draft as it may be saved while being written: required texts may still be empty. */
export const draftDocumentSchema = z.preprocess(upgradeDocument, documentSchemas(lenientText, false).documentSchema);

export type DisclosureDocument = z.infer<typeof complete.documentSchema>;
export type Unit = z.infer<typeof unitSchema>;
export type RevenueSource = z.infer<typeof revenueSourceSchema>;
export type NamedAmount = z.infer<typeof namedAmountSchema>;
export type Sangong = z.infer<typeof sangongSchema>;
export type SangongPrior = z.infer<typeof sangongPriorSchema>;
export type ChangeFigures = z.infer<typeof changeFiguresSchema>;
export type { BudgetLines, EconomicLine, ExpenditureLine, Staff } from "./schema-lines";
export type Activity = z.infer<typeof activitySchema>;
export type SubActivity = z.infer<typeof subActivitySchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
export type ProcurementLine = z.infer<typeof procurementLineSchema>;
export type PlannedPurchase = z.infer<typeof plannedPurchaseSchema>;
export type AssetTable = z.infer<typeof assetTableSchema>;
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

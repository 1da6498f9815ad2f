/**
 * THE REGISTRY OF SECTIONS — one place that says, for each part of a disclosure: its number as the
 * document prints it (一…九, 0 for the opening), its titles, the document keys it owns, the Chinese
 * label of every path under them (and the kind of value: 万元, percent, text), the Excel sheets
 * it is entered on, and what the completeness check requires of it. Everything else derives:
 * - the public rendering's headings, ids (#section-3) and contents list, and the editor's
 *   fieldsets and contents (components/disclosure/doc-parts.tsx, components/editor/fields.tsx);
 * - the review's grouping of changes and its comment anchors (lib/disclosure/diff.ts
 *   `sectionOfField`, field-names.ts `sectionLabel`) and the editor's scroll-to-field fallback
 *   (components/editor/field-target.ts) — both ask `sectionOf`, so they cannot disagree;
 * - the names of fields in diffs, the audit trail, findings and import errors (field-names.ts);
 * - the completeness rule (lib/checks/rules/completeness.ts);
 * - the workbook's sheet names and order, and the sheet a schema error is reported on
 *   (lib/excel/layout.ts, lib/excel/import.ts).
 *
 * The opening paragraph (`preamble`, 按照《预算法》…) is section 0: it is printed before 一 on the
 * public page, and a reviewer reading the changes of 二、部门预算安排的总体情况 would not look for
 * it there. The review calls section 0 全文 — its comments concern the document as a whole — and
 * lists the opening's changes under it; the editor shows the opening in its own part before 一.
 *
 * HOW TO ADD A FIELD: add it to lib/disclosure/schema.ts, then its label below, in the `parts` of
 * the section that owns its top-level key (sections.test.ts fails until every leaf of the sample
 * documents has a label and every top-level key an owner).
 * HOW TO ADD A TABLE to a section: its rows go under one of the section's keys, or a new key in its
 * `parts` (with its labels and the sheet it is entered on); the sheet's name goes in SHEET and the
 * section's `sheets`, its column layout in lib/excel/layout.ts, its rendering beside the section's.
 * HOW TO ADD A SECTION: one entry in SECTION_LIST (numbers follow the order), then its view
 * (components/disclosure/section-*.tsx) and its editor part (components/editor/section-*.tsx).
 */
import type { DisclosureDocument, SangongItem } from "./schema";
import { group, list, pct, t, y, type Branch, type FieldNode, type Leaf } from "./field-tree";
import { hasLines } from "./has-lines";

/** The workbook's sheets (lib/excel/): names are what editors see and what import looks for. */
export const SHEET = {
  guide: "说明",
  overview: "概述",
  duties: "部门职责",
  units: "机构设置",
  staff: "人员情况",
  revenue: "收入",
  expenditure: "支出",
  lines: "支出明细",
  economic: "基本支出经济分类",
  change: "上年数及增减说明",
  operating: "机关运行经费",
  sangong: "三公经费",
  goals: "总体绩效目标",
  activities: "绩效活动",
  procurement: "政府采购",
  assets: "国有资产",
  purchases: "拟购置资产",
  glossary: "名词解释",
  other: "其他事项",
  stated: "所列数",
} as const;
export type SheetName = (typeof SHEET)[keyof typeof SHEET];

export type DocumentKey = keyof DisclosureDocument;

export interface SectionPart {
  /** A top-level key of the document; each key belongs to exactly one section. */
  key: DocumentKey;
  /** The labels of this key and every path under it. */
  labels: FieldNode;
  /** Where an import error under this key is reported when no cell was recorded for it. */
  sheet: SheetName;
}

/** A required part left empty without a statement: a warning of lib/checks/rules/completeness.ts. */
export interface Requirement {
  id: string;
  /** The part's name in the message: "部门职责：未列出部门职责". */
  name: string;
  field: string;
  isEmpty: (doc: DisclosureDocument) => boolean;
  what: string;
  /** The rule's title when "<name>不能为空" does not fit. */
  title?: string;
}

export interface SectionDef {
  /** As the document numbers it: 1 → 一; 0 is the opening before 一. */
  number: number;
  /** The key its heading id and its views are named by (the first of `parts`). */
  key: DocumentKey;
  title: { zh: string; en: string };
  parts: readonly SectionPart[];
  /** The workbook sheets of this section, in workbook order. */
  sheets: readonly SheetName[];
  required: readonly Requirement[];
}

const blank = (text: string): boolean => text.trim() === "";
const named = { name: t("名称"), amount: y("金额") };
/** The four “三公” items, named as every disclosure names them (section 四, its checks and its sheet). */
export const SANGONG_LABELS: Readonly<Record<SangongItem, string>> = {
  abroad: "因公出国（境）费",
  vehiclePurchase: "公务用车购置费",
  vehicleOperation: "公务用车运行维护费",
  reception: "公务接待费",
};
/**
 * A figure the document leaves 未列示 (null, distinct from 0): a warning naming it, for the editor,
 * the reviewer and the public 数据核对 panel; no sentence, change or percentage is printed on it.
 * A warning, not an error: a department may genuinely not publish a figure, and says so by leaving
 * it 未列示 rather than typing a 0 it did not state. (Prior-year figures and whole sections left
 * unstated are named by lib/checks/rules/not-stated.ts.)
 */
const notStated = (id: string, name: string, field: string, label: string, isNotStated: (d: DisclosureDocument) => boolean): Requirement => ({
  id: `not-stated.${id}`,
  name,
  field,
  isEmpty: isNotStated,
  what: `${label}未列示`,
  title: `${name}：${label}未列示（不生成相应说明）`,
});
const sangongItems = (kind: (label: string) => Leaf) =>
  Object.fromEntries(Object.entries(SANGONG_LABELS).map(([key, label]) => [key, kind(label)]));
const activity = {
  title: t("名称"),
  budget: y("年度预算数"),
  description: t("内容描述"),
  goal: t("绩效目标"),
  indicators: list("绩效指标", { name: t("指标名称"), excellent: t("优"), good: t("良"), fair: t("中"), poor: t("差") }),
};

/** The opening before 一: the format version and the 按照《预算法》… paragraph. */
export const OPENING: SectionDef = {
  number: 0,
  key: "preamble",
  title: { zh: "开篇", en: "Opening" },
  parts: [
    { key: "schemaVersion", labels: t("格式版本"), sheet: SHEET.overview },
    { key: "preamble", labels: t("开篇段落"), sheet: SHEET.overview },
  ],
  // 概述 also holds the introductory texts of 二 and 三: they are typed in one place.
  sheets: [SHEET.overview],
  required: [],
};

const SECTION_LIST = [
  {
    key: "duties",
    title: { zh: "部门职责及机构设置情况", en: "Duties and organisation" },
    parts: [
      { key: "duties", labels: list("部门职责"), sheet: SHEET.duties },
      {
        key: "units",
        labels: list("机构设置", { name: t("单位名称"), nature: t("单位性质"), rank: t("单位规格"), funding: t("经费保障形式") }),
        sheet: SHEET.units,
      },
      {
        // 人员情况, printed with 一.
        key: "staff",
        labels: group("人员情况", { authorized: t("编制数"), active: t("在职人数"), retired: t("离退休人数"), statedTotal: t("实有人数（原文所列）") }),
        sheet: SHEET.staff,
      },
    ],
    sheets: [SHEET.duties, SHEET.units, SHEET.staff],
    required: [
      { id: "duties", name: "部门职责", field: "duties", isEmpty: (d) => d.duties.length === 0, what: "未列出部门职责" },
      { id: "units", name: "机构设置", field: "units", isEmpty: (d) => d.units.length === 0, what: "未列出所属单位" },
    ],
  },
  {
    key: "overview",
    title: { zh: "部门预算安排的总体情况", en: "Overall budget" },
    parts: [
      { key: "overview", labels: t("总体情况说明"), sheet: SHEET.overview },
      {
        key: "revenue",
        labels: group("", {
          intro: t("收入说明"),
          sources: list("收入来源", { key: t("类别"), label: t("名称"), amount: y("金额") }),
          statedTotal: y("收入总计（原文所列）"),
          statedCurrentTotal: y("本年收入合计（原文所列）"),
          prior: y("上年收入总计"),
          notStated: t("本年收入未列示"),
        }),
        sheet: SHEET.revenue,
      },
      {
        key: "expenditure",
        labels: group("", {
          intro: t("支出说明"),
          personnel: y("人员经费"),
          publicFunds: y("日常公用经费"),
          projects: list("项目支出", named),
          statedTotal: y("支出合计（原文所列）"),
          statedBasic: y("基本支出（原文所列）"),
          statedProject: y("项目支出（原文所列）"),
        }),
        sheet: SHEET.expenditure,
      },
      {
        key: "change",
        labels: group("比上年增减", {
          priorYear: t("对比年度"),
          prior: group("上年数", { personnel: y("人员经费"), publicFunds: y("日常公用经费"), project: y("项目支出") }),
          stated: group("原文所列增减", {
            total: y("支出合计"),
            basic: y("基本支出"),
            personnel: y("人员经费"),
            publicFunds: y("日常公用经费"),
            project: y("项目支出"),
            totalPercent: pct("支出合计增减率"),
            basicPercent: pct("基本支出增减率"),
            projectPercent: pct("项目支出增减率"),
          }),
          reasons: group("变动原因", { personnel: t("人员经费"), publicFunds: t("日常公用经费"), project: t("项目支出") }),
        }),
        sheet: SHEET.change,
      },
      {
        // The lines the national tables (附：部门预算公开表) are derived from; the narrative of 二–四
        // is computed from them when they hold amounts. Entered on 支出明细 (with 结转下年) and
        // 基本支出经济分类.
        key: "lines",
        labels: group("预算明细", {
          expenditure: list("支出明细", {
            functionCode: t("支出功能分类科目"),
            kind: t("支出类别"),
            source: t("资金来源"),
            project: t("项目名称"),
            amount: y("金额"),
          }),
          economic: list("基本支出经济分类明细", { economicCode: t("支出经济分类科目"), amount: y("金额") }),
          carryForward: y("结转下年"),
        }),
        sheet: SHEET.lines,
      },
    ],
    sheets: [SHEET.revenue, SHEET.expenditure, SHEET.lines, SHEET.economic, SHEET.change],
    required: [
      {
        id: "revenue-sources",
        name: "预算收入",
        field: "revenue.sources",
        isEmpty: (d) => d.revenue.notStated !== true && d.revenue.sources.length === 0,
        what: "未列出收入来源",
      },
      // Marked 未列示 by its checkbox (revenue.notStated); a revenue left empty without it is named
      // by lib/checks/rules/not-stated.ts as before.
      notStated("revenue", "收入", "revenue.notStated", "本年收入", (d) => d.revenue.notStated === true),
      // Where the budget lines hold amounts they state 人员经费 and 日常公用经费 (figures.ts), whatever the typed field says.
      notStated("personnel", "预算支出", "expenditure.personnel", "人员经费", (d) => d.expenditure.personnel === null && !hasLines(d)),
      notStated("public-funds", "预算支出", "expenditure.publicFunds", "日常公用经费", (d) => d.expenditure.publicFunds === null && !hasLines(d)),
    ],
  },
  {
    key: "operatingCosts",
    title: { zh: "机关运行经费安排情况", en: "Operating costs" },
    parts: [
      {
        key: "operatingCosts",
        labels: group("机关运行经费", { purpose: t("用途"), items: list("明细", named), statedTotal: y("合计（原文所列）"), prior: y("上年机关运行经费"), notStated: t("未列示") }),
        sheet: SHEET.operating,
      },
    ],
    sheets: [SHEET.operating],
    required: [notStated("operating-costs", "机关运行经费", "operatingCosts.notStated", "本年机关运行经费", (d) => d.operatingCosts.notStated === true)],
  },
  {
    key: "sangong",
    title: { zh: "财政拨款“三公”经费预算情况及增减变化原因", en: "“Three public” expenses and their changes" },
    parts: [
      {
        key: "sangong",
        labels: group("“三公”经费", {
          current: group("本年", sangongItems(y)),
          prior: group("上年", sangongItems(y)),
          statedTotal: y("合计（原文所列）"),
          statedVehicle: y("公务用车购置及运行维护费（原文所列）"),
          statedChange: y("增减（原文所列）"),
          reasons: group("增减原因", sangongItems(t)),
        }),
        sheet: SHEET.sangong,
      },
    ],
    sheets: [SHEET.sangong],
    required: (Object.keys(SANGONG_LABELS) as SangongItem[]).map((item) =>
      notStated(`sangong.${item.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`, "“三公”经费", `sangong.current.${item}`, SANGONG_LABELS[item], (d) => d.sangong.current[item] === null),
    ),
  },
  {
    key: "performance",
    title: { zh: "绩效预算信息", en: "Performance budget" },
    parts: [
      {
        key: "performance",
        labels: group("绩效", {
          overallGoals: list("总体绩效目标"),
          activities: list("一级活动", { ...activity, children: list("二级活动", activity) }),
        }),
        sheet: SHEET.activities,
      },
    ],
    sheets: [SHEET.goals, SHEET.activities],
    required: [
      {
        id: "performance",
        name: "绩效预算信息",
        field: "performance",
        isEmpty: (d) => d.performance.overallGoals.length === 0 && d.performance.activities.length === 0,
        what: "既无总体绩效目标，也无职责活动绩效目标",
      },
    ],
  },
  {
    key: "procurement",
    title: { zh: "政府采购预算情况", en: "Government procurement" },
    parts: [
      {
        key: "procurement",
        labels: group("政府采购", {
          lines: list("采购项目", {
            sourceProject: t("项目来源"),
            sourceBudget: y("来源预算资金"),
            catalogCode: t("目录序号"),
            item: t("采购项目名称"),
            unit: t("数量单位"),
            unitPrice: y("单价"),
            quantity: t("数量"),
            general: y("一般公共预算拨款"),
            fund: y("基金预算拨款"),
            specialAccount: y("财政专户核拨资金"),
            other: y("其他来源收入"),
            otherChannels: y("其他渠道资金"),
            statedTotal: y("合计（原文所列）"),
          }),
          statedTotal: y("合计（原文所列）"),
          emptyStatement: t("空表说明"),
        }),
        sheet: SHEET.procurement,
      },
    ],
    sheets: [SHEET.procurement],
    required: [
      {
        id: "procurement",
        name: "政府采购预算",
        field: "procurement.emptyStatement",
        isEmpty: (d) => d.procurement.lines.length === 0 && blank(d.procurement.emptyStatement),
        what: "采购表为空，且未说明（如“未安排政府采购预算，空表列示”）",
        title: "政府采购预算为空表时须附说明",
      },
    ],
  },
  {
    key: "assets",
    title: { zh: "国有资产信息", en: "State-owned assets" },
    parts: [
      {
        key: "assets",
        labels: group("国有资产", {
          plannedPurchases: list("拟购置资产", { item: t("名称"), quantity: t("数量"), unit: t("单位"), amount: y("金额") }),
          statedPlannedTotal: y("拟购置合计（原文所列）"),
          table: group("固定资产占用", {
            asOf: t("截止日期"),
            buildingsArea: t("房屋面积（平方米）"),
            buildingsValue: y("房屋价值"),
            officeArea: t("办公用房面积（平方米）"),
            officeValue: y("办公用房价值"),
            vehicleCount: t("车辆数"),
            vehicleValue: y("车辆价值"),
            equipmentValue: y("单价20万元以上设备"),
            otherValue: y("其他固定资产"),
            statedTotal: y("资产总额（原文所列）"),
          }),
        }),
        sheet: SHEET.assets,
      },
    ],
    sheets: [SHEET.assets, SHEET.purchases],
    required: [],
  },
  {
    key: "glossary",
    title: { zh: "专业名词解释", en: "Glossary" },
    parts: [{ key: "glossary", labels: list("名词解释", { term: t("名词"), definition: t("解释") }), sheet: SHEET.glossary }],
    sheets: [SHEET.glossary],
    required: [{ id: "glossary", name: "专业名词解释", field: "glossary", isEmpty: (d) => d.glossary.length === 0, what: "未列出名词解释" }],
  },
  {
    key: "otherMatters",
    title: { zh: "其他需要说明的事项", en: "Other matters" },
    parts: [{ key: "otherMatters", labels: t("其他需要说明的事项"), sheet: SHEET.other }],
    sheets: [SHEET.other],
    required: [
      {
        id: "other-matters",
        name: "其他需要说明的事项",
        field: "otherMatters",
        isEmpty: (d) => blank(d.otherMatters),
        what: "未填写（无事项时请写“无”）",
      },
    ],
  },
] as const satisfies readonly Omit<SectionDef, "number">[];

/** The nine numbered sections, 一…九, in the document's order (the 2018 text skipped 五 and 七). */
export const SECTIONS: readonly SectionDef[] = SECTION_LIST.map((s, i) => ({ ...s, number: i + 1 }));
/** The opening and the nine sections: every part of the document, in order; index = number. */
export const ALL_SECTIONS: readonly SectionDef[] = [OPENING, ...SECTIONS];

/** The key a numbered section's heading and views are named by. */
export type SectionKey = (typeof SECTION_LIST)[number]["key"];

const BY_ROOT: ReadonlyMap<string, number> = new Map(ALL_SECTIONS.flatMap((s) => s.parts.map((p) => [p.key, s.number] as const)));

/** The section (0 = the opening, 1…9) a field path belongs to; null for a path outside the document. */
export function sectionOf(field: string): number | null {
  return BY_ROOT.get(field.split(".")[0] ?? "") ?? null;
}

/** The number of the section that owns a document key: "overview" → 2, "preamble" → 0. */
export function sectionOrdinal(key: DocumentKey): number {
  return BY_ROOT.get(key)!;
}

export function sectionTitle(key: DocumentKey, lang: "zh" | "en" = "zh"): string {
  return ALL_SECTIONS[sectionOrdinal(key)]!.title[lang];
}

/** The element id of a section, e.g. "section-3"; its heading is `${id}-title`. */
export function sectionId(key: DocumentKey): string {
  return `section-${sectionOrdinal(key)}`;
}

/** The sheet an import error under each top-level key is reported on when it names no cell. */
export const SHEET_OF_KEY: ReadonlyMap<string, SheetName> = new Map(
  ALL_SECTIONS.flatMap((s) => s.parts.map((p) => [p.key, p.sheet] as const)),
);

/** Every sheet in workbook order: 说明, then each section's, then 所列数 (stated figures of any section). */
export const SHEET_ORDER: readonly SheetName[] = [SHEET.guide, ...ALL_SECTIONS.flatMap((s) => s.sheets), SHEET.stated];

/** Fields of a version's audit entries outside the document. */
const VERSION_FIELDS: Record<string, FieldNode> = { status: { label: "状态", kind: "status" }, approvalDate: t("批复日期") };

/** The label tree of the whole document (and a version's audit fields), built from the sections. */
export const FIELD_TREE: Branch = group("", {
  ...Object.fromEntries(ALL_SECTIONS.flatMap((s) => s.parts.map((p) => [p.key, p.labels]))),
  ...VERSION_FIELDS,
});

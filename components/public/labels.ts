/**
 * Every fixed label of the public statistics pages, in Chinese and English, so that a language
 * switch only has to pass `lang`. Placeholders in braces ({year}, {name}) are filled by `labelf`.
 */
import { fill } from "../../lib/fill";
import { measureLabel as measureLabels, type Measure } from "../../lib/classification/measure";
import type { Lang } from "../../lib/lang-paths";
import { CLIENT_LABELS } from "./client-labels";

export type { Lang };

export const LABELS = {
  ...CLIENT_LABELS,
  homeTitle: { zh: "部门预算信息公开", en: "Department budget disclosure" },
  homeIntro: {
    zh: "本县各部门已公开的年度部门预算：全县合计、历年变化和各部门主要数据。点击年度查看完整公开文件及数据核对结果。",
    en: "Published department budgets of the county: county totals, trends and each department's headline figures. Open a year for the full disclosure and its checks.",
  },
  countyTotalsTitle: { zh: "{year}年全县部门预算合计", en: "County totals, {year}" },
  countyTotalsNote: {
    zh: "合计为当年已公开的{count}个部门预算之和。",
    en: "Sum of the {count} department budgets published for the year.",
  },
  countyDemoNote: {
    zh: "其中包含标注“示例数据”的虚构部门。",
    // The leading space: it follows another sentence, which Chinese runs on without one.
    en: " Some of them are invented departments labelled “demo data (示例数据)”.",
  },
  countyTrendTitle: { zh: "全县合计历年变化", en: "County totals over the years" },
  countyTrendTable: { zh: "全县合计历年数据表", en: "County totals by year (table)" },
  // The same, on a platform where more than one county has published (areaKey below).
  homeIntroAll: {
    zh: "各区县部门已公开的年度部门预算：各区县合计、历年变化和各部门主要数据。点击年度查看完整公开文件及数据核对结果。",
    en: "Published department budgets of every county on the platform: totals, trends and each department's headline figures. Open a year for the full disclosure and its checks.",
  },
  countyTotalsTitleAll: { zh: "{year}年各区县部门预算合计", en: "Totals of all counties, {year}" },
  countyTrendTitleAll: { zh: "各区县合计历年变化", en: "Totals of all counties over the years" },
  countyTrendTableAll: { zh: "各区县合计历年数据表", en: "Totals of all counties by year (table)" },
  colShareAll: { zh: "占各区县合计比重", en: "Share of the total" },
  countyTotalAll: { zh: "各区县合计", en: "Total of all counties" },
  rankingTableAll: { zh: "{year}年各部门{measure}排名及占各区县合计比重", en: "Departments by {measure}, {year}, with shares" },
  // The same, for the one county a visitor chose among several (?county=130123).
  homeIntroOf: {
    zh: "{county}各部门已公开的年度部门预算：{county}合计、历年变化和各部门主要数据。点击年度查看完整公开文件及数据核对结果。",
    en: "Published department budgets of {county}: its totals, trends and each department's headline figures. Open a year for the full disclosure and its checks.",
  },
  countyTotalsTitleOf: { zh: "{year}年{county}部门预算合计", en: "{county} totals, {year}" },
  countyTrendTitleOf: { zh: "{county}合计历年变化", en: "{county} totals over the years" },
  countyTrendTableOf: { zh: "{county}合计历年数据表", en: "{county} totals by year (table)" },
  colShareOf: { zh: "占{county}合计比重", en: "Share of {county}" },
  countyTotalOf: { zh: "{county}合计", en: "{county} total" },
  rankingTableOf: { zh: "{year}年{county}各部门{measure}排名及占{county}合计比重", en: "{county} departments by {measure}, {year}, with shares" },
  countyLabel: { zh: "选择区县", en: "Choose a county" },
  yearsTitleOf: { zh: "{county}各年度部门预算", en: "{county}: budgets by year" },
  yearTitleOf: { zh: "{year}年{county}各部门{measure}排名", en: "{county} departments by {measure}, {year}" },
  allCounties: { zh: "全部区县", en: "All counties" },
  countyApply: { zh: "查看", en: "Show" },
  countyUnknown: { zh: "未找到区县“{county}”，以下为全部区县。", en: "There is no county “{county}”; all counties are shown." },
  departmentsTitle: { zh: "{year}年各部门主要数据", en: "Departments, {year}" },
  departmentsTable: { zh: "各部门{year}年主要数据及已公开年度", en: "Departments' {year} figures and published years" },
  searchLabel: { zh: "搜索部门名称或编码", en: "Search by department name or code" },
  searchButton: { zh: "搜索", en: "Search" },
  searchClear: { zh: "清除搜索", en: "Clear search" },
  rankingSearchLabel: { zh: "在排名中查找部门（名称或编码）", en: "Find a department in the ranking (name or code)" },
  rankingMatchesTable: { zh: "“{q}”在{year}年{measure}排名中的位置", en: "Where “{q}” stands in the {year} ranking by {measure}" },
  rankingMatchesFirst: { zh: "以下列出排名最前的{shown}个。", en: "The first {shown} in the ranking are listed." },
  colRankingPage: { zh: "所在页", en: "Page" },
  rankingPageLink: { zh: "第 {page} 页", en: "Page {page}" },
  searchResult: { zh: "“{q}”的搜索结果：{count}个部门。", en: "Results for “{q}”: {count} departments." },
  noDepartments: { zh: "尚无已公开的部门预算。", en: "No department budget has been published yet." },
  noneRanked: { zh: "没有可按此项排名的部门（见上方说明）。", en: "No department can be ranked by this (see the note above)." },
  noMatches: { zh: "没有名称或编码包含“{q}”的部门。", en: "No department name or code contains “{q}”." },
  colCode: { zh: "编码", en: "Code" },
  colDepartment: { zh: "部门", en: "Department" },
  colYear: { zh: "年度", en: "Year" },
  colDepartments: { zh: "公开部门数", en: "Departments" },
  colChange: { zh: "比上年增减", en: "Change on last year" },
  colChangePercent: { zh: "增减率", en: "Change %" },
  colPublishedYears: { zh: "已公开年度", en: "Published years" },
  colRank: { zh: "排名", en: "Rank" },
  colShare: { zh: "占全县比重", en: "Share of county" },
  unitWan: { zh: "万元", en: "10k yuan" },
  unitNote: { zh: "金额单位：万元", en: "Amounts in 10,000 yuan" },
  rankingClassNotStated: {
    zh: "另有{count}个部门已公开{year}年预算，但预算表未随原文公开，该科目未列示，未参加排名。",
    en: "{count} more departments published for {year} without their budget tables: the class is not stated for them and they are not ranked.",
  },
  rankingClassAbsent: {
    zh: "{year}年的分类科目中没有与此对应的科目（当年尚未设立，或由多个科目合并而来），已公开预算的{count}个部门不按此排名；这不是未列示。",
    en: "The {year} classification has no code that stands for this class (set up later, or merged from several codes): the {count} departments that published are not ranked by it. This is not “not stated”.",
  },
  rankingClassNote: {
    zh: "按分类科目排名时，金额为各部门预算表中该科目（含下级科目）的合计。",
    en: "A class's amount is the sum of each department's budget lines under that code (and its sub-codes).",
  },
  yearLink: { zh: "{year}年", en: "{year}" },
  yearLinkName: { zh: "{name}{year}年部门预算", en: "{name} budget {year}" },
  allYearsLink: { zh: "共{count}年", en: "all {count}" },
  allYearsLinkName: { zh: "{name}全部{count}个已公开年度", en: "{name}: all {count} published years" },
  notPublished: { zh: "未公开", en: "not published" },
  noPrior: { zh: "—", en: "—" },
  /** A figure the disclosure does not state: distinct from 0.00, never summed or ranked. */
  notStated: { zh: "未列示", en: "not stated" },
  notStatedCount: { zh: "另有{count}个部门未列示，未计入", en: "{count} more do not state it; not included" },
  rankingNotStated: {
    zh: "另有{count}个部门未列示此项，未参与排名，也未计入合计。",
    en: "{count} more departments do not state this figure: they are not ranked and not in the total.",
  },
  scrollTable: { zh: "{name}，可横向滚动", en: "{name}, scrolls sideways" },
  allYears: { zh: "按年度查看各部门排名", en: "Rankings by year" },
  yearsTitle: { zh: "各年度部门预算", en: "Budgets by year" },
  yearsIntro: { zh: "选择年度，查看各部门按支出排序及所占比重。", en: "Choose a year to rank departments and see their shares." },
  yearsTable: { zh: "已公开数据的年度", en: "Years with published data" },
  yearTitle: { zh: "{year}年各部门{measure}排名", en: "Departments by {measure}, {year}" },
  measureLabel: { zh: "排序指标", en: "Rank by" },
  measureApply: { zh: "查看", en: "Show" },
  countyTotal: { zh: "全县合计", en: "County total" },
  rankingTable: { zh: "{year}年各部门{measure}排名及占全县比重", en: "Departments by {measure}, {year}, with shares" },
  breadcrumb: { zh: "位置", en: "Breadcrumb" },
  home: { zh: "部门与年度", en: "Departments and years" },
  departmentTitle: { zh: "{name}部门预算", en: "{name}: budgets" },
  dutiesTitle: { zh: "部门职责", en: "Duties" },
  unitsTitle: { zh: "机构设置", en: "Units" },
  dutiesSource: { zh: "摘自{year}年公开的部门预算。", en: "From the {year} published budget." },
  unitName: { zh: "单位名称", en: "Unit" },
  unitNature: { zh: "单位性质", en: "Type" },
  unitRank: { zh: "单位规格", en: "Grade" },
  unitFunding: { zh: "经费保障形式", en: "Funding" },
  publishedYearsTitle: { zh: "已公开年度", en: "Published years" },
  trendsTitle: { zh: "历年变化", en: "Trends" },
  trendSpending: { zh: "支出总计、基本支出和项目支出", en: "Total, basic and project expenditure" },
  trendSangong: { zh: "“三公”经费及其构成", en: "“Three public” expenses and their parts" },
  trendOperating: { zh: "机关运行经费", en: "Operating costs" },
  trendTable: { zh: "{title}历年数据表", en: "{title} by year (table)" },
  chartSummary: { zh: "{title}折线图，{from}年至{to}年：{summary}", en: "Line chart of {title}, {from}–{to}: {summary}" },
  chartLoading: { zh: "图表加载中…", en: "Loading chart…" },
  singleYearNote: {
    zh: "仅有一个年度的公开数据，暂无变化趋势。",
    en: "Only one year is published, so there is no trend yet.",
  },
  downloadCsv: { zh: "下载数据（CSV）", en: "Download data (CSV)" },
  downloadCsvOf: { zh: "：{title}", en: ": {title}" },
  demoTitleSuffix: { zh: "（示例数据）", en: " (demo data, 示例数据)" },
  demoData: { zh: "示例数据", en: "demo data" },
  // 支出去向 (where the money goes): components/public/spending-view.tsx and its drill-down.
  spendingTitle: { zh: "支出去向：钱花在哪里", en: "Where the money goes" },
  spendingIntro: {
    zh: "按支出功能分类，从类到款、项逐级查看支出。选择一类查看其下各款，再选择一款查看其下各项；下表列出全部科目。",
    en: "Spending by function class (类), then item (款) and sub-item (项). Choose a class to see its items, then an item to see its sub-items; the table below lists them all.",
  },
  spendingChart: { zh: "支出去向图：{where}", en: "Spending chart: {where}" },
  spendingByFunction: { zh: "按支出功能分类（类、款、项）", en: "By function class (类, 款, 项)" },
  spendingAll: { zh: "全部支出", en: "All spending" },
  spendingLevel: { zh: "{name}：按{level}", en: "{name}: by {level}" },
  spendingOpen: { zh: "，查看其下各{level}", en: ", show its {level}" },
  spendingShown: { zh: "显示{where}，共{n}项", en: "Showing {where}: {n} rows" },
  spendingTable: { zh: "{title}：按支出功能分类的支出（单位：万元）", en: "{title}: spending by function class (10,000 yuan)" },
  spendingColCode: { zh: "科目编码", en: "Code" },
  spendingColName: { zh: "科目名称", en: "Class" },
  spendingColAmount: { zh: "金额", en: "Amount" },
  spendingColShare: { zh: "占比（%）", en: "Share (%)" },
  spendingShareNote: {
    zh: "占比：类占支出合计，款占所属类，项占所属款；同级合计为100%。",
    en: "Share: a class of the total, an item of its class, a sub-item of its item; each level adds up to 100 %.",
  },
  spendingTotal: { zh: "支出合计", en: "Total" },
  spendingNotGiven: {
    zh: "本部门预算公开表未随原文公开，无法按支出功能分类展示支出去向；本平台不补列。",
    en: "The budget tables were not published with the original text, so spending by function class cannot be shown; the portal does not invent them.",
  },
  spendingNotEntered: { zh: "部门预算公开表的支出明细尚未填列。", en: "The budget tables' spending lines have not been entered." },
  spendingLink: { zh: "支出去向", en: "Where the money goes" },
  spendingCountyLink: { zh: "{year}年各部门合计的支出去向", en: "Where all departments' money goes, {year}" },
  spendingCountyTitle: { zh: "{year}年{area}支出去向：钱花在哪里", en: "Where the money of {area} goes, {year}" },
  spendingAreaCounty: { zh: "全县", en: "the county" },
  spendingAreaAll: { zh: "各区县", en: "all counties" },
  spendingCountyNote: {
    zh: "合计为{year}年已公开且附部门预算公开表的{n}个部门的支出之和。",
    en: "Sum of the spending of the {n} departments whose {year} disclosure includes the budget tables.",
  },
  spendingCountyMissing: {
    zh: "另有{n}个部门的公开文件未附部门预算公开表，未计入。",
    en: " {n} more published without the budget tables and are not included.",
  },
  spendingCountyNone: { zh: "{year}年已公开的部门预算均未附部门预算公开表，无法展示支出去向。", en: "No {year} disclosure includes the budget tables: there is nothing to show." },
  noteColumn: { zh: "备注", en: "Note" },
  siteName: { zh: "部门预算公开平台", en: "County Budget Disclosure Portal" },
  siteDescription: {
    zh: "县级部门预算信息公开：查阅、比较和下载各部门各年度预算。",
    en: "County department budgets as published: read, compare and download each department's budget for each year.",
  },
  skipToMain: { zh: "跳到正文", en: "Skip to content" },
  mainNav: { zh: "主导航", en: "Main navigation" },
  menu: { zh: "菜单", en: "Menu" },
  navYears: { zh: "年度排名", en: "Rankings by year" },
  navCompare: { zh: "比较", en: "Compare" },
  navOpenData: { zh: "开放数据", en: "Open data" },
  navAbout: { zh: "关于", en: "About" },
  navLogin: { zh: "登录", en: "Staff sign-in" },
  navWorkspace: { zh: "我的工作台", en: "My workspace" },
  footerNote: {
    zh: "金额单位：万元。标注“示例数据”的部门和年度为演示用的虚构数据。",
    en: "Amounts in 10,000 yuan. Departments and years marked “demo data (示例数据)” are invented for demonstration.",
  },
  notFoundTitle: { zh: "未找到", en: "Not found" },
  notFoundText: {
    zh: "未找到所请求的内容：该部门或年度可能尚无已公开的预算。",
    en: "The page was not found: the department or year may have no published budget yet.",
  },
  notFoundBack: { zh: "返回部门与年度列表", en: "Back to the departments and years" },
  disclosureTitle: { zh: "{name}{year}年部门预算信息公开", en: "{name}: budget disclosure {year}" },
  // The page of one published version (/departments/434/2018/versions/1), current or corrected.
  versionTitle: { zh: "{name}{year}年部门预算信息公开（第{n}版）", en: "{name}: budget disclosure {year} (version {n})" },
  versionCrumb: { zh: "第{n}版", en: "Version {n}" },
  oldVersionCurrentIs: { zh: "此为已被更正的旧版本，现行版本见", en: "This version has been corrected. The current version: " },
  currentVersionNo: { zh: "（第{n}版）", en: " (version {n})" },
  fullStop: { zh: "。", en: "." },
  oldVersionPublished: {
    zh: "第{n}版于 {date} 公开，后被更正版本替代，仅供查阅。",
    en: "Version {n} was published on {date} and later replaced by a correction; it is kept for reference.",
  },
  currentVersionIs: { zh: "此为现行版本（第{n}版，{date} 公开）。", en: "This is the current version (version {n}, published on {date})." },
  backToDisclosure: { zh: "返回公开页面", en: "Back to the disclosure" },
  departmentRegion: { zh: "所属地区：{province}{region}", en: "County: {region}, {province}" },
  sameCodeElsewhere: { zh: "其他区县也有编码为 {code} 的部门：", en: "Other counties also have a department coded {code}: " },
  listComma: { zh: "、", en: ", " },
  sameCodeChoiceTitle: { zh: "编码为 {code} 的部门", en: "Departments coded {code}" },
  sameCodeChoiceIntro: {
    zh: "以编码 {code} 指称的部门在此尚无公开内容；以下区县有编码为 {code} 的部门，请选择：",
    en: "The department this code names has published nothing here; these counties have a department coded {code}:",
  },
  departmentYears: { zh: "本部门历年预算", en: "This department's budgets over the years" },
  compareWithOthers: { zh: "与其他部门比较", en: "Compare with other departments" },
  downloadExcel: { zh: "下载 Excel", en: "Download Excel (Chinese)" },
  // Shown on the English page only: a Chinese reader needs no such note.
  documentInChinese: {
    zh: "以下为按原文列示的正式公开文件。",
    en: "The disclosure below is the official document and is shown in Chinese, as published (amounts in 万元, i.e. 10,000 yuan).",
  },
  pagesNav: { zh: "部门列表分页", en: "Pages of the department list" },
  rankingPagesNav: { zh: "排名分页", en: "Pages of the ranking" },
  previousPage: { zh: "上一页", en: "Previous page" },
  nextPage: { zh: "下一页", en: "Next page" },
  pageOf: { zh: "第 {page} / {pages} 页，共 {total} 个部门", en: "Page {page} of {pages}, {total} departments" },
  listSeparator: { zh: "。", en: ". " },
  trendSentence: {
    zh: "{measure}从{from}年的{a}万元变为{to}年的{b}万元（{change}）",
    en: "{measure} went from {a} (10k yuan) in {from} to {b} in {to} ({change})",
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type LabelKey = keyof typeof LABELS;

/** Labels that speak of "the county" (全县), each with an "…All" and an "…Of" ({county}) wording. */
export type AreaKey = "homeIntro" | "countyTotalsTitle" | "countyTrendTitle" | "countyTrendTable" | "colShare" | "countyTotal" | "rankingTable";

/** Whose totals a page shows. */
export interface Area {
  /** How many counties the totals cover (db/queries/public-stats.ts counts them with each total). */
  counties: number;
  /** The county a visitor chose among several, by name; null when none was chosen. */
  county: string | null;
}

/**
 * A label for a total over `area`: "全县合计" on a one-county platform, "各区县合计" when a
 * province-wide platform sums several, "正定县合计" for the county a visitor chose.
 */
export function areaLabel(key: AreaKey, area: Area, vars: Record<string, string | number> = {}, lang: Lang = "zh"): string {
  if (area.county !== null) return labelf(`${key}Of`, { ...vars, county: area.county }, lang);
  return labelf(area.counties > 1 ? `${key}All` : key, vars, lang);
}

/**
 * Place names as English pages print them. The names come from the database in Chinese; those
 * the platform is known to serve are spelled here, any other is shown as written.
 */
const PLACE_NAMES_EN: Record<string, string> = {
  河北省: "Hebei Province",
  正定县: "Zhengding County",
};

export function placeName(name: string, lang: Lang = "zh"): string {
  return lang === "en" ? (PLACE_NAMES_EN[name] ?? name) : name;
}

const PLURAL_EN = new Intl.PluralRules("en");

/**
 * A count with its noun: "1 inconsistency", "2 inconsistencies" in English (Intl.PluralRules);
 * Chinese has one form, written in the label with {n}.
 */
export function countLabel(n: number, forms: { zh: string; en: { one: string; other: string } }, lang: Lang = "zh"): string {
  if (lang === "zh") return fill(forms.zh, { n });
  return fill(PLURAL_EN.select(n) === "one" ? forms.en.one : forms.en.other, { n });
}

export function label(key: LabelKey, lang: Lang = "zh"): string {
  return LABELS[key][lang];
}

/** A label with its {placeholders} filled in. */
export function labelf(key: LabelKey, vars: Record<string, string | number>, lang: Lang = "zh"): string {
  return fill(label(key, lang), vars);
}

/** A headline measure's name, or a class's code and official name ("功能分类 205 教育支出"). */
export function measureLabel(measure: Measure, lang: Lang = "zh"): string {
  return measureLabels(measure)[lang];
}

/**
 * Every fixed label of the public statistics pages, in Chinese and English, so that a language
 * switch only has to pass `lang`. Placeholders in braces ({year}, {name}) are filled by `labelf`.
 */
import { fill } from "../../lib/fill";
import { MEASURE_LABELS, type HeadlineMeasure } from "../../lib/disclosure/figures";
import type { Lang } from "../../lib/lang-paths";

export type { Lang };

export const LABELS = {
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
  demoBadge: { zh: "示例数据", en: "demo data (示例数据)" },
  noteColumn: { zh: "备注", en: "Note" },
  siteName: { zh: "部门预算公开平台", en: "County Budget Disclosure Portal" },
  siteDescription: {
    zh: "县级部门预算信息公开：查阅、比较和下载各部门各年度预算。",
    en: "County department budgets as published: read, compare and download each department's budget for each year.",
  },
  skipToMain: { zh: "跳到正文", en: "Skip to content" },
  mainNav: { zh: "主导航", en: "Main navigation" },
  menu: { zh: "菜单", en: "Menu" },
  downloadAllTitle: { zh: "下载全部数据", en: "Download everything" },
  downloadAllIntro: {
    zh: "每年一份：已公开的全部部门预算，每个部门一行（CSV，可直接用 Excel 打开），以及全部预算明细行。无需登录，可自由使用。",
    en: "One file per year: every published department budget, one department per row (CSV, opens in Excel), and every budget line. No sign-in, free to use.",
  },
  downloadAllYear: { zh: "{year}年（{n}个部门）", en: "{year} ({n} departments)" },
  downloadAllYearDemo: { zh: "{year}年（{n}个部门，其中示例数据{demo}个）", en: "{year} ({n} departments, {demo} of them demo data (示例数据))" },
  downloadAllCsv: { zh: "下载年度汇总表（CSV）", en: "Download the year's table (CSV)" },
  downloadAllLines: { zh: "下载全部预算明细（CSV）", en: "Download every budget line (CSV)" },
  downloadAllLoading: { zh: "正在读取已公开的年度……也可直接查看", en: "Reading the published years… or see" },
  downloadAllNone: { zh: "尚无已公开的年度。年度列表：", en: "No year has been published yet. The list of years:" },
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

const MEASURE_LABELS_EN: Record<HeadlineMeasure, string> = {
  total: "Total expenditure",
  basic: "Basic expenditure",
  personnel: "Personnel",
  publicFunds: "Running costs",
  project: "Project expenditure",
  sangongTotal: "“Three public” expenses",
  sangongAbroad: "Official travel abroad",
  sangongVehiclePurchase: "Vehicle purchase",
  sangongVehicleOperation: "Vehicle operation",
  sangongReception: "Official reception",
  operatingCosts: "Operating costs",
  assetTotal: "Fixed assets",
};

export function measureLabel(measure: HeadlineMeasure, lang: Lang = "zh"): string {
  return lang === "zh" ? MEASURE_LABELS[measure] : MEASURE_LABELS_EN[measure];
}

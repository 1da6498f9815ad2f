/**
 * The comparison page's fixed texts, Chinese first, each with its English counterpart. Kept apart
 * from ./labels.ts (measure and column labels, which reach the code lists) so that the page's
 * browser components can use them without shipping the code lists (lib/client-bundle.test.ts).
 */
export interface Label {
  zh: string;
  en: string;
}

export type Lang = keyof Label;

export const L = {
  pageTitle: { zh: "部门预算比较", en: "Compare department budgets" },
  intro: {
    zh: "选择部门、年度和指标，比较各部门已公开的预算数据。页面地址保存全部选择，可直接分享。",
    en: "Choose departments, years and a measure to compare published budgets. The address holds the whole selection and can be shared.",
  },
  criteria: { zh: "比较条件", en: "Selection" },
  selected: { zh: "已选部门", en: "Selected departments" },
  noneSelected: { zh: "尚未选择部门。请在下方搜索并添加部门。", en: "No department selected yet. Search and add departments below." },
  addDepartments: { zh: "添加部门", en: "Add departments" },
  search: { zh: "搜索部门", en: "Search departments" },
  searchHint: { zh: "输入部门名称或编码，例如“教育”或“434”", en: "Type a department name or code, e.g. 教育 or 434" },
  searchButton: { zh: "搜索", en: "Search" },
  searchResults: { zh: "搜索结果", en: "Search results" },
  noResults: { zh: "没有找到已公开预算的匹配部门。", en: "No department with published budgets matches." },
  add: { zh: "添加", en: "Add" },
  suggestions: { zh: "匹配的部门", en: "Matching departments" },
  suggestionsCount: { zh: "{count} 个匹配的部门，按上下键选择，回车添加", en: "{count} matching departments: arrow keys to choose, Enter to add" },
  suggestionsHint: {
    zh: "输入部门名称或编码，例如“教育”或“434”；按上下键在候选中选择，回车添加",
    en: "Type a department name or code, e.g. 教育 or 434; arrow keys choose a suggestion, Enter adds it",
  },
  added: { zh: "已添加", en: "Added" },
  remove: { zh: "移除", en: "Remove" },
  limitReached: { zh: "已达上限", en: "Limit reached" },
  publishedYears: { zh: "已公开年度", en: "Published years" },
  years: { zh: "年度", en: "Years" },
  noYears: { zh: "尚无已公开的年度。", en: "No published year yet." },
  measure: { zh: "比较指标", en: "Measure" },
  chartType: { zh: "图表类型", en: "Chart type" },
  bar: { zh: "柱状图", en: "Bar chart" },
  line: { zh: "折线图", en: "Line chart" },
  submit: { zh: "更新比较", en: "Update comparison" },
  results: { zh: "比较结果", en: "Comparison" },
  chooseFirst: { zh: "请先添加至少一个部门并选择年度。", en: "Add at least one department and choose years first." },
  tableRegion: { zh: "比较表（可横向滚动）", en: "Comparison table (scrolls sideways)" },
  chart: { zh: "图表", en: "Chart" },
  chartNote: {
    zh: "图表与上方比较表内容相同；上方表格为本图的无障碍替代。",
    en: "The chart shows the table above, which is its accessible alternative.",
  },
  chartLoading: { zh: "图表加载中……", en: "Loading chart…" },
  unitAxis: { zh: "万元", en: "10k yuan" },
  yearAxis: { zh: "年度", en: "Year" },
  downloadShare: { zh: "下载与分享", en: "Download and share" },
  downloadCsv: { zh: "下载 CSV", en: "Download CSV" },
  downloadXlsx: { zh: "下载 Excel", en: "Download Excel" },
  downloadJson: { zh: "下载 JSON", en: "Download JSON" },
  downloadNote: { zh: "下载文件与上表的列和行完全相同。", en: "Downloads hold exactly the columns and rows of the table." },
  share: { zh: "分享此比较", en: "Share this comparison" },
  shareHint: { zh: "复制此地址，打开即可看到相同的比较。", en: "Copy this address: opening it shows the same comparison." },
  notices: { zh: "提示", en: "Notices" },
  unpublished: { zh: "未公开", en: "Not published" },
  notStated: { zh: "未列示", en: "Not stated" },
  /** A class the year's classification has no code for (e.g. fn:20138 before 2019): not 未列示. */
  classAbsent: { zh: "当年无此科目", en: "No such class that year" },
  headlineMeasures: { zh: "总体指标", en: "Headline figures" },
  functionClasses: { zh: "支出功能分类（类）", en: "Function classes (类)" },
  economicClasses: { zh: "支出经济分类（类，一般公共预算基本支出）", en: "Economic classes (类, basic spending)" },
  classNote: {
    zh: "按分类科目比较时，金额为该部门预算表中该科目（含下级科目）的合计；跨年度时按各年度的科目编码（含更名、调整）对应。预算表未随原文公开的年度显示“未列示”；当年分类科目中没有对应科目的年度显示“当年无此科目”。",
    en: "A class is the sum of the department's budget lines under that code (and its sub-codes); across years each year's equivalent code is used. Years whose tables were not published show “Not stated”; years whose classification has no such class show “No such class that year”.",
  },
  demo: { zh: "示例数据", en: "demo data (示例数据)" },
  found: { zh: "“{q}”：找到 {count} 个部门", en: "“{q}”: {count} departments found" },
  yearOption: { zh: "{year}年", en: "{year}" },
  disclosureLink: { zh: "{name}{year}年部门预算", en: "{name} budget {year}" },
  titleOf: { zh: "{measure}比较：{count}个部门，{years}", en: "{measure} compared: {count} departments, {years}" },
  oneYear: { zh: "{year}年", en: "{year}" },
  yearRange: { zh: "{first}—{last}年（{count}个年度）", en: "{first}–{last} ({count} years)" },
  unitSuffix: { zh: "（万元）", en: " (10k yuan)" },
  captionUnit: { zh: "（金额单位：万元）", en: " (amounts in 10k yuan)" },
  listSeparator: { zh: "：", en: ": " },
  sentenceEnd: { zh: "。", en: ". " },
} as const satisfies Record<string, Label>;

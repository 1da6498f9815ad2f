/**
 * STAND-IN — replaced on merge by wip/codes' lib/classification/ (the versioned code lists with
 * their cited sources). Same signatures; only the handful of codes the budget-line model, its
 * tests and the demo data use, the same list for every year. Do not extend this file: add codes
 * to wip/codes' data files instead.
 */
export type ClassificationScheme = "function" | "economic";
export type CodeLevel = "类" | "款" | "项";

export interface ClassificationCode {
  scheme: ClassificationScheme;
  code: string;
  name: string;
  level: CodeLevel;
  parent: string | null;
}

const FUNCTION: readonly (readonly [string, string])[] = [
  ["201", "一般公共服务支出"], ["20103", "政府办公厅（室）及相关机构事务"], ["2010301", "行政运行"], ["2010302", "一般行政管理事务"], ["2010350", "事业运行"],
  ["20106", "财政事务"], ["2010601", "行政运行"], ["2010699", "其他财政事务支出"],
  ["20115", "工商行政管理事务"], ["2011501", "行政运行"], ["2011502", "一般行政管理事务"],
  ["20138", "市场监督管理事务"], ["2013801", "行政运行"], ["2013802", "一般行政管理事务"],
  ["205", "教育支出"], ["20501", "教育管理事务"], ["2050101", "行政运行"], ["20502", "普通教育"], ["2050201", "学前教育"], ["2050202", "小学教育"], ["2050203", "初中教育"],
  ["20508", "进修及培训"], ["2050801", "教师进修"],
  ["207", "文化旅游体育与传媒支出"], ["20701", "文化和旅游"], ["2070101", "行政运行"], ["2070104", "图书馆"], ["2070199", "其他文化和旅游支出"],
  ["208", "社会保障和就业支出"], ["20801", "人力资源和社会保障管理事务"], ["2080101", "行政运行"], ["2080199", "其他人力资源和社会保障管理事务支出"],
  ["20802", "民政管理事务"], ["2080201", "行政运行"], ["20805", "行政事业单位养老支出"], ["2080505", "机关事业单位基本养老保险缴费支出"], ["2080506", "机关事业单位职业年金缴费支出"],
  ["20807", "就业补助"], ["2080799", "其他就业补助支出"], ["20810", "社会福利"], ["2081002", "老年福利"],
  ["210", "卫生健康支出"], ["21001", "卫生健康管理事务"], ["2100101", "行政运行"], ["21004", "公共卫生"], ["2100401", "疾病预防控制机构"], ["2100408", "基本公共卫生服务"], ["2100409", "重大公共卫生服务"],
  ["21011", "行政事业单位医疗"], ["2101101", "行政单位医疗"], ["2101102", "事业单位医疗"],
  ["212", "城乡社区支出"], ["21201", "城乡社区管理事务"], ["2120101", "行政运行"], ["21203", "城乡社区公共设施"], ["2120399", "其他城乡社区公共设施支出"],
  ["21208", "国有土地使用权出让收入安排的支出"], ["2120801", "征地和拆迁补偿支出"], ["2120803", "城市建设支出"], ["2120804", "农村基础设施建设支出"], ["2120806", "土地开发支出"],
  ["213", "农林水支出"], ["21301", "农业农村"], ["2130101", "行政运行"], ["2130104", "事业运行"], ["2130199", "其他农业农村支出"],
  ["214", "交通运输支出"], ["21401", "公路水路运输"], ["2140101", "行政运行"], ["2140106", "公路养护"],
  ["216", "商业服务业等支出"], ["21602", "商业流通事务"], ["2160201", "行政运行"], ["2160299", "其他商业流通事务支出"],
  ["220", "自然资源海洋气象等支出"], ["22001", "自然资源事务"], ["2200101", "行政运行"], ["2200102", "一般行政管理事务"],
  ["221", "住房保障支出"], ["22101", "保障性安居工程支出"], ["2210103", "棚户区改造"], ["22102", "住房改革支出"], ["2210201", "住房公积金"],
  ["223", "国有资本经营预算支出"], ["22301", "解决历史遗留问题及改革成本支出"], ["2230199", "其他解决历史遗留问题及改革成本支出"],
];

const ECONOMIC: readonly (readonly [string, string])[] = [
  ["301", "工资福利支出"], ["30101", "基本工资"], ["30102", "津贴补贴"], ["30103", "奖金"], ["30107", "绩效工资"],
  ["30108", "机关事业单位基本养老保险缴费"], ["30109", "职业年金缴费"], ["30110", "职工基本医疗保险缴费"], ["30113", "住房公积金"], ["30199", "其他工资福利支出"],
  ["302", "商品和服务支出"], ["30201", "办公费"], ["30202", "印刷费"], ["30205", "水费"], ["30206", "电费"], ["30207", "邮电费"], ["30209", "物业管理费"],
  ["30211", "差旅费"], ["30212", "因公出国（境）费用"], ["30215", "会议费"], ["30216", "培训费"], ["30217", "公务接待费"], ["30228", "工会经费"], ["30229", "福利费"],
  ["30231", "公务用车运行维护费"], ["30239", "其他交通费用"], ["30299", "其他商品和服务支出"],
  ["303", "对个人和家庭的补助"], ["30301", "离休费"], ["30302", "退休费"], ["30305", "生活补助"],
  ["310", "资本性支出"], ["31002", "办公设备购置"], ["31013", "公务用车购置"],
];

function build(scheme: ClassificationScheme, rows: readonly (readonly [string, string])[]): readonly ClassificationCode[] {
  return rows.map(([code, name]) => {
    const level: CodeLevel = code.length === 3 ? "类" : code.length === 5 ? "款" : "项";
    const parent = code.length === 3 ? null : code.slice(0, code.length === 5 ? 3 : 5);
    return { scheme, code, name, level, parent };
  });
}

const LISTS: Record<ClassificationScheme, readonly ClassificationCode[]> = {
  function: build("function", FUNCTION),
  economic: build("economic", ECONOMIC),
};

export function codesForYear(scheme: ClassificationScheme, year: number): readonly ClassificationCode[] {
  void year;
  return LISTS[scheme];
}

export function findCode(scheme: ClassificationScheme, code: string, year: number): ClassificationCode | undefined {
  return codesForYear(scheme, year).find((c) => c.code === code);
}

/** The code and its ancestors, 类 first. */
export function codePath(scheme: ClassificationScheme, code: string, year: number): ClassificationCode[] {
  const path: ClassificationCode[] = [];
  let current = findCode(scheme, code, year);
  while (current) {
    path.unshift(current);
    current = current.parent === null ? undefined : findCode(scheme, current.parent, year);
  }
  return path;
}

/** 人员经费 = 301 工资福利支出 + 303 对个人和家庭的补助; everything else in 基本支出 is 公用经费. */
export function personnelOrPublic(economicCode: string): "personnel" | "public" {
  return economicCode.startsWith("301") || economicCode.startsWith("303") ? "personnel" : "public";
}

export const SANGONG_ECONOMIC_CODES = {
  abroad: "30212",
  vehiclePurchase: "31013",
  vehicleOperation: "30231",
  reception: "30217",
} as const;

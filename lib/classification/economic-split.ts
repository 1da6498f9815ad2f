/**
 * What follows from an economic code alone, without the code lists (so the checks, which run in
 * the editor's browser as the editor types, do not carry every year's list with them).
 */

/** The three 三公 items of 一般公共预算"三公"经费支出表, by their economic 款. */
export const SANGONG_ECONOMIC_CODES = {
  abroad: "30212",
  vehiclePurchase: "31013",
  vehicleOperation: "30231",
  reception: "30217",
} as const satisfies Record<string, string>;

/**
 * The working split of 基本支出 (national-tables.md): 人员经费 = 301 工资福利支出 + 303 对个人和家庭的
 * 补助; everything else (302 商品和服务支出, 310 资本性支出 …) counts as 公用经费.
 */
export function personnelOrPublic(economicCode: string): "personnel" | "public" {
  if (!/^3\d{2}(\d{2})?$/.test(economicCode)) {
    throw new Error(`不是支出经济分类的类或款编码：${economicCode}`);
  }
  const group = economicCode.slice(0, 3);
  return group === "301" || group === "303" ? "personnel" : "public";
}

/**
 * The public labels that browser modules need (the demo badge, the "download everything" box),
 * apart from labels.ts: that dictionary holds every public page's texts and must stay on the
 * server (lib/client-bundle.test.ts). labels.ts includes these, so `label()` knows them too.
 */
import { fill } from "../../lib/fill";
import type { Lang } from "../../lib/lang-paths";

export const CLIENT_LABELS = {
  demoBadge: { zh: "示例数据", en: "demo data (示例数据)" },
  downloadAllTitle: { zh: "下载全部数据", en: "Download everything" },
  downloadAllIntro: {
    zh: "每年一份：已公开的全部部门预算，每个部门一行，以及全部预算明细行；CSV 和 Excel 两种格式。无需登录，可自由使用。",
    en: "One file per year: every published department budget, one department per row, and every budget line; as CSV or Excel. No sign-in, free to use.",
  },
  downloadAllYear: { zh: "{year}年（{n}个部门）", en: "{year} ({n} departments)" },
  downloadAllYearDemo: { zh: "{year}年（{n}个部门，其中示例数据{demo}个）", en: "{year} ({n} departments, {demo} of them demo data (示例数据))" },
  downloadAllTable: { zh: "年度汇总表", en: "The year's table" },
  downloadAllLines: { zh: "全部预算明细", en: "Every budget line" },
  /** A link's full name, read out alone (its visible text is only the format). */
  downloadAllFile: { zh: "下载{year}年{what}（{format}）", en: "Download: {what}, {year} ({format})" },
  downloadAllLoading: { zh: "正在读取已公开的年度……也可直接查看", en: "Reading the published years… or see" },
  downloadAllNone: { zh: "尚无已公开的年度。年度列表：", en: "No year has been published yet. The list of years:" },
} as const satisfies Record<string, Record<Lang, string>>;

export type ClientLabelKey = keyof typeof CLIENT_LABELS;

export function clientLabel(key: ClientLabelKey, lang: Lang = "zh"): string {
  return CLIENT_LABELS[key][lang];
}

export function clientLabelf(key: ClientLabelKey, vars: Record<string, string | number>, lang: Lang = "zh"): string {
  return fill(clientLabel(key, lang), vars);
}

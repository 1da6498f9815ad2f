/**
 * Reads the numbers a 说明 / reason text states about a measure: amounts (万元, 元), changes
 * ("减少5万元", "持平") and percentages of change ("下降10%").
 *
 * The reader would rather miss a number than misread one (a false alarm teaches editors to ignore
 * the checks). A number is tied to a measure only when
 * - it carries a unit that is money or a percentage of change ("x人", "2019年", "〔2019〕5号",
 *   "≥95%", "x个百分点", "占x%" and approximations such as "约" or "以上" are never read), and
 * - the measure is named earlier in the same sentence with nothing between them but connecting
 *   words ("比上年", "预算安排", "共计", other figures of the same measure …), or, in a text that
 *   explains one measure (a reason field), the number's own clause says it compares with last
 *   year and names nothing else ("比上年下降10%").
 */
import { MENTION, mentionedMeasure, type Measure } from "./measures";
import { normalizeText } from "./normalize";

/** A decimal number exactly as written: "12.30" → { mantissa: 1230n, decimals: 2 }. */
export interface Written {
  mantissa: bigint;
  decimals: number;
}

export type Claim =
  | { kind: "level"; measure: Measure; year: "current" | "prior"; amount: Written; unit: "万元" | "元"; quote: string }
  | { kind: "change"; measure: Measure; direction: 1 | -1; amount: Written; unit: "万元" | "元"; quote: string }
  | { kind: "percent"; measure: Measure; direction: 1 | -1; percent: Written; quote: string }
  | { kind: "flat"; measure: Measure; quote: string };

export interface ReadOptions {
  /** The year the document compares with (change.priorYear); the document's own year follows it. */
  priorYear: number;
  /** The measure a reason field explains, if any. */
  explains?: Measure;
}

const UP = "增加|增长|上升|上涨|提高|上调|增";
const DOWN = "减少|下降|降低|压减|缩减|节约|节省|下调|回落|减";
const RATE_UP = "增长幅度|增长率|增幅";
const RATE_DOWN = "下降幅度|降低幅度|减少幅度|降幅";
const VERB = `${RATE_UP}|${RATE_DOWN}|${UP}|${DOWN}`;
/** At most 15 digits and 6 decimals (an amount beyond any budget); longer runs are not read. */
const NUMBER = String.raw`\d{1,15}(?:\.\d{1,6})?`;

/** A verb (or rate word), an optional "到/为", the number, its unit; hedges around it are captured to be refused. */
const CLAIM = new RegExp(
  String.raw`(?<hedge>约|近|逾|超过|不足|不到|将近|接近|大约)?(?<verb>${VERB})?了?(?<to>到|至|为|达到|达|是)?` +
    String.raw`(?<![\d.A-Za-z〔\[第])(?<num>${NUMBER})(?<unit>万元|元|%|个百分点)?(?<tail>以上|以下|以内|左右|多|余|\/)?`,
  "g",
);
const FLAT = /(?<hedge>基本|大体|大致|略有)?持平/g;

const SENTENCE_END = /[。！？!?；;\n]/;
const CLAUSE_END = /[，,：:]/;

/** Words that may stand between a measure's name and its number without changing what it refers to. */
const CONNECTOR = new RegExp(
  "^(?:" +
    [
      String.raw`\d{4}年度?`, "本年度?", "今年", "当年", "全年", "上一?年度?", "去年", "同期",
      "相比", "相较", "比较", "对比", "同比", "比", "较", "与", "同", "和",
      "预算数?", "安排", "共计", "合计", "总计", "总额", "共", "计", "为", "是", "达到", "达",
      "财政拨款", "拨款", "资金", "金额", "支出", "经费", "我部门", "本部门", "我单位", "本单位",
      "的", "了", "均", "也", "仍", "到", "至",
      `(?:${VERB})?${NUMBER}(?:万元|元|%|个百分点)`, VERB,
      String.raw`[，,：:（）()\s]`,
    ].join("|") +
    ")*$",
);
/** Longer gaps are never connecting words alone (and are not worth a regular expression's time). */
const MAX_GAP = 40;
const COMPARED = /(?:比|较|与|同|和)(?:上一?年度?|去年|\d{4}年)|同比|上年同期/;
const PRIOR = /上一?年度?|去年/;
/** A figure already written between a name and the number being read. */
const FIGURE = new RegExp(`${NUMBER}(?:万元|元|%|个百分点)`, "g");
/**
 * "一般公共预算财政拨款基本支出": the part of a measure one source funds, which the document does not
 * hold apart from the whole.
 */
const FUNDED_PART = /(?:一般公共预算|财政拨款|政府性基金|基金预算|国有资本经营预算)(?:财政)?(?:拨款)?(?:安排的?)?$/;
const VERB_BEFORE = new RegExp(`(${UP}|${DOWN})了?$`);
const RISING = new RegExp(`^(?:${RATE_UP}|${UP})$`);
const RATE = new RegExp(`^(?:${RATE_UP}|${RATE_DOWN})$`);
const YEAR = /(\d{4})年/g;

function connects(gap: string): boolean {
  return gap.length <= MAX_GAP && CONNECTOR.test(gap);
}

function written(text: string): Written {
  const [whole, frac = ""] = text.split(".");
  return { mantissa: BigInt(`${whole}${frac}`), decimals: frac.length };
}

interface Mention {
  start: number;
  end: number;
  measure: Measure;
  /** Named in a list with others ("公务用车购置费、公务接待费"): only "持平" is read for each. */
  listed: boolean;
  /** Joined to the mention before it by "、", "和", "及" or "与". */
  joined: boolean;
}

function mentionsIn(sentence: string): Mention[] {
  const mentions: Mention[] = [];
  for (const match of sentence.matchAll(MENTION)) {
    const start = match.index;
    const mention: Mention = { start, end: start + match[0].length, measure: mentionedMeasure(match), listed: false, joined: false };
    const previous = mentions.at(-1);
    if (previous && /^[、和及与]$/.test(sentence.slice(previous.end, start))) {
      previous.listed = true;
      mention.listed = true;
      mention.joined = true;
    }
    mentions.push(mention);
  }
  return mentions;
}

type Found =
  | { kind: "amount"; start: number; end: number; direction: 1 | -1 | 0; amount: Written; unit: "万元" | "元" }
  | { kind: "percent"; start: number; end: number; direction: 1 | -1; percent: Written }
  | { kind: "flat"; start: number; end: number };

function direction(verb: string): 1 | -1 {
  return RISING.test(verb) ? 1 : -1;
}

/** The money and percentage expressions of one sentence, hedged or unclear ones left out. */
function expressionsIn(sentence: string): Found[] {
  const found: Found[] = [];
  for (const m of sentence.matchAll(CLAIM)) {
    const { hedge, verb, to, num, unit, tail } = m.groups as Record<string, string | undefined>;
    if (hedge || tail || !unit || unit === "个百分点" || num === undefined) continue;
    const start = m.index + (hedge?.length ?? 0);
    const end = m.index + m[0].length;
    const rate = verb !== undefined && RATE.test(verb);
    if (unit === "%") {
      // "增长3%", "增幅为3%"; a percentage without a verb of change is a share or a standard.
      if (verb === undefined || (to && !rate)) continue;
      found.push({ kind: "percent", start, end, direction: direction(verb), percent: written(num) });
    } else if (!rate) {
      // "减少5万元" is a change; "减少到20万元" and a bare "20万元" are the amount itself.
      const change = verb !== undefined && !to;
      const money = unit === "万元" ? "万元" : "元";
      found.push({ kind: "amount", start: change ? start : end - num.length - unit.length, end, direction: change ? direction(verb) : 0, amount: written(num), unit: money });
    }
  }
  for (const m of sentence.matchAll(FLAT)) {
    if (!m.groups?.hedge) found.push({ kind: "flat", start: m.index, end: m.index + m[0].length });
  }
  return found.sort((a, b) => a.start - b.start);
}

function clauseStart(sentence: string, before: number): number {
  for (let i = before - 1; i >= 0; i--) if (CLAUSE_END.test(sentence[i]!)) return i + 1;
  return 0;
}

/** Every claim of one text, in order. */
export function readClaims(raw: string, options: ReadOptions): Claim[] {
  const text = normalizeText(raw);
  const claims: Claim[] = [];
  const named: string[] = []; // ids of the measures named in earlier sentences, in order
  for (const sentence of text.split(SENTENCE_END)) {
    const mentions = mentionsIn(sentence);
    for (const found of expressionsIn(sentence)) {
      const claim = tie(sentence, found, mentions, named, options);
      if (claim) claims.push(...claim);
    }
    named.push(...mentions.map((m) => m.measure.id));
  }
  return claims;
}

function tie(sentence: string, found: Found, mentions: readonly Mention[], named: readonly string[], options: ReadOptions): Claim[] | null {
  const quote = sentence.slice(found.start, found.end);
  const subject = mentions.filter((m) => m.end <= found.start).at(-1);
  const gap = subject ? sentence.slice(subject.end, found.start) : "";
  let measures: Measure[] = [];
  /** What the number's own words say about the year: after the last figure before it, else from its clause on. */
  let context: string;
  let verbBefore: RegExpExecArray | null = null;
  if (subject && connects(gap)) {
    const before = [...named, ...mentions.slice(0, mentions.indexOf(subject)).map((m) => m.measure.id)];
    const lead = sentence.slice(clauseStart(sentence, subject.start), subject.start);
    if (isLineOfAnother(before, subject.measure) || (subject.measure.wholeOnly && FUNDED_PART.test(lead))) return null;
    const figures = [...gap.matchAll(FIGURE)];
    const last = figures.at(-1);
    context = last ? gap.slice(last.index + last[0].length) : `${lead}${gap}`;
    // The verb may come before the name: "因工作实际增加日常公用经费支出17.14万元".
    if (!last) verbBefore = VERB_BEFORE.exec(lead);
    if (subject.listed) {
      if (found.kind !== "flat") return null; // "A和B共计X万元" is neither A nor B
      measures = listOf(mentions, subject).map((m) => m.measure);
    } else measures = [subject.measure];
  } else {
    // A reason field: "比上年下降10%" in a clause that names nothing else.
    const clause = sentence.slice(clauseStart(sentence, found.start), found.start);
    const explains = options.explains;
    if (!explains || (found.kind === "amount" && found.direction === 0)) return null;
    if (!connects(clause) || !COMPARED.test(clause)) return null;
    context = clause;
    measures = [explains];
  }
  // A year other than this one or the prior one compares with something the document does not hold.
  for (const [, year] of context.matchAll(YEAR)) {
    const y = Number(year);
    if (y !== options.priorYear && y !== options.priorYear + 1) return null;
  }
  return measures.map((measure): Claim | null => {
    switch (found.kind) {
      case "flat":
        return { kind: "flat", measure, quote };
      case "percent":
        return { kind: "percent", measure, direction: found.direction, percent: found.percent, quote };
      case "amount": {
        if (found.direction !== 0) return { kind: "change", measure, direction: found.direction, amount: found.amount, unit: found.unit, quote };
        if (verbBefore && subject) {
          const whole = sentence.slice(subject.start - verbBefore[0].length, found.end);
          return { kind: "change", measure, direction: direction(verbBefore[1]!), amount: found.amount, unit: found.unit, quote: whole };
        }
        // "比上年…20万元" without a verb of change is unclear: a difference or last year's amount?
        if (COMPARED.test(context)) return null;
        const prior = PRIOR.test(context) || context.includes(`${options.priorYear}年`);
        return { kind: "level", measure, year: prior ? "prior" : "current", amount: found.amount, unit: found.unit, quote };
      }
    }
  }).filter((claim): claim is Claim => claim !== null);
}

/** The whole list a listed mention belongs to, up to that mention. */
function listOf(mentions: readonly Mention[], member: Mention): Mention[] {
  let first = mentions.indexOf(member);
  while (first > 0 && mentions[first]!.joined) first--;
  return mentions.slice(first, mentions.indexOf(member) + 1);
}

/**
 * "机关运行经费…。主要包括：…公务用车运行维护费17.1万元": the name is 机关运行经费's line when that
 * measure was named before it in the text, and the name's own whole (“三公”经费) not after it.
 */
function isLineOfAnother(before: readonly string[], measure: Measure): boolean {
  const owner = measure.alsoLineOf;
  if (owner === undefined) return false;
  for (let i = before.length - 1; i >= 0; i--) {
    if (before[i] === owner) return true;
    if (before[i] === measure.partOf) return false;
  }
  return false;
}

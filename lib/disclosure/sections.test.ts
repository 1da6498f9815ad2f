import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ZHENGDING_434_2018 } from "../../db/seed/zhengding-434-2018";
import { COMPLETENESS_RULES } from "../checks/rules/completeness";
import { DATA_SHEETS } from "../excel/layout";
import { sectionOfField } from "./diff";
import { fieldKind, fieldName } from "./field-names";
import { pathPatterns, resolvePath } from "./field-tree";
import { documentFieldsSchema } from "./schema";
import { ALL_SECTIONS, FIELD_TREE, SECTIONS, SHEET, SHEET_OF_KEY, SHEET_ORDER, sectionOf, sectionTitle } from "./sections";

/** Every path pattern of a zod schema, "*" for a list index (the shape the registry must label). */
function schemaPatterns(schema: z.ZodType, prefix = ""): string[] {
  const out: string[] = prefix ? [prefix] : [];
  const join = (key: string) => (prefix ? `${prefix}.${key}` : key);
  let inner: z.ZodType = schema;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable) inner = inner.unwrap() as z.ZodType;
  if (inner instanceof z.ZodObject) {
    for (const [key, child] of Object.entries(inner.shape)) out.push(...schemaPatterns(child as z.ZodType, join(key)));
  } else if (inner instanceof z.ZodArray) {
    out.push(...schemaPatterns(inner.element as z.ZodType, join("*")));
  }
  return out;
}

/** Every leaf path of a document: "expenditure.projects.2.amount" … */
function leafPaths(value: unknown, prefix = ""): string[] {
  const join = (key: string | number) => (prefix ? `${prefix}.${key}` : String(key));
  if (Array.isArray(value)) return value.flatMap((v, i) => leafPaths(v, join(i)));
  if (typeof value === "object" && value !== null) return Object.entries(value).flatMap(([k, v]) => leafPaths(v, join(k)));
  return [prefix];
}

/** Every path of a document, lists and groups included (an empty list is a path too). */
function allPaths(value: unknown, prefix = ""): string[] {
  const join = (key: string | number) => (prefix ? `${prefix}.${key}` : String(key));
  const here = prefix ? [prefix] : [];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => allPaths(v, join(i)))];
  if (typeof value === "object" && value !== null) return [...here, ...Object.entries(value).flatMap(([k, v]) => allPaths(v, join(k)))];
  return here;
}

const SEED_LEAVES = leafPaths(ZHENGDING_434_2018);
const DOCUMENT_PATTERNS = schemaPatterns(documentFieldsSchema);
const asPattern = (path: string) => path.replace(/\.\d+(?=\.|$)/g, ".*");

describe("the registry of sections", () => {
  it("gives every top-level key of the document exactly one section", () => {
    const owners = ALL_SECTIONS.flatMap((s) => s.parts.map((p) => p.key));
    expect(new Set(owners).size).toBe(owners.length);
    expect([...owners].sort()).toEqual(Object.keys(documentFieldsSchema.shape).sort());
  });

  it("numbers the opening 0 and the sections 一…九 as the public page always has", () => {
    expect(ALL_SECTIONS.map((s) => s.number)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(SECTIONS.map((s) => s.title.zh)).toEqual([
      "部门职责及机构设置情况",
      "部门预算安排的总体情况",
      "机关运行经费安排情况",
      "财政拨款“三公”经费预算情况及增减变化原因",
      "绩效预算信息",
      "政府采购预算情况",
      "国有资产信息",
      "专业名词解释",
      "其他需要说明的事项",
    ]);
    for (const s of ALL_SECTIONS) expect(s.title.en, s.title.zh).not.toBe("");
    expect(sectionTitle("sangong", "en")).toBe("“Three public” expenses and their changes");
  });

  it("labels exactly the paths the document schema has", () => {
    const labelled = pathPatterns(FIELD_TREE).filter((p) => !["status", "approvalDate"].includes(p));
    expect([...labelled].sort()).toEqual([...DOCUMENT_PATTERNS].sort());
  });

  it("names every leaf of the seed 434/2018 from its labels, and the names are unique", () => {
    const names = new Map<string, string>();
    for (const path of SEED_LEAVES) {
      const { steps, node } = resolvePath(FIELD_TREE, path);
      expect(node, path).not.toBeNull();
      expect(steps.some((s) => !s.index && s.label === path.split(".").at(-1)), path).toBe(false);
      const name = fieldName(path);
      expect(names.get(name), `${path} and ${names.get(name)} are both called ${name}`).toBeUndefined();
      names.set(name, path);
    }
    expect(names.size).toBe(SEED_LEAVES.length);
  });

  it("finds every label pattern among the paths of the seed, given a row where the seed has none", () => {
    // The seed publishes an empty procurement table (空表列示), no indicator on a first-level
    // activity and no percentages: one example of each, and every labelled path is a real one.
    const sample = structuredClone(ZHENGDING_434_2018);
    const indicator = { name: "事项督查反馈率", excellent: "≥90%", good: "≥80%", fair: "≥60%", poor: "<60%" };
    sample.performance.activities[0]!.indicators.push(indicator);
    sample.procurement.lines.push({
      ...{ sourceProject: "日常公用经费", sourceBudget: 886_800, catalogCode: "A0201", item: "台式计算机", unit: "台" },
      ...{ unitPrice: 5_500, quantity: 8, general: 44_000, fund: 0, specialAccount: 0, other: 0, otherChannels: 0, statedTotal: 44_000 },
    });
    Object.assign(sample.change.stated, { totalPercent: -16.74, basicPercent: -6.94, projectPercent: -32.29 });
    // …and the seed states no budget lines, staff counts or prior-year totals of its own.
    Object.assign(sample.revenue, { statedCurrentTotal: 11_000_000, prior: 12_000_000 });
    sample.operatingCosts.prior = 900_000;
    // …nor marks a section 未列示 (an absent flag: the older implicit rule).
    sample.revenue.notStated = false;
    sample.operatingCosts.notStated = false;
    sample.staff = { authorized: 40, active: 38, retired: 12, statedTotal: 50 };
    sample.lines = {
      expenditure: [{ functionCode: "2010301", kind: "personnel", source: "general", project: "", amount: 100 }],
      economic: [{ economicCode: "30101", amount: 100 }],
      carryForward: 0,
    };
    const samplePatterns = new Set(allPaths(sample).map(asPattern));
    expect(pathPatterns(FIELD_TREE).filter((p) => !samplePatterns.has(p))).toEqual(["status", "approvalDate"]);
  });

  it("reads amounts as 万元 wherever the schema holds money", () => {
    expect(fieldKind("revenue.sources.0.amount")).toBe("yuan");
    expect(fieldKind("assets.table.buildingsArea")).toBe("text");
    expect(fieldKind("change.stated.basicPercent")).toBe("percent");
  });

  it("groups the review's changes by the same section for every leaf of the seed", () => {
    for (const path of SEED_LEAVES) expect(sectionOfField(path), path).toBe(sectionOf(path));
    expect(sectionOfField("preamble")).toBe(0);
    expect(sectionOfField("status")).toBe(0);
  });

  it("puts every sheet of the workbook in one section, in the order the workbook had", () => {
    expect(SHEET_ORDER).toEqual([
      "说明", "概述", "部门职责", "机构设置", "人员情况", "收入", "支出", "支出明细", "基本支出经济分类", "上年数及增减说明", "机关运行经费", "三公经费",
      "总体绩效目标", "绩效活动", "政府采购", "国有资产", "拟购置资产", "名词解释", "其他事项", "所列数",
    ]);
    expect([...SHEET_ORDER].sort()).toEqual(Object.values(SHEET).sort());
    for (const sheet of SHEET_OF_KEY.values()) expect(DATA_SHEETS).toContain(sheet);
  });

  it("derives one completeness rule per requirement, on a field of its own section", () => {
    const required = ALL_SECTIONS.flatMap((s) => s.required.map((r) => ({ r, section: s.number })));
    expect(COMPLETENESS_RULES.map((rule) => rule.id)).toEqual(required.map(({ r }) => `completeness.${r.id}`));
    for (const { r, section } of required) {
      expect(sectionOf(r.field), r.id).toBe(section);
      expect(resolvePath(FIELD_TREE, r.field).node, r.field).not.toBeNull();
    }
  });
});

/**
 * The false-alarm count of the free-text reading on the real seed 434/2018 and on every demo
 * document: 0. Their stored texts hold few numbers, so the generated narrative — every sentence
 * the public page prints, dense with amounts, changes and 持平 — and every other string of the
 * documents (performance standards "≥95%", dates, counts …) are read as well. The one
 * disagreement allowed is the seed's real slip (较2017年预算减少206.78万元, parts give 206.58).
 */
import { describe, expect, it } from "vitest";
import { ZHENGDING_434_2018 } from "../../../db/seed/zhengding-434-2018";
import { demoDisclosures } from "../../../db/seed/demo";
import { deriveFigures } from "../../disclosure/figures";
import { narrative } from "../../disclosure/narrative";
import type { DisclosureDocument } from "../../disclosure/schema";
import { runChecks } from "../index";
import { checkText } from "./check-text";
import { readClaims } from "./reader";

const documents: readonly { name: string; year: number; doc: DisclosureDocument }[] = [
  { name: "434/2018", year: 2018, doc: ZHENGDING_434_2018 },
  ...demoDisclosures().map(({ departmentCode, year, document }) => ({ name: `${departmentCode}/${year}`, year, doc: document })),
];

function strings(value: unknown, path: string, out: [string, string][]): [string, string][] {
  if (typeof value === "string") out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${path}.${i}`, out));
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) strings(v, path ? `${path}.${k}` : k, out);
  return out;
}

/** Every text of a document and of its printed narrative, each read as a free text. */
function textsOf(year: number, doc: DisclosureDocument): [string, string][] {
  return [...strings(doc, "", []), ...Object.entries(narrative(doc, year)).map(([k, v]): [string, string] => [`narrative.${k}`, v])];
}

describe("false alarms of rule text.numbers on the seed and the demo data", () => {
  it("the stored texts raise nothing (runChecks)", () => {
    for (const { name, doc } of documents) {
      expect(runChecks(doc).filter((f) => f.ruleId === "text.numbers"), name).toEqual([]);
    }
  });

  it("every string and every printed sentence: only the seed's real slip, out of hundreds of figures read", () => {
    let read = 0;
    const raised: string[] = [];
    for (const { name, year, doc } of documents) {
      const f = deriveFigures(doc);
      for (const [field, text] of textsOf(year, doc)) {
        read += readClaims(text, { priorYear: doc.change.priorYear }).length;
        for (const finding of checkText(doc, f, { field, label: field }, text)) raised.push(`${name} ${finding.message}`);
      }
    }
    expect(raised).toEqual(["434/2018 narrative.change中支出总计写“减少206.78万元”，按数据计算为减少206.58万元"]);
    expect(read).toBeGreaterThan(documents.length * 20);
  });
});

/**
 * The editor rendered once (server-side markup, no browser): every section, the label scheme of
 * draft-editor.tsx, the computed figures of the seed, and read-only mode.
 */
import { describe, expect, it } from "vitest";
import { ZHENGDING_434_2018 } from "@/db/seed/zhengding-434-2018";
import { emptyDocument } from "@/lib/disclosure/new-draft";
import type { DisclosureDocument } from "@/lib/disclosure/schema";
import { decode, renderEditor, stripTags } from "./editor-fixture";

function render(document: DisclosureDocument = ZHENGDING_434_2018, readOnly = false): string {
  return renderEditor(document, { readOnly });
}

function byTestId(html: string, testId: string): string {
  const match = new RegExp(`data-testid="${testId}"[^>]*>(.*?)</(td|p|span|div)>`, "s").exec(html);
  if (!match) throw new Error(`no element with data-testid=${testId}`);
  return stripTags(match[1]!);
}

/** The accessible name of every form control: its aria-label, or the text of its <label for>. */
function controlNames(html: string): Map<string, string> {
  const labels = new Map<string, string>();
  for (const m of html.matchAll(/<label for="([^"]+)"[^>]*>(.*?)<\/label>/gs)) labels.set(decode(m[1]!), decode(stripTags(m[2]!)));
  const names = new Map<string, string>();
  for (const m of html.matchAll(/<(input|textarea|select)\b([^>]*)>/g)) {
    const attrs = m[2]!;
    if (/type="(hidden|file)"/.test(attrs)) continue;
    const id = decode(/\bid="([^"]+)"/.exec(attrs)?.[1] ?? "");
    const aria = /aria-label="([^"]+)"/.exec(attrs)?.[1];
    const name = aria !== undefined ? decode(aria) : labels.get(id);
    if (name === undefined) throw new Error(`control ${id || attrs} has no label`);
    if (names.has(name)) throw new Error(`two controls are named ${name}`);
    names.set(name, id);
  }
  return names;
}

describe("DraftEditor", () => {
  const html = render();
  const names = controlNames(html);

  it("has the opening, then the nine sections in order", () => {
    const order = [...html.matchAll(/data-testid="editor-section-(\d)"/g)].map((m) => m[1]);
    expect(order).toEqual(["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]);
  });

  it("names every control by the label scheme, uniquely, with ids from document paths", () => {
    const expected: Record<string, string> = {
      "职责1": "field-duties.0",
      "单位1 单位性质": "field-units.0.nature",
      "收入来源1 金额（万元）": "field-revenue.sources.0.amount",
      "人员经费（万元）": "field-expenditure.personnel",
      "日常公用经费（万元）": "field-expenditure.publicFunds",
      "项目1 名称": "field-expenditure.projects.0.name",
      "项目6 金额（万元）": "field-expenditure.projects.5.amount",
      "上年人员经费（万元）": "field-change.prior.personnel",
      "上年日常公用经费（万元）": "field-change.prior.publicFunds",
      "上年项目支出（万元）": "field-change.prior.project",
      "人员经费变动原因": "field-change.reasons.personnel",
      "日常公用经费变动原因": "field-change.reasons.publicFunds",
      "项目支出变动原因": "field-change.reasons.project",
      "机关运行经费项目1 名称": "field-operatingCosts.items.0.name",
      "机关运行经费项目1 金额（万元）": "field-operatingCosts.items.0.amount",
      "本年因公出国（境）费（万元）": "field-sangong.current.abroad",
      "上年公务接待费（万元）": "field-sangong.prior.reception",
      "因公出国（境）费变动原因": "field-sangong.reasons.abroad",
      "总体绩效目标1": "field-performance.overallGoals.0",
      "一级活动1 名称": "field-performance.activities.0.title",
      "一级活动1 年度预算数（万元）": "field-performance.activities.0.budget",
      "一级活动1 的二级活动1 名称": "field-performance.activities.0.children.0.title",
      "截止时间（年-月-日）": "field-assets.table.asOf",
      "名词1 解释": "field-glossary.0.definition",
      "其他需要说明的事项": "field-otherMatters",
    };
    for (const [name, id] of Object.entries(expected)) expect(names.get(name), name).toBe(id);
    expect([...names.keys()].some((n) => /^一级活动\d+ (的二级活动\d+ )?绩效指标1 优$/.test(n))).toBe(true);
  });

  it("shows the seed's computed figures, never as inputs", () => {
    expect(byTestId(html, "computed-revenue-total")).toBe("1028.57");
    expect(byTestId(html, "computed-basic")).toBe("705.57");
    expect(byTestId(html, "computed-project")).toBe("323.00");
    expect(byTestId(html, "computed-expenditure-total")).toBe("1028.57");
    expect(byTestId(html, "computed-change-total")).toBe("-206.58");
    expect(byTestId(html, "computed-operating-total")).toBe("88.68");
    expect(byTestId(html, "computed-sangong-total")).toBe("79.10");
    expect(byTestId(html, "computed-asset-total")).toBe("5308.07");
    expect(byTestId(html, "computed-activity-total")).toBe("323.00");
  });

  it("shows amounts in 万元 and the stated figures with their clear button", () => {
    expect(html).toMatch(/id="field-expenditure\.personnel"[^>]*value="616\.89"/);
    expect(html).toContain('id="field-change.stated"');
    expect(html).toContain("清除所列数（以计算数为准）");
  });

  it("lists the seed's slip among the live checks, and starts saved", () => {
    expect(html).toContain('data-testid="editor-checks"');
    expect(html).toMatch(/data-testid="editor-finding" data-severity="error"/);
    expect(byTestId(html, "save-status")).toBe("已保存");
    for (const testId of ["add-project", "add-operating-item", "add-activity", "add-subactivity", "add-indicator", "add-duty", "add-unit", "add-goal", "add-glossary-term", "add-procurement-line", "add-planned-purchase"]) {
      expect(html, testId).toContain(`data-testid="${testId}"`);
    }
    expect(html).toContain('href="/edit/template?department=434&amp;year=2018"');
    expect(html).toContain('href="/edit/7/workbook"');
    expect(html).toContain('href="/edit/7/preview"');
  });

  it("offers the standard glossary for an empty one and has no stated box in a new draft", () => {
    const fresh = render({ ...emptyDocument(2025), glossary: [] });
    expect(fresh).toContain("恢复标准名词解释");
    expect(fresh).not.toContain('data-testid="stated-figures"');
  });

  it("marks an empty required text at its field and lists it, without calling the draft unsaved", () => {
    const incomplete = structuredClone(ZHENGDING_434_2018);
    incomplete.expenditure.projects.push({ name: "", amount: 0 });
    const markup = render(incomplete);
    const row = incomplete.expenditure.projects.length - 1;
    expect(markup).toMatch(new RegExp(`id="field-expenditure\\.projects\\.${row}\\.name"[^>]*aria-invalid="true"[^>]*aria-describedby="field-expenditure\\.projects\\.${row}\\.name-missing"`));
    expect(markup).toContain("尚未填写（草稿已保存，提交前须补全）");
    expect(markup).toContain('data-testid="save-incomplete"');
    expect(byTestId(markup, "save-status")).toBe("已保存");
    expect(markup).not.toMatch(/id="field-expenditure\.projects\.0\.name"[^>]*aria-invalid/);
    // Read-only, nothing is marked: there is nothing the reader could fill in.
    expect(render(incomplete, true)).not.toContain("aria-invalid");
  });

  it("has the checkboxes 本年收入未列示 and 机关运行经费未列示; checked, the section's amounts cannot be typed", () => {
    const box = (markup: string, id: string) => new RegExp(`<input[^>]*id="${id}"[^>]*>`).exec(markup)?.[0] ?? "";
    expect(names.get("机关运行经费未列示")).toBe("field-operatingCosts.notStated");
    expect(names.get("本年收入未列示")).toBe("field-revenue.notStated");
    expect(box(html, "field-operatingCosts.notStated")).not.toMatch(/checked/);
    expect(html).not.toMatch(/<fieldset[^>]*disabled/);

    const marked = structuredClone(ZHENGDING_434_2018);
    marked.operatingCosts.notStated = true;
    marked.revenue.notStated = true;
    const markup = render(marked);
    expect(box(markup, "field-operatingCosts.notStated")).toMatch(/checked/);
    expect(box(markup, "field-revenue.notStated")).toMatch(/checked/);
    // The item and source inputs sit in a disabled fieldset (a disabled fieldset disables them all).
    const disabled = [...markup.matchAll(/<fieldset[^>]*disabled[^>]*>(.*?)<\/fieldset>/gs)].map((m) => m[1]!).join("");
    expect(disabled).toContain('id="field-operatingCosts.items.0.amount"');
    expect(disabled).toContain('id="field-revenue.sources.0.amount"');
    expect(disabled).not.toContain("notStated"); // the checkbox itself stays usable
    expect(byTestId(markup, "computed-operating-total")).toBe("未列示");
    expect(byTestId(markup, "computed-revenue-total")).toBe("未列示");
  });

  it("shows a new empty draft as it is: every figure 未列示, its box checked, nothing typed as 0.00", () => {
    const box = (markup: string, id: string) => new RegExp(`<input[^>]*id="${id}"[^>]*>`).exec(markup)?.[0] ?? "";
    const fresh = render(emptyDocument(2026));
    for (const id of ["revenue.notStated", "operatingCosts.notStated"]) expect(box(fresh, `field-${id}`), id).toMatch(/checked/);
    for (const path of ["expenditure.personnel", "expenditure.publicFunds", "sangong.current.abroad", "sangong.current.reception"]) {
      expect(box(fresh, `field-${path}-not-stated`), path).toMatch(/checked/);
      expect(box(fresh, `field-${path}`), path).toMatch(/value="未列示"/);
    }
    expect(byTestId(fresh, "computed-revenue-total")).toBe("未列示");
    expect(byTestId(fresh, "computed-operating-total")).toBe("未列示");
    expect(byTestId(fresh, "computed-expenditure-total")).toBe("未列示");
    expect(fresh).not.toContain("支出合计与收入合计不相等");
    // A draft saved before the mark existed, with nothing entered: not stated, so shown checked too.
    const older = emptyDocument(2026);
    delete older.revenue.notStated;
    delete older.operatingCosts.notStated;
    const markup = render(older);
    expect(box(markup, "field-revenue.notStated")).toMatch(/checked/);
    expect(box(markup, "field-operatingCosts.notStated")).toMatch(/checked/);
    expect(byTestId(markup, "computed-revenue-total")).toBe("未列示");
    // …and entered, stated: unchecked.
    older.revenue.sources[0]!.amount = 100;
    expect(box(render(older), "field-revenue.notStated")).not.toMatch(/checked/);
  });

  it("is read-only: no saving, adding, clearing or uploading", () => {
    const readOnly = render(ZHENGDING_434_2018, true);
    expect(readOnly).not.toContain('data-testid="save-status"');
    expect(readOnly).not.toContain('data-testid="add-project"');
    expect(readOnly).not.toContain("清除所列数");
    expect(readOnly).not.toContain('type="file"');
    expect(readOnly).toMatch(/data-testid="submit-draft"[^>]*disabled/);
    for (const m of readOnly.matchAll(/<(input|textarea)\b([^>]*)>/g)) {
      if (/type="hidden"/.test(m[2]!)) continue;
      // A checkbox (未列示) ignores readonly: it is disabled instead.
      expect(m[2]).toMatch(/type="checkbox"/.test(m[2]!) ? /disabled/ : /readOnly|readonly/);
    }
    for (const m of readOnly.matchAll(/<select\b([^>]*)>/g)) expect(m[1]).toContain("disabled");
    expect(byTestId(readOnly, "computed-revenue-total")).toBe("1028.57");
  });
});

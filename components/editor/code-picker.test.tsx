/**
 * The code picker of the budget lines: its search (by code, by name, only the draft year's codes),
 * its keyboard (↓ / ↑ / Enter / Escape, picker-state.ts) and its markup (combobox, label, list box,
 * the chosen code's 类 › 款 › 项 path); and the running totals of the lines (section-lines.tsx).
 * Server-side markup and pure state, no browser: e2e/editor-budget-lines.spec.ts drives Chromium.
 */
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { pickerCodeLists } from "@/lib/classification";
import { pickerEntries, type PickerCode } from "@/lib/classification/search";
import { emptyDocument } from "@/lib/disclosure/new-draft";
import { documentWithLines } from "@/lib/disclosure/tables/fixture";
import { formatWan, wan } from "@/lib/money";
import { runChecks } from "@/lib/checks";
import { CodePicker } from "./code-picker";
import { fieldId, resolveTarget } from "./field-target";
import { DraftEditor } from "./draft-editor";
import { EditorContext } from "./editor-context";
import { InvalidFieldStore } from "./invalid-store";
import { CLOSED, isExpanded, left, matchesOf, noteOf, pressed, typed, type PickerContext, type PickerState } from "./picker-state";
import { LineTotals } from "./section-lines";

const functionCodes = (year: number): PickerCode[] => pickerEntries(pickerCodeLists(year)!.function, 7);
const economicCodes = (year: number): PickerCode[] => pickerEntries(pickerCodeLists(year)!.economic, 5);
const ctx = (year: number, value = ""): PickerContext => ({ codes: functionCodes(year), value, digits: 7, what: `${year}年支出功能分类的项级科目` });
const codesOf = (state: PickerState, c: PickerContext) => matchesOf(state, c.codes).map((code) => code.code);

describe("the picker's lists: one year, at the line level", () => {
  it("offers function 项 (7 digits) and economic 款 (5 digits) only, with their paths", () => {
    const fn = functionCodes(2016);
    expect(fn.length).toBeGreaterThan(300);
    expect(fn.every((c) => c.code.length === 7)).toBe(true);
    expect(fn.find((c) => c.code === "2010301")?.path).toEqual(["一般公共服务支出", "政府办公厅（室）及相关机构事务", "行政运行"]);
    const eco = economicCodes(2018);
    expect(eco.every((c) => c.code.length === 5)).toBe(true);
    expect(eco.find((c) => c.code === "30217")?.path).toEqual(["商品和服务支出", "公务接待费"]);
  });

  it("holds only the year's codes: 224 应急管理 from 2019, not in 2016", () => {
    expect(functionCodes(2016).some((c) => c.code.startsWith("224"))).toBe(false);
    expect(functionCodes(2019).some((c) => c.code === "2240101")).toBe(true);
    expect(pickerCodeLists(2040)).toBeNull();
  });
});

describe("searching", () => {
  it("by code: a prefix narrows, a full code finds exactly it", () => {
    const c = ctx(2016);
    expect(codesOf(typed("2010301"), c)).toEqual(["2010301"]);
    const prefix = codesOf(typed("20103"), c);
    expect(prefix.length).toBeGreaterThan(2);
    expect(prefix.every((code) => code.startsWith("20103"))).toBe(true);
  });

  it("by name, own names first, and by a 类 / 款 name with words", () => {
    const c = ctx(2016);
    const found = codesOf(typed("行政运行"), c);
    expect(found[0]).toBe("2010101");
    expect(found).toContain("2010301");
    expect(codesOf(typed("教育 行政运行"), c)).toEqual(["2050101"]);
    expect(codesOf(typed("201 行政运行"), c).slice(0, 3)).toEqual(["2010101", "2010201", "2010301"]);
  });

  it("a code of another year is not offered and says so in Chinese", () => {
    const c2016 = ctx(2016);
    expect(codesOf(typed("2240101"), c2016)).toEqual([]);
    expect(noteOf(typed("2240101"), c2016)).toBe("2240101不是2016年支出功能分类的项级科目，不能选用。");
    expect(noteOf(typed("不存在的科目"), c2016)).toBe("没有与“不存在的科目”相符的2016年支出功能分类的项级科目。");
    expect(codesOf(typed("2240101"), ctx(2019))).toEqual(["2240101"]);
    // Leaving the field does not take it: the note stays, the value does not change.
    const out = left(typed("2240101"), c2016);
    expect(out.chosen).toBeUndefined();
    expect(out.state.query).toBe("2240101");
  });
});

describe("the keyboard", () => {
  const c = ctx(2016);

  it("↓ / ↑ move through the matches and wrap; Enter takes the highlighted one", () => {
    let state = typed("行政运行");
    const matches = matchesOf(state, c.codes);
    expect(isExpanded(state, matches)).toBe(true);
    state = pressed(state, "ArrowDown", c).state;
    state = pressed(state, "ArrowDown", c).state;
    expect(state.active).toBe(2);
    const enter = pressed(state, "Enter", c);
    expect(enter.handled).toBe(true);
    expect(enter.chosen?.code).toBe(matches[2]!.code);
    expect(enter.state).toEqual(CLOSED);
    const up = pressed(typed("行政运行"), "ArrowUp", c);
    expect(up.state.active).toBe(matches.length - 1);
  });

  it("Enter on a typed full code takes it; Escape closes and keeps the code held", () => {
    expect(pressed(typed("2010301"), "Enter", c).chosen?.code).toBe("2010301");
    const escape = pressed(typed("教育"), "Escape", { ...c, value: "2010301" });
    expect(escape).toEqual({ state: CLOSED, handled: true });
    expect(pressed(CLOSED, "Escape", c).handled).toBe(false);
    expect(pressed(CLOSED, "Enter", c).handled).toBe(false);
  });

  it("↓ on a closed picker opens it beside the chosen code (its 款)", () => {
    const opened = pressed(CLOSED, "ArrowDown", { ...c, value: "2010301" }).state;
    expect(opened).toEqual({ query: "20103", open: true, active: 0 });
    expect(codesOf(opened, c)).toContain("2010301");
  });

  it("leaving with a code typed out in full takes it", () => {
    expect(left(typed(" 2080505 "), c).chosen?.code).toBe("2080505");
    expect(left(typed("行政"), c)).toEqual({ state: CLOSED });
  });
});

function renderPicker(value: string, year = 2016): string {
  return renderToStaticMarkup(
    <EditorContext.Provider value={{ readOnly: false, invalidFields: new InvalidFieldStore(), incomplete: new Set(), onRemoved: () => {} }}>
      <CodePicker path="lines.expenditure.0.functionCode" label="功能分类科目" labelPrefix="支出明细1 " value={value} codes={functionCodes(year)} what={`${year}年支出功能分类的项级科目`} digits={7} onChange={() => {}} />
    </EditorContext.Provider>,
  );
}

describe("the picker's markup", () => {
  it("is a labelled combobox controlling a list box, collapsed until typed into", () => {
    const html = renderPicker("2010301");
    expect(html).toContain('<label for="field-lines.expenditure.0.functionCode"');
    expect(html).toMatch(/<input[^>]*id="field-lines\.expenditure\.0\.functionCode"[^>]*role="combobox"[^>]*aria-expanded="false"[^>]*aria-controls="field-lines\.expenditure\.0\.functionCode-list"/);
    expect(html).toMatch(/<ul[^>]*id="field-lines\.expenditure\.0\.functionCode-list"[^>]*role="listbox"[^>]*aria-label="支出明细1 功能分类科目 可选科目"/);
    expect(html).toContain('value="2010301 行政运行"');
  });

  it("shows the chosen code's path 类 › 款 › 项, described by it", () => {
    const html = renderPicker("2010301");
    expect(html).toContain("一般公共服务支出 › 政府办公厅（室）及相关机构事务 › 行政运行");
    expect(html).toContain('aria-describedby="field-lines.expenditure.0.functionCode-path"');
  });

  it("marks a held code that is not one of the year's", () => {
    const html = renderPicker("2240101", 2016);
    expect(html).toContain("2240101不是2016年支出功能分类的项级科目，请重新选择。");
    expect(html).toContain('aria-invalid="true"');
  });
});

describe("the running totals of the lines", () => {
  const text = (html: string, testId: string) => new RegExp(`data-testid="${testId}"[^>]*>([^<]*)<`).exec(html)?.[1];

  it("show each table's totals, computed by lineTotals", () => {
    const doc = documentWithLines();
    const html = renderToStaticMarkup(<LineTotals lines={doc.lines!} />);
    expect(text(html, "computed-lines-total")).toBe("500.50");
    expect(text(html, "computed-lines-basic")).toBe("360.50");
    expect(text(html, "computed-lines-project")).toBe("140.00");
    expect(text(html, "computed-lines-personnel")).toBe("300.20");
    expect(text(html, "computed-lines-public")).toBe("60.30");
    expect(text(html, "computed-lines-source-general")).toBe("480.50");
    expect(text(html, "computed-lines-source-fund")).toBe("20.00");
    expect(text(html, "computed-lines-source-unitFunds")).toBeUndefined();
    expect(text(html, "computed-lines-economic-total")).toBe("360.50");
    expect(text(html, "computed-lines-grand-total")).toBe("500.50");
  });

  it("follow the lines: one more line changes the totals it belongs to", () => {
    const doc = documentWithLines();
    const lines = { ...doc.lines!, expenditure: [...doc.lines!.expenditure, { functionCode: "2050101", kind: "project" as const, source: "unitFunds" as const, project: "示例项目", amount: wan("9.5") }], carryForward: wan("1") };
    const html = renderToStaticMarkup(<LineTotals lines={lines} />);
    expect(text(html, "computed-lines-total")).toBe(formatWan(wan("510")));
    expect(text(html, "computed-lines-project")).toBe("149.50");
    expect(text(html, "computed-lines-basic")).toBe("360.50");
    expect(text(html, "computed-lines-source-unitFunds")).toBe("9.50");
    expect(text(html, "computed-lines-grand-total")).toBe("511.00");
  });
});

describe("the lines in the editor", () => {
  const never = () => new Promise<never>(() => {});
  const render = (doc = documentWithLines(), year = 2025) =>
    renderToStaticMarkup(
      <DraftEditor versionId={1} userId={1} revision={1} status="draft" departmentCode="499" departmentName="县政务服务管理办公室" year={year} document={doc} previousDocument={null} readOnly={false} saveAction={never} submitAction={never} importAction={never} codeLists={pickerCodeLists(year)} />,
    );

  it("sit in section 二 with their pickers, fields, add buttons and totals", () => {
    const html = render();
    const section2 = html.slice(html.indexOf('id="editor-section-2"'), html.indexOf('id="editor-section-3"'));
    expect(section2).toContain('id="field-lines"');
    expect(section2).toContain('id="field-lines.expenditure.7.functionCode"');
    expect(section2).toContain('id="field-lines.economic.0.economicCode"');
    expect(section2).toContain('id="field-lines.carryForward"');
    expect(section2).toContain('data-testid="add-expenditure-line"');
    expect(section2).toContain('data-testid="add-economic-line"');
    expect(section2).toContain('data-testid="computed-lines-total"');
    expect(section2).toContain('role="toolbar" aria-label="支出明细8 的操作"');
    // A project line names its project; a basic line does not show the field.
    expect(section2).toContain('id="field-lines.expenditure.5.project"');
    expect(section2).not.toContain('id="field-lines.expenditure.0.project"');
  });

  it("link every budget-line finding to its own field, never only to the section", () => {
    const base = documentWithLines();
    const doc = {
      ...base,
      expenditure: { ...base.expenditure, personnel: (base.expenditure.personnel ?? 0) + wan("1") },
      revenue: { ...base.revenue, sources: base.revenue.sources.map((s, i) => (i === 0 ? { ...s, amount: s.amount + wan("2") } : s)) },
      sangong: { ...base.sangong, current: { ...base.sangong.current, reception: 0 } },
      staff: { authorized: 10, active: 8, retired: 3, statedTotal: 12 },
      lines: { ...base.lines!, economic: [...base.lines!.economic, { economicCode: "30217", amount: wan("3") }] },
    };
    const findings = runChecks(doc).filter((f) => f.ruleId.startsWith("lines.") || f.ruleId.startsWith("staff."));
    expect(new Set(findings.map((f) => f.ruleId))).toEqual(new Set(["lines.typed-figures", "lines.revenue-by-source", "lines.economic-basic", "lines.sangong-economic", "staff.total"]));
    const ids = new Set([...render(doc).matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]!));
    for (const finding of findings) {
      expect(resolveTarget(finding.field!, (id) => ids.has(id)), `${finding.ruleId} ${finding.field}`).toBe(fieldId(finding.field!));
    }
  });

  it("offers to start the lines where a document has none (未随原文公开)", () => {
    const html = render({ ...emptyDocument(2016), lines: null }, 2016);
    expect(html).toContain('data-testid="start-lines"');
    expect(html).not.toContain('data-testid="add-expenditure-line"');
  });
});

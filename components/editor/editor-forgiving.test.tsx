/**
 * The editor forgives (server-side markup, no browser): a removed row can be put back and 删除 is
 * no Tab stop; the sentence the public page generates is shown beside 收入说明 / 支出说明; submitting
 * is confirmed with a summary, and a submission can be withdrawn.
 */
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ZHENGDING_434_2018 } from "@/db/seed/zhengding-434-2018";
import { expenditureSentence, revenueSentence } from "@/lib/disclosure/narrative";
import { wan } from "@/lib/money";
import { never, renderEditor as render, textOf } from "./editor-fixture";
import { repeatedFigures } from "./generated-sentence";
import { RemovalNotice } from "./removal-notice";
import { SubmitSummary } from "./submit-confirm";

/** The attributes of the button named `label`. */
function button(html: string, label: string): string {
  const match = new RegExp(`<button([^>]*aria-label="${label}"[^>]*)>`).exec(html);
  if (!match) throw new Error(`no button ${label}`);
  return match[1]!;
}

describe("removing rows", () => {
  const html = render();

  it("puts a row's buttons in one toolbar whose Tab stop is a move, never 删除", () => {
    expect(html).toContain('role="toolbar" aria-label="项目2 的操作"');
    expect(button(html, "删除项目2")).toContain('tabindex="-1"');
    expect(button(html, "上移项目2")).toContain('tabindex="0"');
    // The first row cannot move up: its stop is 下移.
    expect(button(html, "上移项目1")).toMatch(/disabled/);
    expect(button(html, "下移项目1")).toContain('tabindex="0"');
    expect(button(html, "删除项目1")).toContain('tabindex="-1"');
    // Every row has exactly one Tab stop.
    const project2 = /role="toolbar" aria-label="项目2 的操作"[^>]*>(.*?)<\/div>/s.exec(html)![1]!;
    expect(project2.match(/tabindex="0"/g)).toHaveLength(1);
  });

  it("a single row's only Tab stop is 删除 (nothing else can act), and the removal can be undone", () => {
    const one = structuredClone(ZHENGDING_434_2018);
    one.expenditure.projects = one.expenditure.projects.slice(0, 1);
    expect(button(render(one), "删除项目1")).toContain('tabindex="0"');
    const notice = renderToStaticMarkup(<RemovalNotice removal={{ label: "项目2", undo: () => {}, dismissed: () => {} }} onClose={() => {}} />);
    expect(textOf(notice)).toContain("已删除项目2撤销");
    expect(notice).toContain('data-testid="undo-removal"');
    expect(renderToStaticMarkup(<RemovalNotice removal={null} onClose={() => {}} />)).toBe("");
  });
});

describe("the generated sentences beside 收入说明 / 支出说明", () => {
  const html = render();

  it("shows, labelled 自动生成, exactly the sentence the public page prints", () => {
    const text = (id: string) => textOf(new RegExp(`data-testid="${id}-text">(.*?)</span>`, "s").exec(html)![1]!);
    expect(text("generated-revenue")).toBe(revenueSentence(ZHENGDING_434_2018, 2018));
    expect(text("generated-revenue")).toContain("2018年预算收入1028.57万元");
    expect(text("generated-expenditure")).toBe(expenditureSentence(ZHENGDING_434_2018, 2018));
    expect(html.match(/自动生成<\/span>/g)).toHaveLength(2);
    expect(html).toMatch(/id="field-revenue\.intro"[^>]*aria-describedby="generated-revenue"/);
    // The seed's intros state no figure: nothing repeated.
    expect(html).not.toContain("generated-revenue-repeated");
  });

  it("flags a figure the editor typed into the text as well", () => {
    const doc = structuredClone(ZHENGDING_434_2018);
    doc.revenue.intro = "本年收入1028.57万元";
    const markup = render(doc);
    expect(textOf(/data-testid="generated-revenue-repeated">(.*?)<\/p>/s.exec(markup)![1]!)).toContain("1028.57");
    expect(repeatedFigures("项目支出323万元", [wan("323")])).toEqual(["323.00"]);
    expect(repeatedFigures("共11028.579万元", [wan("1028.57")])).toEqual([]);
    expect(repeatedFigures("反映本部门当年全部收入", [wan("1028.57"), 0])).toEqual([]);
  });
});

describe("submitting and withdrawing", () => {
  it("sums up the totals and the checks before submitting", () => {
    const summary = textOf(
      renderToStaticMarkup(
        <SubmitSummary departmentName="县政务服务管理办公室" year={2019} revenueTotal={wan("1028.57")} expenditureTotal={wan("1028.57")} errors={1} warnings={2} incomplete={0} />,
      ),
    );
    expect(summary).toContain("收入合计1028.57万元");
    expect(summary).toContain("1 处错误，2 条提示");
    expect(summary).toContain("提交会被拒绝");
    const clean = renderToStaticMarkup(
      <SubmitSummary departmentName="县政务服务管理办公室" year={2019} revenueTotal={wan("10")} expenditureTotal={wan("10")} errors={0} warnings={0} incomplete={0} />,
    );
    expect(textOf(clean)).toContain("无错误");
    expect(clean).not.toContain("submit-summary-blocked");
    // The editor holds the dialog, closed until 提交审核 is pressed.
    expect(render()).toMatch(/<dialog[^>]*data-testid="submit-confirm"/);
  });

  it("offers 撤回提交 on a submitted version to the department's editors only", () => {
    const submitted = render(ZHENGDING_434_2018, { status: "submitted", readOnly: true, withdrawAction: never });
    expect(textOf(submitted)).toContain("已提交，等待财政局审核");
    expect(submitted).toContain('data-testid="withdraw-submission"');
    expect(render(ZHENGDING_434_2018, { status: "submitted", readOnly: true, withdrawAction: null })).not.toContain("withdraw-submission");
    expect(render()).not.toContain("withdraw-submission");
  });
});

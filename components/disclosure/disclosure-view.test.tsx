import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ZHENGDING_434_2018 } from "../../db/seed/zhengding-434-2018";
import type { Finding } from "../../lib/checks/types";
import { wan } from "../../lib/money";
import { ChecksPanel } from "./checks-panel";
import { Balance, SectionTables } from "./section-tables";
import type { BalanceTable } from "../../lib/disclosure/tables";
import { documentWithLines } from "../../lib/disclosure/tables/fixture";
import { seedDisclosureView } from "./fixture";

function render(document = ZHENGDING_434_2018, isDemo = false): string {
  return renderToStaticMarkup(seedDisclosureView(document, isDemo));
}

/** The text content of the element carrying `data-testid`, tags stripped. */
function byTestId(html: string, testId: string): string {
  const match = new RegExp(`data-testid="${testId}"[^>]*>(.*?)</(td|p|th|span|h1)>`, "s").exec(html);
  if (!match) throw new Error(`no element with data-testid=${testId}`);
  return match[1]!.replace(/<[^>]+>/g, "");
}

describe("DisclosureView of the 2018 seed", () => {
  const html = render();

  it("has the title and numbers the nine sections consecutively", () => {
    expect(byTestId(html, "disclosure-title")).toBe("正定县人民政府办公室2018年部门预算信息公开");
    const headings = [...html.matchAll(/<h2 id="(section-\d)-title"[^>]*>(.*?)<\/h2>/g)].map((m) => [m[1], m[2]]);
    expect(headings.map(([id]) => id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `section-${n}`));
    expect(headings.map(([, title]) => title!.slice(0, 2))).toEqual(
      ["一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、", "九、"],
    );
    expect(html).toContain("五、绩效预算信息");
    expect(html).toContain("七、国有资产信息");
    expect(html).not.toContain("示例数据");
    expect(render(ZHENGDING_434_2018, true)).toContain("示例数据");
  });

  it("prints the stated change in the text and the derived one in the table", () => {
    expect(byTestId(html, "narrative-change")).toContain("较2017年预算减少206.78万元");
    expect(byTestId(html, "change-total")).toBe("-206.58");
    expect(byTestId(html, "change-publicFunds")).toBe("+17.14");
    expect(byTestId(html, "revenue-total")).toBe("1028.57");
    expect(byTestId(html, "expenditure-total")).toBe("1028.57");
    expect(byTestId(html, "expenditure-project")).toBe("323.00");
    expect(byTestId(html, "operating-costs-total")).toBe("88.68");
    expect(byTestId(html, "sangong-total")).toBe("79.10");
    expect(byTestId(html, "sangong-abroad-change")).toBe("-5.00");
    expect(byTestId(html, "asset-total")).toBe("5308.07");
    expect(byTestId(html, "planned-purchases-total")).toBe("7.00");
    expect(byTestId(html, "asset-as-of")).toBe("截止时间：2017年12月31日");
  });

  it("prints 未列示 and no sentence for 收入 and 机关运行经费 marked not stated", () => {
    const marked = structuredClone(ZHENGDING_434_2018);
    marked.revenue.notStated = true;
    marked.operatingCosts.notStated = true;
    const page = render(marked);
    expect(byTestId(page, "revenue-total")).toBe("未列示");
    expect(byTestId(page, "operating-costs-total")).toBe("未列示");
    // The seed's own sentences are there unmarked, and gone (no paragraph at all) once marked.
    expect(byTestId(html, "narrative-operating-costs")).toContain("机关运行经费");
    expect(byTestId(html, "narrative-revenue")).toContain("1028.57");
    expect(page).not.toContain('data-testid="narrative-operating-costs"');
    expect(page).not.toContain('data-testid="narrative-revenue"');
    // Nor do the rows' amounts print (they would add up to the total): each reads 未列示.
    const revenueRows = /data-testid="revenue-table".*?<tbody>(.*?)<\/tbody>/s.exec(page)![1]!;
    expect(revenueRows).not.toContain("1028.57");
    expect(revenueRows.match(/未列示/g)).toHaveLength(ZHENGDING_434_2018.revenue.sources.length + 1);
    const operatingRows = /data-testid="operating-costs-table".*?<tbody>(.*?)<\/tbody>/s.exec(page)![1]!;
    expect(operatingRows).not.toMatch(/\d+\.\d{2}/);
    expect(operatingRows.match(/未列示/g)).toHaveLength(ZHENGDING_434_2018.operatingCosts.items.length + 1);
  });

  it("renders one performance row per indicator, with the activity cells spanning them", () => {
    const activities = ZHENGDING_434_2018.performance.activities;
    const entries = activities.flatMap((a) => [a, ...a.children]);
    const body = /data-testid="performance-table".*?<tbody>(.*?)<\/tbody>/s.exec(html)![1]!;
    const rows = body.match(/<tr/g)!.length;
    expect(rows).toBe(entries.reduce((n, a) => n + Math.max(1, a.indicators.length), 0));
    expect(body).toContain('rowSpan="7"');
    expect(body).toContain("一、政务服务与政务管理");
    expect(body).toContain("十四、县政府门户网站维护");
  });

  it("prints the empty procurement table with its statement", () => {
    expect(byTestId(html, "procurement-total")).toBe("0.00");
    expect(byTestId(html, "procurement-empty-statement")).toBe("2018年度未安排政府采购预算，空表列示。");
  });

  it("gives every header cell a scope and every wide table a keyboard-scrollable region", () => {
    const ths = html.match(/<th[ >][^>]*>/g)!;
    expect(ths.filter((th) => !th.includes("scope="))).toEqual([]);
    const regions = html.match(/<div role="region" aria-label="[^"]+" tabindex="0"/g)!;
    expect(regions.length).toBe(html.match(/<table/g)!.length);
    expect(html).not.toMatch(/<section(?![^>]*aria-labelledby)[^>]*>/);
  });

  it("shows a procurement line and its funding columns", () => {
    const doc = structuredClone(ZHENGDING_434_2018);
    doc.procurement.lines = [
      {
        sourceProject: "保障政府办公室正常运转工作经费",
        sourceBudget: wan("130"),
        catalogCode: "A02010104",
        item: "台式计算机",
        unit: "台",
        unitPrice: wan("0.5"),
        quantity: 8,
        general: wan("3"),
        fund: 0,
        specialAccount: 0,
        other: 0,
        otherChannels: wan("1"),
      },
    ];
    const withLine = render(doc);
    expect(byTestId(withLine, "procurement-total")).toBe("4.00");
    expect(withLine).toContain("台式计算机");
    expect(withLine).not.toContain("procurement-empty-statement");
  });
});

describe("ChecksPanel", () => {
  const finding: Finding = {
    ruleId: "change.total",
    severity: "error",
    field: "change.stated.total",
    message: "比上年增减合计应为-206.58万元，文件列示-206.78万元",
  };

  it("summarises and lists findings with a text badge", () => {
    const html = renderToStaticMarkup(
      <ChecksPanel findings={[{ ...finding, ruleId: "w", severity: "warning", message: "提示一条" }, finding]} />,
    );
    expect(html).toContain('data-testid="checks-panel"');
    expect(byTestId(html, "checks-summary")).toBe("发现 1 处不一致，另有 1 条提示");
    const items = html.match(/data-testid="check-finding" data-severity="(\w+)"/g)!;
    expect(items).toEqual([
      'data-testid="check-finding" data-severity="error"',
      'data-testid="check-finding" data-severity="warning"',
    ]);
    expect(html).toContain("错误");
    expect(html).toContain("提示");
    // The field by its Chinese name, never the internal path.
    expect(html).toContain("比上年增减 › 原文所列增减 › 支出合计");
    expect(html).not.toContain("change.stated.total");
    expect(html).toContain("容差0.01万元");
  });

  it("counts in English with the plural rules", () => {
    const one = renderToStaticMarkup(<ChecksPanel findings={[finding]} lang="en" />);
    expect(byTestId(one, "checks-summary")).toBe("1 inconsistency found");
    const two = renderToStaticMarkup(
      <ChecksPanel findings={[finding, finding, { ...finding, severity: "warning" }]} lang="en" />,
    );
    expect(byTestId(two, "checks-summary")).toBe("2 inconsistencies found, and 1 note");
  });

  it("says so when everything agrees", () => {
    const html = renderToStaticMarkup(<ChecksPanel findings={[]} />);
    expect(byTestId(html, "checks-summary")).toBe("各项数据核对一致");
    expect(html).not.toContain("check-finding");
  });
});

describe("the national tables on the disclosure page", () => {
  it("the seed shows only the note that its tables were not published with the text", () => {
    const html = render();
    expect(byTestId(html, "budget-tables-note")).toContain("未随原文公开");
    expect(html).not.toContain('data-testid="budget-table-');
    expect(html).not.toContain('data-testid="narrative-staff"');
  });

  it("a document entered as lines shows all ten tables with captions, and its staff counts", async () => {
    const { documentWithLines } = await import("../../lib/disclosure/tables/fixture");
    const html = render(documentWithLines());
    const captions = [...html.matchAll(/<caption[^>]*>(?:<span[^>]*>)?(表\d+ [^<]*)<\/(?:span|caption)>/g)].map((m) => m[1]);
    expect(captions).toHaveLength(10);
    expect(captions[0]).toBe("表1 部门收支总表（单位：万元）");
    expect(captions[6]).toBe("表7 一般公共预算“三公”经费支出表（单位：万元）");
    expect(byTestId(html, "budget-table-stateCapital-empty")).toBe("本部门无国有资本经营预算拨款安排的支出，本表为空表。");
    expect(html).toContain("<td>2010301</td>");
    expect(byTestId(html, "narrative-staff")).toBe("本部门编制数30人；实有人数40人，其中在职28人、离退休12人。");
  });
});

describe("部门收支总表", () => {
  const table = (expenditure: number | null): BalanceTable => ({
    kind: "balance",
    id: "summary",
    number: 1,
    title: "部门收支总表",
    emptyNote: null,
    rows: [
      { revenue: { name: "一般公共预算拨款收入", amount: null }, expenditure: { name: "一般公共服务支出", amount: wan("10") } },
      { revenue: null, expenditure: { name: "教育支出", amount: wan("2") } },
      { revenue: { name: "本年收入合计", amount: null, strong: true }, expenditure: { name: "本年支出合计", amount: expenditure, strong: true } },
    ],
  });
  const cells = (html: string) => [...html.matchAll(/<(td|th)[^>]*>(.*?)<\/(td|th)>/g)].map((m) => m[2]);

  it("prints 未列示 on either side where a figure is not stated, never a blank", () => {
    const html = renderToStaticMarkup(<Balance table={table(null)} />);
    const body = cells(/<tbody>(.*?)<\/tbody>/s.exec(html)![1]!);
    expect(body).toEqual(["一般公共预算拨款收入", "未列示", "一般公共服务支出", "10.00", "", "", "教育支出", "2.00", "本年收入合计", "未列示", "本年支出合计", "未列示"]);
    // Each item is a row header, so a screen reader reads 未列示 with its item and column.
    expect(html).toContain('<th scope="row" class="strong">本年支出合计</th>');
    expect(cells(renderToStaticMarkup(<Balance table={table(wan("12"))} />)).slice(-1)).toEqual(["12.00"]);
  });

  it("prints 未列示 for the revenue side of a document whose revenue is marked not stated", () => {
    const doc = documentWithLines();
    doc.revenue.notStated = true;
    const html = renderToStaticMarkup(<SectionTables year={2025} document={doc} />);
    const summary = /data-testid="budget-table-summary".*?<tbody>(.*?)<\/tbody>/s.exec(html)![1]!;
    const row = (name: string) => new RegExp(`>${name}</th><td[^>]*>([^<]*)</td>`).exec(summary)?.[1];
    expect(row("本年收入合计")).toBe("未列示");
    expect(row("收入总计")).toBe("未列示");
    expect(row("一般公共预算拨款收入")).toBe("未列示");
    expect(row("本年支出合计")).toBe("500.50");
    const fiscal = /data-testid="budget-table-fiscalSummary".*?<tbody>(.*?)<\/tbody>/s.exec(html)![1]!;
    expect(new RegExp(`>收入总计</th><td[^>]*>([^<]*)</td>`).exec(fiscal)?.[1]).toBe("未列示");
  });
});

import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import type { CompareState } from "@/lib/compare/state";
import { CompareForm } from "./compare-form";

vi.mock("next/navigation", () => ({ useRouter: () => ({ replace: () => {} }) }));

const state: CompareState = { departments: ["401", "402"], years: [2017, 2018], measure: "sangongTotal", chart: "line" };

function render(q = "434") {
  return renderToStaticMarkup(
    <CompareForm
      state={state}
      q={q}
      departments={[
        { code: "401", ref: "401", name: "县教育局", isDemo: true },
        { code: "402", ref: "402", name: "县卫生健康局", isDemo: true },
      ]}
      matches={[
        { code: "434", ref: "434", name: "正定县人民政府办公室", isDemo: false, years: [2018] },
        { code: "401", ref: "401", name: "县教育局", isDemo: true, years: [2016, 2017] },
      ]}
      availableYears={[2016, 2017, 2018, 2019]}
    />,
  );
}

/** The attributes of every `<name …>` start tag, whatever order React wrote them in. */
function tags(html: string, name: string): Record<string, string>[] {
  return [...html.matchAll(new RegExp(`<${name}(\\s[^>]*)?/?>`, "g"))].map((m) =>
    Object.fromEntries([...(m[1] ?? "").matchAll(/([\w-]+)(?:="([^"]*)")?/g)].map((a) => [a[1]!, (a[2] ?? "").replace(/&amp;/g, "&")])),
  );
}

const link = (html: string, label: string) => tags(html, "a").find((a) => a["aria-label"] === label);

describe("CompareForm without JavaScript", () => {
  const html = render();

  it("is a GET form on /compare carrying the selected departments", () => {
    expect(tags(html, "form")[0]).toMatchObject({ method: "get", action: "/compare" });
    expect(tags(html, "input").find((i) => i.type === "hidden")).toMatchObject({ name: "departments", value: "401,402" });
  });

  it("labels the search field 搜索部门 and keeps the search text", () => {
    expect(html).toMatch(/<label for="compare-q"[^>]*>搜索部门<\/label>/);
    expect(tags(html, "input").find((i) => i.id === "compare-q")).toMatchObject({ name: "q", type: "search", value: "434" });
  });

  it("adds a match with a link named 添加 code name, keeping the state", () => {
    expect(link(html, "添加 434 正定县人民政府办公室")?.href).toBe(
      "/compare?departments=401,402,434&years=2017,2018&measure=sangongTotal&chart=line&q=434",
    );
    expect(link(html, "添加 401 县教育局")).toBeUndefined(); // already selected
    expect(link(html, "正定县人民政府办公室2018年部门预算")?.href).toBe("/departments/434/2018");
  });

  it("removes a selected department with a link named 移除 code name", () => {
    expect(link(html, "移除 401 县教育局")?.href).toBe("/compare?departments=402&years=2017,2018&measure=sangongTotal&chart=line&q=434");
  });

  it("groups years and chart types in fieldsets with legends, checked as in the URL", () => {
    expect(html.match(/<fieldset>/g)).toHaveLength(2);
    expect(html.match(/<legend[^>]*>(年度|图表类型)<\/legend>/g)).toHaveLength(2);
    const checked = tags(html, "input").filter((i) => "checked" in i).map((i) => `${i.name}=${i.value}`);
    expect(checked).toEqual(["years=2017", "years=2018", "chart=line"]);
    expect(html).toMatch(/<label for="compare-measure"[^>]*>比较指标<\/label>/);
    expect(tags(html, "option").find((o) => "selected" in o)?.value).toBe("sangongTotal");
    expect(html).toMatch(/<button type="submit"[^>]*>更新比较<\/button>/);
  });

  it("shows no result list before a search", () => {
    expect(link(render(""), "添加 434 正定县人民政府办公室")).toBeUndefined();
  });
});

describe("CompareForm in English", () => {
  const html = renderToStaticMarkup(
    <CompareForm
      state={state}
      q="434"
      departments={[{ code: "401", ref: "401", name: "县教育局", isDemo: true }]}
      matches={[{ code: "434", ref: "434", name: "正定县人民政府办公室", isDemo: false, years: [2018] }]}
      availableYears={[2017, 2018]}
      lang="en"
    />,
  );

  it("submits to /en/compare and keeps every link in English", () => {
    expect(tags(html, "form")[0]).toMatchObject({ method: "get", action: "/en/compare" });
    expect(link(html, "Add 434 正定县人民政府办公室")?.href).toBe(
      "/en/compare?departments=401,402,434&years=2017,2018&measure=sangongTotal&chart=line&q=434",
    );
    expect(link(html, "Remove 401 县教育局")?.href).toMatch(/^\/en\/compare\?departments=402&/);
    expect(link(html, "正定县人民政府办公室 budget 2018")?.href).toBe("/en/departments/434/2018");
    expect(html).toContain("demo data (示例数据)");
    expect(html).toMatch(/<button type="submit"[^>]*>Update comparison<\/button>/);
  });
});

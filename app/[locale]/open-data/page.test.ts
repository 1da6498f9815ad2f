/** The /open-data documentation covers every endpoint, parameter, field and measure, accessibly. */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { HEADLINE_MEASURES } from "@/lib/disclosure/figures";
import { BUDGET_FIELDS } from "@/lib/open-data/budget-csv";
import { departmentsQuery, disclosuresQuery, figuresQuery } from "@/lib/open-data/params";
import { SUMMARY_COLUMNS } from "@/lib/open-data/summary-csv";
import { ENDPOINTS } from "./endpoint-docs";
import OpenDataPage from "./page";

const html = renderToStaticMarkup(createElement(OpenDataPage));
const text = html
  .replace(/<[^>]+>/g, " ")
  .replace(/&quot;/g, '"')
  .replace(/&#x27;/g, "'")
  .replace(/&amp;/g, "&");

describe("/open-data", () => {
  it("documents every endpoint, with example URLs", () => {
    for (const path of [
      "/api/v1/departments",
      "/api/v1/departments/{code}",
      "/api/v1/years",
      "/api/v1/disclosures",
      "/api/v1/disclosures/{code}/{year}",
      "/api/v1/figures",
      "/api/v1/bulk/{year}.csv",
      "/api/v1/bulk/{year}.xlsx",
      "/api/v1/bulk/{year}/datapackage.json",
      "/api/v1/bulk/{year}/budget.csv",
      "/api/v1/bulk/{year}/budget.xlsx",
    ]) {
      expect(text).toContain(`GET ${path}`);
    }
    expect(html).toContain('href="/api/v1/figures?departments=401,434&amp;years=2017,2018&amp;measure=total"');
    expect(html).toContain('href="/api/v1/bulk/2018/datapackage.json"');
  });

  it("documents every query parameter the API reads", () => {
    const documented = new Set(ENDPOINTS.flatMap((e) => e.params.map((p) => p.name)));
    for (const schema of [departmentsQuery, disclosuresQuery, figuresQuery]) {
      for (const name of Object.keys(schema.shape)) expect(documented).toContain(name);
    }
  });

  it("documents the amounts scheme, pagination, errors, every measure and every bulk column", () => {
    expect(text).toContain('"wan": "1028.57"');
    expect(text).toContain('"yuan": 10285700');
    expect(text).toContain('"next": "/api/v1/departments?pageSize=1&page=2"');
    expect(text).toContain("messageEn");
    for (const measure of HEADLINE_MEASURES) expect(text).toContain(measure);
    for (const field of BUDGET_FIELDS) expect(text).toContain(field.name);
    for (const column of SUMMARY_COLUMNS) expect(text).toContain(column.header);
    expect(text).toContain("示例数据");
    expect(text).toContain("functionCode");
  });

  it("offers the plain download first, before the developer reference", () => {
    const download = html.indexOf('data-testid="bulk-downloads"');
    expect(download).toBeGreaterThan(-1);
    expect(download).toBeLessThan(html.indexOf("开放数据接口 (Open data API)"));
    expect(text).toContain("下载全部数据");
  });

  it("is structured for assistive technology: one h1, captioned tables, labelled sections", () => {
    expect(html.match(/<h1/g)).toHaveLength(1);
    expect((html.match(/<table/g) ?? []).length).toBe((html.match(/<caption/g) ?? []).length);
    expect(html).not.toMatch(/<th>/); // every header cell has a scope
    for (const match of html.matchAll(/aria-labelledby="([^"]+)"/g)) expect(html).toContain(`id="${match[1]}"`);
  });
});

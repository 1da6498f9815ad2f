import { describe, expect, it } from "vitest";
import { contentDisposition, hasMalformedPath } from "./http";

describe("addresses the portal cannot read", () => {
  it("finds percent-encoding in the path that does not decode", () => {
    expect(hasMalformedPath("/departments/%E0%A4%A/2018")).toBe(true);
    expect(hasMalformedPath("/departments/%/2018")).toBe(true);
    expect(hasMalformedPath("/api/v1/departments/%ZZ")).toBe(true);
  });

  it("lets through well-formed paths, whatever the query holds", () => {
    expect(hasMalformedPath("/departments/434/2018")).toBe(false);
    expect(hasMalformedPath("/compare?departments=%E0%A4%A&years=2018")).toBe(false);
    expect(hasMalformedPath("/departments/%E6%AD%A3%E5%AE%9A")).toBe(false);
    expect(hasMalformedPath("/")).toBe(false);
  });
});

describe("download file names (RFC 6266)", () => {
  /** The header's parameters as a browser splits them: name → value, quotes removed. */
  function parameters(header: string): Map<string, string> {
    const out = new Map<string, string>();
    for (const match of header.matchAll(/;\s*([^=;\s]+)\s*=\s*("[^"]*"|[^;]*)/g)) {
      out.set(match[1]!.toLowerCase(), match[2]!.replace(/^"|"$/g, ""));
    }
    return out;
  }

  const HOSTILE = [
    `x.html"; filename="'`,
    `x.html'; filename*=UTF-8''evil.html`,
    "a/../../b\\c",
    "tab\there\nnew;line\u0000nul",
    "100% (test)*!",
    "正定县'人民政府\"办公室",
  ];

  it("keeps one filename and one filename* whatever the department is called, and the saved name ends in the extension", () => {
    for (const name of HOSTILE) {
      for (const extension of ["xlsx", "csv", "json"] as const) {
        const header = contentDisposition(`434${name}2018年部门预算.${extension}`, extension);
        expect(header.startsWith("attachment; ")).toBe(true);
        const params = parameters(header);
        expect([...params.keys()]).toEqual(["filename", "filename*"]);
        const fallback = params.get("filename")!;
        expect(fallback).toMatch(/^[\x20-\x7e]+$/);
        expect(fallback).not.toMatch(/["'\\/;%]/);
        expect(fallback.endsWith(`.${extension}`)).toBe(true);
        const star = params.get("filename*")!;
        expect(star).toMatch(/^UTF-8''[A-Za-z0-9._%-]+$/);
        const decoded = decodeURIComponent(star.slice("UTF-8''".length));
        expect(decoded.endsWith(`2018年部门预算.${extension}`)).toBe(true);
        expect(decoded).not.toMatch(/[\u0000-\u001f/\\]/);
      }
    }
  });

  it("percent-encodes what encodeURIComponent leaves alone", () => {
    expect(contentDisposition("a'()*!~.csv", "csv")).toBe(`attachment; filename="a_()*!~.csv"; filename*=UTF-8''a%27%28%29%2A%21%7E.csv`);
  });

  it("writes plain names as they are, Chinese ones encoded, with an optional ASCII fallback", () => {
    expect(contentDisposition("budget-2018.csv", "csv")).toBe(`attachment; filename="budget-2018.csv"; filename*=UTF-8''budget-2018.csv`);
    expect(contentDisposition("比较.json", "json", "compare")).toBe(
      `attachment; filename="compare.json"; filename*=UTF-8''${encodeURIComponent("比较.json")}`,
    );
    expect(contentDisposition("x.html", "xlsx")).toBe(`attachment; filename="x.html.xlsx"; filename*=UTF-8''x.html.xlsx`);
  });
});

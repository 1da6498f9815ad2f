import { describe, expect, it } from "vitest";
import { langOfPath, localePath, queryString, switchedPath } from "@/lib/lang-paths";

describe("language of a path", () => {
  it("is English under /en only", () => {
    expect(langOfPath("/en")).toBe("en");
    expect(langOfPath("/en/departments/434")).toBe("en");
    expect(langOfPath("/en?q=x")).toBe("en");
    expect(langOfPath("/")).toBe("zh");
    expect(langOfPath("/departments/434")).toBe("zh");
    expect(langOfPath("/english")).toBe("zh");
    expect(langOfPath("/enroll/en")).toBe("zh");
  });
});

describe("localePath", () => {
  it("prefixes English page links with /en, the home page as /en itself", () => {
    expect(localePath("/", "en")).toBe("/en");
    expect(localePath("/departments/434/2018", "en")).toBe("/en/departments/434/2018");
    expect(localePath("/?q=教育&page=2#departments", "en")).toBe("/en?q=教育&page=2#departments");
    expect(localePath("/#departments", "en")).toBe("/en#departments");
    expect(localePath("/compare?departments=434,401&years=2018", "en")).toBe("/en/compare?departments=434,401&years=2018");
  });

  it("leaves Chinese links alone and never doubles the prefix", () => {
    expect(localePath("/years/2018?measure=total", "zh")).toBe("/years/2018?measure=total");
    expect(localePath("/en/years", "en")).toBe("/en/years");
    expect(localePath("/en/years", "zh")).toBe("/years");
    expect(localePath("/en", "zh")).toBe("/");
    expect(localePath("/en?q=1", "zh")).toBe("/?q=1");
  });
});

describe("switchedPath: the same page in the other language", () => {
  it("keeps path and query both ways", () => {
    const zh = "/compare?departments=434,401&years=2017,2018&measure=total&chart=line";
    const en = switchedPath(zh);
    expect(en).toBe(`/en${zh}`);
    expect(switchedPath(en)).toBe(zh);
    expect(switchedPath("/departments/434")).toBe("/en/departments/434");
    expect(switchedPath("/en/departments/434")).toBe("/departments/434");
    expect(switchedPath("/")).toBe("/en");
    expect(switchedPath("/en")).toBe("/");
  });
});

describe("queryString", () => {
  it("writes the query as the portal does, commas unescaped", () => {
    expect(queryString(new URLSearchParams("departments=434,401&years=2017,2018&q=教育 局"))).toBe(
      "?departments=434,401&years=2017,2018&q=%E6%95%99%E8%82%B2%20%E5%B1%80",
    );
    expect(queryString(new URLSearchParams(""))).toBe("");
    expect(queryString([["a&b", "c=d"]])).toBe("?a%26b=c%3Dd");
  });
});

import { describe, expect, it } from "vitest";
import { hasMalformedPath } from "./http";

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

import { describe, expect, it } from "vitest";
import { formRedirect } from "./form-redirect";

describe("formRedirect", () => {
  it("sends a form submission (years repeated, empty search, the form marker) to the canonical address", () => {
    const submitted = new URLSearchParams("departments=434,401&form=1&q=&years=2017&years=2016&measure=total&chart=bar");
    expect(formRedirect(submitted)).toBe("/compare?departments=434,401&years=2016,2017&measure=total&chart=bar");
    expect(formRedirect({ departments: "434", years: ["2016", "2017"] })).toBe("/compare?departments=434&years=2016,2017&measure=total&chart=bar");
  });

  it("leaves alone what is already canonical, a search, and values the page must correct with a notice", () => {
    expect(formRedirect(new URLSearchParams("departments=434&years=2016,2017&measure=total&chart=bar"))).toBeNull();
    expect(formRedirect(new URLSearchParams("departments=434&q=办公室&form=1"))).toBeNull();
    expect(formRedirect(new URLSearchParams("departments=434&years=19x8&form=1"))).toBeNull();
  });
});

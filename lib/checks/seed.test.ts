import { describe, expect, it } from "vitest";
import { ZHENGDING_434_2018 } from "../../db/seed/zhengding-434-2018";
import { runChecks } from "./index";

describe("the seed (正定县人民政府办公室 2018)", () => {
  it("yields exactly its one published slip: total change −206.78 vs parts −206.58", () => {
    const findings = runChecks(ZHENGDING_434_2018);
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding).toMatchObject({ severity: "error", ruleId: "change.total", field: "change.stated.total" });
    expect(finding?.message).toContain("206.78");
    expect(finding?.message).toContain("206.58");
  });
});

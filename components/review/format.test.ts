import { describe, expect, it } from "vitest";
import { changeKind, formatChinaDate, formatDateTime, formatDelta, formatValue, signedWan } from "./format";

describe("formatting changed values", () => {
  it("prints amounts in 万元 and statuses in Chinese", () => {
    expect(formatValue("expenditure.projects.2.amount", 1_300_000)).toBe("130.00 万元");
    expect(formatValue("status", "submitted")).toBe("已提交待审核");
    expect(formatValue("change.stated.totalPercent", -16.74)).toBe("-16.74%");
    expect(formatValue("overview", "")).toBe("（空）");
    expect(formatValue("expenditure.projects.5", { name: "网络运维", amount: 1 })).toBe("（整行）网络运维");
  });

  it("shortens very long texts", () => {
    const long = "字".repeat(400);
    expect(formatValue("otherMatters", long)).toBe(`${"字".repeat(300)}…（共400字）`);
  });

  it("computes amount deltas exactly, treating a missing side as zero", () => {
    expect(formatDelta("expenditure.personnel", 6_168_900, 6_000_000)).toBe("-16.89");
    expect(formatDelta("expenditure.projects.1.amount", undefined, 600_000)).toBe("+60.00");
    expect(formatDelta("expenditure.projects.1.name", "a", "b")).toBeNull();
    // A printed figure cleared (or first stated) is not a change of money: 删除 / 新增.
    expect(formatDelta("change.stated.basic", -525_800, undefined)).toBeNull();
    expect(formatDelta("expenditure.statedTotal", undefined, 10_285_700)).toBeNull();
    expect(formatDelta("change.prior.personnel", null, 6_168_900)).toBeNull();
    expect(formatDelta("change.stated.basic", -525_800, -520_000)).toBe("+0.58");
    expect(signedWan(0)).toBe("0.00");
  });

  it("labels non-amount changes", () => {
    expect(changeKind(undefined, "x")).toBe("新增");
    expect(changeKind("x", undefined)).toBe("删除");
    expect(changeKind("x", "y")).toBe("修改");
  });

  it("prints times in China's zone", () => {
    const at = new Date("2024-03-04T17:30:00Z"); // 01:30 on the 5th in Beijing
    expect(formatDateTime(at)).toBe("2024/03/05 01:30");
    expect(formatChinaDate(at)).toBe("2024-03-05");
    expect(formatChinaDate(null)).toBe("—");
  });
});

import { describe, expect, it } from "vitest";
import type { BoardRow } from "@/db/queries/review";
import { boardSummary, daysText, filterBoard, parseFilter, withDeadlines } from "./board-filter";

function row(over: Partial<BoardRow>): BoardRow {
  return {
    departmentId: 1,
    code: "434",
    name: "正定县人民政府办公室",
    isDemo: false,
    disclosureId: null,
    approvalDate: null,
    versionId: null,
    versionNo: null,
    status: null,
    submittedAt: null,
    publishedAt: null,
    ...over,
  };
}

const TODAY = "2024-03-25";
const rows = withDeadlines(
  [
    row({ departmentId: 1, code: "401", name: "县教育局" }),
    row({ departmentId: 2, code: "402", name: "县卫健局", status: "submitted", versionId: 7, approvalDate: "2024-03-01" }),
    row({ departmentId: 3, code: "403", name: "县财政局", status: "returned", approvalDate: "2024-03-10" }),
    row({
      departmentId: 4,
      code: "434",
      name: "正定县人民政府办公室",
      status: "draft",
      approvalDate: "2024-02-01",
      // A correction in draft after a late first publication (2024-02-23 in China).
      publishedAt: new Date("2024-02-22T17:00:00Z"),
    }),
    row({ departmentId: 5, code: "405", name: "县民政局", status: "draft" }),
  ],
  TODAY,
);

describe("review board", () => {
  it("computes each department's deadline in China's calendar", () => {
    expect(rows[1]!.deadline).toEqual({ state: "late", deadline: "2024-03-21", daysLeft: -4 });
    expect(rows[2]!.deadline.state).toBe("due-soon");
    expect(rows[3]!.deadline).toEqual({ state: "published-late", deadline: "2024-02-21", daysLeft: -2 });
    expect(rows[0]!.deadline.state).toBe("no-approval-date");
  });

  it("filters by status", () => {
    const codes = (filter: string) => filterBoard(rows, parseFilter(filter), "").map((r) => r.code);
    expect(codes("all")).toHaveLength(5);
    expect(codes("submitted")).toEqual(["402"]);
    expect(codes("returned")).toEqual(["403"]);
    expect(codes("published")).toEqual(["434"]);
    expect(codes("unsubmitted")).toEqual(["401", "405"]);
    expect(codes("late")).toEqual(["402"]);
    expect(codes("bogus")).toHaveLength(5);
  });

  it("searches names and codes", () => {
    expect(filterBoard(rows, "all", "教育").map((r) => r.code)).toEqual(["401"]);
    expect(filterBoard(rows, "all", " 43 ").map((r) => r.code)).toEqual(["434"]);
    expect(filterBoard(rows, "submitted", "教育")).toEqual([]);
  });

  it("counts the summary", () => {
    expect(boardSummary(rows)).toEqual({ submitted: 1, published: 1, total: 5, late: 1 });
  });

  it("describes days left", () => {
    expect(daysText(rows[1]!.deadline)).toBe("已逾期 4 天");
    expect(daysText(rows[2]!.deadline)).toBe("剩余 5 天");
    expect(daysText(rows[3]!.deadline)).toBe("晚于期限 2 天公开");
    expect(daysText(rows[0]!.deadline)).toBeNull();
  });
});

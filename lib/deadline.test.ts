import { describe, expect, it } from "vitest";
import { chinaToday, deadlineOf, deadlineStatus } from "./deadline";

describe("publication deadline (20 days after 批复)", () => {
  it("counts calendar days across months and years", () => {
    expect(deadlineOf("2018-01-20")).toBe("2018-02-09");
    expect(deadlineOf("2018-12-20")).toBe("2019-01-09");
  });

  it("tells on time, due soon, late, and published on time or late", () => {
    expect(deadlineStatus(null, null, "2018-02-01")).toEqual({ state: "no-approval-date", deadline: null, daysLeft: null });
    expect(deadlineStatus("2018-01-20", null, "2018-01-25")).toMatchObject({ state: "on-time", daysLeft: 15 });
    expect(deadlineStatus("2018-01-20", null, "2018-02-04")).toMatchObject({ state: "due-soon", daysLeft: 5 });
    expect(deadlineStatus("2018-01-20", null, "2018-02-09")).toMatchObject({ state: "due-soon", daysLeft: 0 });
    expect(deadlineStatus("2018-01-20", null, "2018-02-10")).toMatchObject({ state: "late", daysLeft: -1 });
    expect(deadlineStatus("2018-01-20", "2018-02-09", "2018-03-01")).toMatchObject({ state: "published-on-time" });
    expect(deadlineStatus("2018-01-20", "2018-02-10", "2018-03-01")).toMatchObject({ state: "published-late" });
  });

  it("takes today's date in China's time zone", () => {
    expect(chinaToday(new Date("2018-02-09T16:30:00Z"))).toBe("2018-02-10");
    expect(chinaToday(new Date("2018-02-09T15:59:00Z"))).toBe("2018-02-09");
  });
});

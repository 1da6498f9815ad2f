import { describe, expect, it } from "vitest";
import { append, focusIndex, insertAt, focusKey, moveItem, removeAt, updateAt, withoutKeys, type Updater } from "./list-helpers";

describe("list helpers", () => {
  const list = Object.freeze(["a", "b", "c", "d"]);

  it("moves an item up and down without touching the original", () => {
    expect(moveItem(list, 2, 1)).toEqual(["a", "c", "b", "d"]);
    expect(moveItem(list, 0, 1)).toEqual(["b", "a", "c", "d"]);
    expect(moveItem(list, 3, 0)).toEqual(["d", "a", "b", "c"]);
    expect(list).toEqual(["a", "b", "c", "d"]);
  });

  it("ignores moves out of range", () => {
    expect(moveItem(list, 0, -1)).toEqual(list);
    expect(moveItem(list, 3, 4)).toEqual(list);
    expect(moveItem(list, 7, 0)).toEqual(list);
    expect(moveItem([], 0, 1)).toEqual([]);
  });

  it("removes, updates and appends immutably", () => {
    expect(removeAt(list, 1)).toEqual(["a", "c", "d"]);
    expect(removeAt(list, 9)).toEqual(list);
    expect(updateAt(list, 2, (s) => s.toUpperCase())).toEqual(["a", "b", "C", "d"]);
    expect(append(list, "e")).toEqual(["a", "b", "c", "d", "e"]);
    expect(list).toHaveLength(4);
  });

  it("deletes optional keys rather than setting them to undefined", () => {
    const value: { total: number; statedTotal?: number; statedBasic?: number } = { total: 1, statedTotal: 2, statedBasic: 3 };
    const cleared = withoutKeys(value, ["statedTotal", "statedBasic"]);
    expect(cleared).toEqual({ total: 1 });
    expect(Object.keys(cleared)).toEqual(["total"]);
    expect(value.statedTotal).toBe(2);
  });

  it("composes updaters down to one field of one row, sharing what did not change", () => {
    type Doc = { title: string; rows: { name: string; amount: number }[]; other: { x: number } };
    let doc: Doc = { title: "t", rows: [{ name: "a", amount: 1 }, { name: "b", amount: 2 }], other: { x: 1 } };
    const before = doc;
    const update: Updater<Doc> = (change) => {
      doc = change(doc);
    };
    const rows = focusKey(update, "rows");
    const second = focusIndex(rows, 1);
    focusKey(second, "amount")((n) => n + 40);
    expect(doc.rows).toEqual([{ name: "a", amount: 1 }, { name: "b", amount: 42 }]);
    expect(doc.rows[0]).toBe(before.rows[0]);
    expect(doc.other).toBe(before.other);
    expect(before.rows[1]!.amount).toBe(2);
  });
});

describe("insertAt (an undone removal)", () => {
  it("puts the removed item back where it was, clamped to the list", () => {
    const list = ["a", "b", "c"];
    expect(insertAt(removeAt(list, 1), 1, "b")).toEqual(list);
    expect(insertAt(removeAt(list, 2), 2, "c")).toEqual(list);
    expect(insertAt(["a"], 5, "z")).toEqual(["a", "z"]);
    expect(insertAt([], 0, "z")).toEqual(["z"]);
  });
});

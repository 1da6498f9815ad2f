import { describe, expect, it } from "vitest";
import { ZHENGDING_434_2018 } from "../../db/seed/zhengding-434-2018";
import { draftDocumentSchema } from "../disclosure/schema";
import { savableDocument } from "./savable";

describe("savableDocument", () => {
  it("sends a valid draft as it is, the same object, incomplete rows included", () => {
    const doc = structuredClone(ZHENGDING_434_2018);
    doc.expenditure.projects.push({ name: "", amount: 0 });
    const result = savableDocument(doc, ZHENGDING_434_2018);
    expect(result.document).toBe(doc);
    expect(result.held).toEqual([]);
  });

  it("holds back only the part that cannot be saved, with its last saved value, and sends the rest", () => {
    const doc = structuredClone(ZHENGDING_434_2018);
    doc.preamble = "新的开篇段落";
    doc.otherMatters = "长".repeat(20_001);
    const result = savableDocument(doc, ZHENGDING_434_2018);
    expect(result.held.map((h) => h.field)).toEqual(["otherMatters"]);
    expect(result.document?.otherMatters).toBe(ZHENGDING_434_2018.otherMatters);
    expect(result.document?.preamble).toBe("新的开篇段落");
    expect(draftDocumentSchema.safeParse(result.document).success).toBe(true);
    expect(doc.otherMatters).toHaveLength(20_001); // what was typed is untouched
  });

  it("empties an over-long text in a row the saved document does not have yet", () => {
    const doc = structuredClone(ZHENGDING_434_2018);
    doc.expenditure.projects.push({ name: "项".repeat(201), amount: 5_000 });
    const result = savableDocument(doc, ZHENGDING_434_2018);
    const row = result.document?.expenditure.projects.at(-1);
    expect(row).toEqual({ name: "", amount: 5_000 });
    expect(result.held).toEqual([{ field: `expenditure.projects.${doc.expenditure.projects.length - 1}.name`, message: "文字不能超过200字" }]);
  });

  it("gives up on something that is not a document at all", () => {
    expect(savableDocument({} as never, {} as never).document).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { isEditable, isOpen, transition, type VersionStatus } from "./workflow";

const editor = { role: "editor" as const, userId: 1 };
const reviewer = { role: "reviewer" as const, userId: 2 };
const admin = { role: "admin" as const, userId: 3 };
const submittedByEditor = { submittedBy: 1 };

describe("workflow", () => {
  it("lets an editor submit a draft or a returned version, nothing else", () => {
    expect(transition("submit", "draft", editor, { submittedBy: null })).toEqual({ ok: true, to: "submitted" });
    expect(transition("submit", "returned", editor, submittedByEditor)).toEqual({ ok: true, to: "submitted" });
    for (const from of ["submitted", "published", "superseded"] as VersionStatus[]) {
      expect(transition("submit", from, editor, submittedByEditor).ok).toBe(false);
    }
  });

  it("saves keep the status; only drafts and returned versions are editable", () => {
    expect(transition("save", "returned", editor, submittedByEditor)).toEqual({ ok: true, to: "returned" });
    expect(transition("save", "draft", editor, { submittedBy: null })).toEqual({ ok: true, to: "draft" });
    expect(transition("save", "submitted", editor, submittedByEditor)).toMatchObject({ ok: false });
    expect(isEditable("draft") && isEditable("returned")).toBe(true);
    expect(isEditable("submitted") || isEditable("published") || isEditable("superseded")).toBe(false);
    expect(isOpen("submitted") && !isOpen("published")).toBe(true);
  });

  it("lets a reviewer return or approve a submission only", () => {
    expect(transition("approve", "submitted", reviewer, submittedByEditor)).toEqual({ ok: true, to: "published" });
    expect(transition("return", "submitted", reviewer, submittedByEditor)).toEqual({ ok: true, to: "returned" });
    expect(transition("approve", "draft", reviewer, submittedByEditor)).toMatchObject({ ok: false });
  });

  it("refuses the wrong role, and approving one's own submission", () => {
    expect(transition("approve", "submitted", editor, submittedByEditor)).toMatchObject({ ok: false });
    expect(transition("submit", "draft", reviewer, { submittedBy: null })).toMatchObject({ ok: false });
    expect(transition("approve", "submitted", admin, submittedByEditor)).toMatchObject({ ok: false });
    const own = transition("approve", "submitted", reviewer, { submittedBy: reviewer.userId });
    expect(own).toEqual({ ok: false, message: "不能审核通过自己提交的公开文件" });
  });

  it("lets an editor withdraw a submission nobody has reviewed yet, and nothing else", () => {
    expect(transition("withdraw", "submitted", editor, submittedByEditor)).toEqual({ ok: true, to: "draft" });
    expect(transition("withdraw", "submitted", editor, { submittedBy: 1, reviewStarted: false })).toEqual({ ok: true, to: "draft" });
    const started = transition("withdraw", "submitted", editor, { submittedBy: 1, reviewStarted: true });
    expect(started).toMatchObject({ ok: false, message: expect.stringContaining("审核人已开始审核") });
    for (const from of ["draft", "returned", "published", "superseded"] as VersionStatus[]) {
      expect(transition("withdraw", from, editor, submittedByEditor).ok, from).toBe(false);
    }
    expect(transition("withdraw", "submitted", reviewer, submittedByEditor).ok).toBe(false);
    expect(transition("withdraw", "submitted", admin, submittedByEditor).ok).toBe(false);
  });
});

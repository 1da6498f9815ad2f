import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { consistentDocument } from "@/lib/checks/fixture";
import { diffDocuments } from "@/lib/disclosure/diff";
import { wan } from "@/lib/money";
import { AuditTable, type AuditRow } from "./audit-table";
import { BoardTable } from "./board-table";
import { withDeadlines } from "./board-filter";
import { CommentsThread, ReturnReason } from "./comments-thread";
import type { ThreadComment } from "./comment-tree";
import { DecisionPanel } from "./decision-panel";
import { DiffTable } from "./diff-table";

const noop = async () => null;
const count = (html: string, testId: string) => html.split(`data-testid="${testId}"`).length - 1;

describe("review views", () => {
  it("renders a diff grouped by section with old → new and the change", () => {
    const after = consistentDocument();
    after.expenditure.projects[1]!.amount += wan("2.5");
    after.otherMatters = "补充说明";
    const html = renderToStaticMarkup(<DiffTable changes={diffDocuments(consistentDocument(), after)} label="比较" />);
    expect(count(html, "diff-row")).toBe(2);
    expect(html).toContain("项目支出·第2项·金额");
    expect(html).toContain("50.00 万元");
    expect(html).toContain("52.50 万元");
    expect(html).toContain("+2.50");
    expect(html).toContain("九、其他需要说明的事项");
  });

  it("renders the board with late rows labelled in text", () => {
    const entries = withDeadlines(
      [
        {
          departmentId: 1, code: "401", name: "县教育局", isDemo: true, disclosureId: 1, approvalDate: "2024-01-02",
          versionId: 5, versionNo: 1, status: "submitted", submittedAt: new Date("2024-01-10T01:00:00Z"), publishedAt: null,
        },
      ],
      "2024-03-01",
    );
    const html = renderToStaticMarkup(<BoardTable entries={entries} year={2024} approvalDateAction={noop} />);
    expect(count(html, "board-row")).toBe(1);
    expect(html).toContain('data-code="401"');
    expect(html).toContain("已逾期未公开");
    expect(html).toContain("示例数据");
    expect(html).toContain('href="/review/5"');
  });

  it("renders comments with replies, and the return reason", () => {
    const at = (m: number) => new Date(Date.UTC(2024, 0, 1, 0, m));
    const comments: ThreadComment[] = [
      { id: 1, versionId: 9, section: 3, body: "机关运行经费与公用经费不一致", replyTo: null, createdAt: at(1), authorName: "审核人", authorRole: "reviewer" },
      { id: 2, versionId: 9, section: 3, body: "已更正", replyTo: 1, createdAt: at(2), authorName: "填报人", authorRole: "editor" },
    ];
    const html = renderToStaticMarkup(
      <>
        <ReturnReason comment={comments[0]!} />
        <CommentsThread comments={comments} versionId={9} versionNos={new Map([[9, 2]])} action={noop} />
      </>,
    );
    expect(count(html, "comment")).toBe(2);
    expect(count(html, "return-reason")).toBe(1);
    expect(html).toContain("三、机关运行经费安排情况");
    expect(html).toContain("针对第2版");
  });

  it("renders the decision forms only while submitted, the message area always", () => {
    const open = renderToStaticMarkup(<DecisionPanel returnAction={noop} approveAction={noop} versionId={1} open hasErrors={false} />);
    expect(open).toContain("退回修改");
    expect(open).toContain("我已核对");
    expect(count(open, "review-message")).toBe(1);
    const closed = renderToStaticMarkup(<DecisionPanel returnAction={noop} approveAction={noop} versionId={1} open={false} hasErrors={false} />);
    expect(closed).not.toContain("我已核对");
    expect(count(closed, "review-message")).toBe(1);
  });

  it("renders audit rows with Chinese actions and folds long change lists", () => {
    const entry = (id: number, action: string, changes: AuditRow["changes"]): AuditRow => ({
      id, at: new Date("2024-01-01T00:00:00Z"), action, versionId: 3, disclosureId: 1, changes, note: null, userName: "甲", username: "a",
    });
    const many = Array.from({ length: 6 }, (_, i) => ({ field: `duties.${i}`, old: "旧", new: "新" }));
    const html = renderToStaticMarkup(
      <AuditTable
        entries={[entry(1, "version.approve", [{ field: "status", old: "submitted", new: "published" }]), entry(2, "draft.save", many)]}
        versionLabels={new Map([[3, "第1版"]])}
        label="记录"
      />,
    );
    expect(count(html, "audit-row")).toBe(2);
    expect(html).toContain('data-action="version.approve"');
    expect(html).toContain("审核通过并公开");
    expect(html).toContain("已提交待审核");
    expect(html).toContain("2024/01/01 08:00");
    expect(html).toContain("共 6 处改动");
  });
});

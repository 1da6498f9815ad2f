import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { auditOfDisclosure } from "@/db/queries/audit";
import { getPublishedDocument } from "@/db/queries/drafts";
import { commentsOfDisclosure, lastApprovedBefore, versionsOfDisclosure } from "@/db/queries/review";
import { requireUser } from "@/lib/auth/guards";
import { hasErrors, runChecks } from "@/lib/checks";
import { diffDocuments } from "@/lib/disclosure/diff";
import { STATUS_LABELS } from "@/lib/workflow";
import { ChecksPanel } from "@/components/disclosure/checks-panel";
import { DisclosureView } from "@/components/disclosure/disclosure-view";
import { DemoBadge } from "@/components/ui/demo-badge";
import { CommentsThread } from "@/components/review/comments-thread";
import { headlineRows } from "@/components/review/compare";
import { DecisionPanel } from "@/components/review/decision-panel";
import { DiffTable } from "@/components/review/diff-table";
import { formatDateTime, isoOf } from "@/components/review/format";
import { linkClass, panelClass } from "@/components/review/form-parts";
import { HeadlineCompare } from "@/components/review/headline-compare";
import { SinceReturn } from "@/components/review/since-return";
import { approveAction, commentAction, deleteCommentAction, editCommentAction, returnAction } from "../actions";
import { versionForReview } from "../review-access";

export const metadata: Metadata = { title: "审核公开文件" };

export default async function ReviewVersionPage({ params }: { params: Promise<{ versionId: string }> }) {
  const { versionId } = await params;
  const user = await requireUser(`/review/${versionId}`);
  const found = await versionForReview(user, versionId);
  if (!found) notFound();
  const { version, department } = found;
  const db = await getDb();
  const [previousYear, approved, comments, versions, audit] = await Promise.all([
    getPublishedDocument(db, department.id, version.year - 1),
    lastApprovedBefore(db, version.disclosureId, version.versionNo),
    commentsOfDisclosure(db, version.disclosureId),
    versionsOfDisclosure(db, version.disclosureId),
    auditOfDisclosure(db, version.disclosureId),
  ]);
  const findings = runChecks(version.document, { previous: previousYear });
  const submitted = audit.find((e) => e.action === "version.submit" && e.versionId === version.id);
  // The trail is newest first: the return this resubmission answers.
  const returned = audit.find((e) => e.action === "version.return" && e.versionId === version.id);
  const versionNos = new Map(versions.map((v) => [v.id, v.versionNo]));

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/review?year=${version.year}`} className={linkClass}>
          ← 审核工作台
        </Link>
      </p>
      <header className="mb-4">
        <h1 className="text-2xl font-bold">
          {department.code} {department.name} {version.year}年部门预算信息公开 {department.isDemo && <DemoBadge />}
        </h1>
        <p className="mt-1 text-sm text-stone-800" data-testid="version-status">
          第{version.versionNo}版 · {STATUS_LABELS[version.status]}
          {version.submittedAt && (
            <>
              {" "}
              · 提交人：{submitted?.userName ?? "—"} · 提交时间：
              <time dateTime={isoOf(version.submittedAt)}>{formatDateTime(version.submittedAt)}</time>
            </>
          )}
        </p>
        <nav aria-label="相关页面" className="mt-2 flex flex-wrap gap-x-4 text-sm">
          <a href="#full-text" className={linkClass}>
            查看全文
          </a>
          <a href="#decision" className={linkClass}>
            审核决定
          </a>
          <Link href={`/review/${version.id}/audit`} className={linkClass}>
            本公开文件的操作记录
          </Link>
          <Link href={`/review/departments/${department.id}/audit`} className={linkClass}>
            本部门的全部操作记录
          </Link>
        </nav>
      </header>

      {version.returnedDocument && (
        <SinceReturn
          returned={version.returnedDocument}
          current={version.document}
          entry={returned ? { at: returned.at, userName: returned.userName, note: returned.note } : null}
        />
      )}

      <ChecksPanel findings={findings} />

      <section aria-labelledby="diff-approved-title" data-testid="diff-approved" className={panelClass}>
        <h2 id="diff-approved-title" className="mb-2 text-lg font-semibold">
          与上次公开版本比较{approved && `（第${approved.versionNo}版 → 第${version.versionNo}版）`}
        </h2>
        {approved ? (
          <DiffTable changes={diffDocuments(approved.document, version.document)} label="与上次公开版本比较" />
        ) : (
          <p>首次提交，无已公开版本。</p>
        )}
      </section>

      <section aria-labelledby="diff-previous-year-title" data-testid="diff-previous-year" className={panelClass}>
        <h2 id="diff-previous-year-title" className="mb-2 text-lg font-semibold">
          与{version.year - 1}年已公开文件比较
        </h2>
        {previousYear ? (
          <HeadlineCompare
            rows={headlineRows(previousYear, version.document)}
            label={`主要数字：${version.year - 1}年与${version.year}年`}
            beforeLabel="上年"
            afterLabel="本年"
          />
        ) : (
          <p>本部门{version.year - 1}年尚无已公开的预算信息。</p>
        )}
      </section>

      <section id="full-text" aria-labelledby="full-text-title" className={panelClass}>
        <h2 id="full-text-title" className="text-lg font-semibold">
          全文（第{version.versionNo}版）
        </h2>
        <p className="mt-2 text-sm">
          <Link href={`/edit/${version.id}/preview`} className={linkClass}>
            在单独页面打开全文
          </Link>
        </p>
        <div className="mt-4">
          <DisclosureView
            departmentCode={department.code}
            departmentName={department.name}
            year={version.year}
            document={version.document}
            isDemo={department.isDemo}
          />
        </div>
      </section>

      <CommentsThread
        comments={comments}
        versionId={version.id}
        versionNos={versionNos}
        action={commentAction}
        viewerId={user.id}
        own={{ edit: editCommentAction, remove: deleteCommentAction }}
      />

      {/* After the document: the reviewer reads first, then decides. */}
      <DecisionPanel
        returnAction={returnAction}
        approveAction={approveAction}
        versionId={version.id}
        open={version.status === "submitted"}
        hasErrors={hasErrors(findings)}
      />
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { commentsOfDisclosure, versionsOfDisclosure } from "@/db/queries/review";
import { requireUser } from "@/lib/auth/guards";
import { canAdminister, canEditDepartment, canReviewRegion } from "@/lib/auth/permissions";
import { readableVersion } from "@/lib/auth/version-access";
import { STATUS_LABELS } from "@/lib/workflow";
import { pickerCodeLists } from "@/lib/classification";
import { DraftEditor } from "@/components/editor/draft-editor";
import { latestReviewerComment } from "@/components/review/comment-tree";
import { CommentsThread, ReturnReason } from "@/components/review/comments-thread";
import { commentAction, deleteCommentAction, editCommentAction } from "../../review/actions";
import { importWorkbookAction, saveDraftAction, submitDraftAction, withdrawDraftAction } from "./actions";

export const metadata: Metadata = { title: "编辑公开文件" };

export default async function EditVersionPage({ params }: { params: Promise<{ versionId: string }> }) {
  const { versionId } = await params;
  const user = await requireUser(`/edit/${versionId}`);
  const found = await readableVersion(user, versionId);
  if (!found) notFound();
  const { version, department } = found;
  const db = await getDb();
  const [comments, versions] = await Promise.all([
    commentsOfDisclosure(db, version.disclosureId),
    versionsOfDisclosure(db, version.disclosureId),
  ]);
  const returnReason = version.status === "returned" ? latestReviewerComment(comments) : null;
  const reviewer = canReviewRegion(user, department.regionId);
  const canComment = reviewer || canEditDepartment(user, department.id);
  return (
    <>
      <h1 className="mb-1 text-2xl font-bold">
        {department.name}
        {version.year}年部门预算信息公开
      </h1>
      <p className="mb-4 text-sm text-stone-700" data-testid="version-status">
        第{version.versionNo}版 · {STATUS_LABELS[version.status]}
      </p>
      {returnReason && <ReturnReason comment={returnReason} />}
      <DraftEditor
        versionId={version.id}
        userId={user.id}
        revision={version.revision}
        status={version.status}
        departmentCode={department.code}
        departmentName={department.name}
        year={version.year}
        document={version.document}
        previousDocument={found.previousDocument}
        readOnly={!found.editable}
        saveAction={saveDraftAction}
        submitAction={submitDraftAction}
        importAction={importWorkbookAction}
        withdrawAction={canEditDepartment(user, department.id) ? withdrawDraftAction : null}
        codeLists={pickerCodeLists(version.year)}
      />
      <div className="mt-8">
        <CommentsThread
          comments={comments}
          versionId={version.id}
          versionNos={new Map(versions.map((v) => [v.id, v.versionNo]))}
          action={canComment ? commentAction : null}
          viewerId={user.id}
          own={canComment ? { edit: editCommentAction, remove: deleteCommentAction } : undefined}
        />
        {(reviewer || canAdminister(user)) && (
          <p className="text-sm">
            <Link href={`/review/${version.id}/audit`} className="text-blue-800 underline underline-offset-2">
              查看本公开文件的操作记录
            </Link>
          </p>
        )}
      </div>
    </>
  );
}

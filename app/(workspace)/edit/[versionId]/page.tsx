import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/guards";
import { readableVersion } from "@/lib/auth/version-access";
import { STATUS_LABELS } from "@/lib/workflow";
import { DraftEditor } from "@/components/editor/draft-editor";
import { importWorkbookAction, saveDraftAction, submitDraftAction } from "./actions";

export const metadata: Metadata = { title: "编辑公开文件" };

export default async function EditVersionPage({ params }: { params: Promise<{ versionId: string }> }) {
  const { versionId } = await params;
  const user = await requireUser(`/edit/${versionId}`);
  const found = await readableVersion(user, versionId);
  if (!found) notFound();
  const { version, department } = found;
  return (
    <>
      <h1 className="mb-1 text-2xl font-bold">
        {department.name}
        {version.year}年部门预算信息公开
      </h1>
      <p className="mb-4 text-sm text-stone-700" data-testid="version-status">
        第{version.versionNo}版 · {STATUS_LABELS[version.status]}
      </p>
      <DraftEditor
        versionId={version.id}
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
      />
    </>
  );
}

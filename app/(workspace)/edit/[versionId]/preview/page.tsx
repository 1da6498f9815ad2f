import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/guards";
import { readableVersion } from "@/lib/auth/version-access";
import { runChecks } from "@/lib/checks";
import { STATUS_LABELS } from "@/lib/workflow";
import { DisclosureWithChecks } from "@/components/disclosure/disclosure-with-checks";

export const metadata: Metadata = { title: "预览" };

/** The draft exactly as the public page would render it. */
export default async function PreviewPage({ params }: { params: Promise<{ versionId: string }> }) {
  const { versionId } = await params;
  const user = await requireUser(`/edit/${versionId}/preview`);
  const found = await readableVersion(user, versionId);
  if (!found) notFound();
  const { version, department } = found;
  const findings = runChecks(version.document, { previous: found.previousDocument });
  return (
    <>
      <p className="no-print mb-4 rounded border border-amber-700 bg-amber-50 p-2 text-sm" data-testid="preview-banner">
        预览：第{version.versionNo}版（{STATUS_LABELS[version.status]}），尚未公开的内容仅本部门和审核人可见。{" "}
        <Link href={`/edit/${version.id}`} className="underline">
          返回编辑
        </Link>
      </p>
      <DisclosureWithChecks
        departmentCode={department.code}
        departmentName={department.name}
        year={version.year}
        document={version.document}
        isDemo={department.isDemo}
        findings={findings}
      />
    </>
  );
}

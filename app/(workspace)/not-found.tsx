import Link from "next/link";

/**
 * Not found inside the workspace (a missing or foreign draft, user, address): the workspace's own
 * answer, in its layout, with the way back to the user's start page — not the public pages' message
 * about unpublished budgets. What the user may not see is answered the same as what does not exist.
 */
export default function WorkspaceNotFound() {
  return (
    <section aria-labelledby="workspace-not-found-title" data-testid="workspace-not-found" className="rounded bg-white p-4 shadow-sm">
      <h1 id="workspace-not-found-title" className="mb-2 text-xl font-bold">
        工作台中未找到该页面
      </h1>
      <p>该页面不存在，或您的账号无权查看（例如其他部门的草稿）。请检查地址，或从工作台重新进入。</p>
      <p className="mt-3">
        <Link href="/workspace" className="text-blue-800 underline underline-offset-2">
          返回我的工作台
        </Link>
      </p>
    </section>
  );
}

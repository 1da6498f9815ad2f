import type { Metadata } from "next";
import { safeReturnPath } from "@/lib/auth/safe-return-path";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "登录" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-4 text-2xl font-bold">登录工作台</h1>
      <p className="mb-6 text-sm text-stone-700">部门填报人、财政局审核人和系统管理员在此登录。公众查阅无需登录。</p>
      <LoginForm callbackUrl={safeReturnPath(params.callbackUrl)} />
    </div>
  );
}

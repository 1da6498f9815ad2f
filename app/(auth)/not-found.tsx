import Link from "next/link";
import { NotFoundMessage } from "@/components/site/not-found-message";

/** Not found under sign-in (/login/…): the portal's Chinese page, in the sign-in layout, with the way back. */
export default function SignInNotFound() {
  return (
    <section className="rounded bg-white p-4 shadow-sm">
      <NotFoundMessage lang="zh" />
      <p className="mt-3">
        <Link href="/login" className="text-blue-800 underline underline-offset-2">
          返回登录页
        </Link>
      </p>
    </section>
  );
}

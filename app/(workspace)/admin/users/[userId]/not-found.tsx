import Link from "next/link";

export default function UserNotFound() {
  return (
    <>
      <h1 className="mb-2 text-xl font-bold">未找到该用户</h1>
      <p>
        <Link href="/admin/users" className="text-blue-800 underline underline-offset-2">
          返回用户列表
        </Link>
      </p>
    </>
  );
}

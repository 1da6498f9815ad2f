import Link from "next/link";

export default function NotFound() {
  return (
    <>
      <h1 className="mb-2 text-xl font-bold">未找到</h1>
      <p>
        该部门或年度尚无已公开的预算。<Link href="/" className="text-blue-800 underline">返回部门与年度列表</Link>
      </p>
    </>
  );
}

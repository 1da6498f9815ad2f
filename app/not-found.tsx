import Link from "next/link";

/** One answer for what does not exist and for what the visitor may not see. */
export default function NotFound() {
  return (
    <>
      <h1 className="mb-2 text-xl font-bold">未找到</h1>
      <p>
        未找到所请求的内容：该部门或年度可能尚无已公开的预算。{" "}
        <Link href="/" className="text-blue-800 underline">
          返回部门与年度列表
        </Link>
      </p>
    </>
  );
}

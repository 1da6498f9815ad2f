import type { Metadata } from "next";
import Link from "next/link";
import { DemoBadge } from "@/components/ui/demo-badge";

/**
 * 关于本平台: fully static (no data access, no request APIs), so it is prerendered at build time.
 * The benchmark (bench/run.ts) also uses it as the bare static page of the same server.
 */
export const metadata: Metadata = {
  title: "关于本平台",
  description: "部门预算公开平台是什么、谁在使用、数据从哪里来，以及“示例数据”的含义。",
};

export default function AboutPage() {
  return (
    <article className="max-w-3xl rounded bg-white p-4 shadow-sm sm:p-8">
      <h1 className="mb-4 text-2xl font-bold">关于本平台</h1>

      <section aria-labelledby="about-what" className="mb-6">
        <h2 id="about-what" className="mb-2 text-lg font-semibold">
          平台是什么
        </h2>
        <p className="leading-7">
          部门预算公开平台用于发布县级各部门的年度部门预算信息公开。每份公开文件都以数据形式保存：
          所有金额精确到元，合计、小计和增减变化均由明细计算得出，平台并在文件旁列出数据核对结果，
          便于发现文件中前后不一致之处。
        </p>
      </section>

      <section aria-labelledby="about-who" className="mb-6">
        <h2 id="about-who" className="mb-2 text-lg font-semibold">
          谁在使用
        </h2>
        <ul className="list-disc space-y-1 pl-6 leading-7">
          <li>部门填报人：填写本部门某一年度的预算公开文件并提交审核。</li>
          <li>财政局审核人：审核各部门提交的文件，退回修改或批准；批准后即公开发布。</li>
          <li>公众与媒体：查阅、比较和下载各部门已公开的预算，无需注册登录。</li>
        </ul>
      </section>

      <section aria-labelledby="about-source" className="mb-6">
        <h2 id="about-source" className="mb-2 text-lg font-semibold">
          数据从哪里来
        </h2>
        <p className="leading-7">
          公开文件由各部门按《中华人民共和国预算法》及省级预决算公开规定编制，经财政局审核批准后发布。
          已发布的文件如有更正，以新版本发布，原版本连同更正记录继续公开。金额单位为万元。
        </p>
      </section>

      <section aria-labelledby="about-demo" className="mb-6">
        <h2 id="about-demo" className="mb-2 text-lg font-semibold">
          什么是 <DemoBadge />
        </h2>
        <p className="leading-7">
          标注“示例数据”的部门和年度是为演示比较等功能而虚构的数据，并非任何部门的真实预算，
          请勿引用。正定县人民政府办公室（编码434）2018年部门预算为按原文录入的真实公开文件，
          金额与原文一致，包括原文中的计算差错。
        </p>
      </section>

      <p>
        <Link href="/" className="text-blue-800 underline underline-offset-2">
          查看各部门已公开的预算
        </Link>
      </p>
    </article>
  );
}

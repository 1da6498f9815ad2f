import type { Metadata } from "next";
import { use } from "react";
import Link from "next/link";
import { DemoBadge } from "@/components/ui/demo-badge";
import type { Lang } from "@/components/public/labels";
import { localePath } from "@/lib/lang-paths";
import { languageAlternates } from "@/components/site/site-metadata";
import { localeLang, pageLang, type LocaleProps } from "@/lib/i18n/page-lang";

/**
 * 关于本平台: fully static (no data access, no request APIs), so it is prerendered at build time.
 * The benchmark (bench/run.ts) also uses it as the bare static page of the same server. In both
 * languages (/about, /en/about).
 */
const DESCRIPTION = {
  zh: "部门预算公开平台是什么、谁在使用、数据从哪里来，以及“示例数据”的含义。",
  en: "What the county budget disclosure portal is, who uses it, where its data comes from and what “demo data” means.",
} as const;

export async function generateMetadata(props: LocaleProps): Promise<Metadata> {
  const lang = await pageLang(props);
  return { title: TEXT[lang].title, description: DESCRIPTION[lang], alternates: languageAlternates("/about") };
}

const TEXT = {
  zh: {
    title: "关于本平台",
    what: "平台是什么",
    whatText:
      "部门预算公开平台用于发布县级各部门的年度部门预算信息公开。每份公开文件都以数据形式保存：所有金额精确到元，合计、小计和增减变化均由明细计算得出，平台并在文件旁列出数据核对结果，便于发现文件中前后不一致之处。",
    who: "谁在使用",
    whoItems: [
      "部门填报人：填写本部门某一年度的预算公开文件并提交审核。",
      "财政局审核人：审核各部门提交的文件，退回修改或批准；批准后即公开发布。",
      "公众与媒体：查阅、比较和下载各部门已公开的预算，无需注册登录。",
    ],
    source: "数据从哪里来",
    sourceText:
      "公开文件由各部门按《中华人民共和国预算法》及省级预决算公开规定编制，经财政局审核批准后发布。已发布的文件如有更正，以新版本发布，原版本连同更正记录继续公开。金额单位为万元。",
    demo: "什么是",
    demoText:
      "标注“示例数据”的部门和年度是为演示比较等功能而虚构的数据，并非任何部门的真实预算，请勿引用。正定县人民政府办公室（编码434）2018年部门预算为按原文录入的真实公开文件，金额与原文一致，包括原文中的计算差错。",
    back: "查看各部门已公开的预算",
  },
  en: {
    title: "About this portal",
    what: "What the portal is",
    whatText:
      "The portal publishes the annual budget disclosures (部门预算信息公开) of the county's departments. Each disclosure is kept as data: every amount is exact to the yuan, every total, subtotal and change is computed from the lines, and the portal shows its own checks of the figures beside the document, so that inconsistencies in a document are easy to find.",
    who: "Who uses it",
    whoItems: [
      "Department editors draft their department's disclosure for a year and submit it for review.",
      "Finance-bureau reviewers return submissions for changes or approve them; approval publishes.",
      "The public and the press read, compare and download every published budget, without signing in.",
    ],
    source: "Where the data comes from",
    sourceText:
      "Departments prepare their disclosures under the Budget Law of the People's Republic of China and the province's rules on budget disclosure; the finance bureau reviews and approves them before publication. A correction is published as a new version; the old version stays public with the record of the correction. The documents themselves are in Chinese; amounts are in 10,000 yuan (万元).",
    demo: "What is",
    demoText:
      "Departments and years marked “demo data (示例数据)” are invented to demonstrate comparison and the other features; they are not any department's real budget and must not be quoted. The 2018 budget of 正定县人民政府办公室 (the county government office, code 434) is a real published disclosure, entered as published, with its figures exactly as printed, including a calculation slip in the original.",
    back: "See the departments' published budgets",
  },
} as const satisfies Record<Lang, unknown>;

export default function AboutPage(props: LocaleProps = {}) {
  const lang = localeLang(props.params && use(props.params).locale, props.lang);
  const t = TEXT[lang];
  return (
    <article className="max-w-3xl rounded bg-white p-4 shadow-sm sm:p-8">
      <h1 className="mb-4 text-2xl font-bold">{t.title}</h1>

      <section aria-labelledby="about-what" className="mb-6">
        <h2 id="about-what" className="mb-2 text-lg font-semibold">
          {t.what}
        </h2>
        <p className="leading-7">{t.whatText}</p>
      </section>

      <section aria-labelledby="about-who" className="mb-6">
        <h2 id="about-who" className="mb-2 text-lg font-semibold">
          {t.who}
        </h2>
        <ul className="list-disc space-y-1 pl-6 leading-7">
          {t.whoItems.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="about-source" className="mb-6">
        <h2 id="about-source" className="mb-2 text-lg font-semibold">
          {t.source}
        </h2>
        <p className="leading-7">{t.sourceText}</p>
      </section>

      <section aria-labelledby="about-demo" className="mb-6">
        <h2 id="about-demo" className="mb-2 text-lg font-semibold">
          {t.demo} <DemoBadge lang={lang} />
          {lang === "en" && "?"}
        </h2>
        <p className="leading-7">{t.demoText}</p>
      </section>

      <p>
        <Link href={localePath("/", lang)} className="text-blue-800 underline underline-offset-2">
          {t.back}
        </Link>
      </p>
    </article>
  );
}

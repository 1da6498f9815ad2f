import type { Metadata } from "next";
import { use } from "react";
import { languageAlternates } from "@/components/site/site-metadata";
import { localeLang, pageLang, type LocaleProps } from "@/lib/i18n/page-lang";
import { HEADLINE_MEASURES, MEASURE_LABELS } from "@/lib/disclosure/figures";
import { wan } from "@/lib/money";
import { amount } from "@/lib/open-data/amounts";
import { DEPARTMENT_NOT_FOUND, invalidParameters } from "@/lib/open-data/errors";
import { paginated } from "@/lib/open-data/responses";
import { departmentJson } from "@/lib/open-data/serialize";
import { BulkDocs } from "./bulk-docs";
import { BulkDownloads } from "@/components/public/bulk-downloads";
import { Code, CodeBlock, DocTable, ExampleLinks } from "./doc-blocks";
import { ENDPOINTS } from "./endpoint-docs";

const META = {
  zh: { title: "开放数据接口", description: "部门预算公开数据的只读 JSON 接口、年度 CSV 和财政数据包（Fiscal Data Package）说明。" },
  en: { title: "Open data API", description: "The read-only JSON API, yearly CSV and Fiscal Data Package of the published department budgets." },
} as const;

export async function generateMetadata(props: LocaleProps): Promise<Metadata> {
  return { ...META[await pageLang(props)], alternates: languageAlternates("/open-data") };
}

const json = (value: unknown) => JSON.stringify(value, null, 2);

// Examples built by the API's own serializers, so the documentation cannot drift from them.
const AMOUNT_EXAMPLE = json({ total: amount(wan("1028.57")), sangongAbroad: amount(0) });
const PAGE_EXAMPLE = json(
  paginated(
    [departmentJson({ code: "434", ref: "434", name: "正定县人民政府办公室", region: { code: "130123", name: "正定县", province: "河北省" }, demo: false, publishedYears: [2018] })],
    { page: 1, pageSize: 1, total: 13 },
    new URL("http://example/api/v1/departments?pageSize=1"),
  ),
);
const ERROR_EXAMPLE = json({
  error: invalidParameters([{ name: "pageSize", message: "pageSize 应为 1–200 的整数", messageEn: "pageSize must be an integer from 1 to 200" }]),
});

const h2 = "mb-3 mt-8 text-xl font-bold";
const h3 = "mb-2 mt-6 text-lg font-semibold";

/**
 * The reference is written in Chinese with the English terms beside it; the English page
 * (/en/open-data) puts an English summary above the same reference.
 */
export default function OpenDataPage(props: LocaleProps = {}) {
  const lang = localeLang(props.params && use(props.params).locale, props.lang);
  return (
    <article className="max-w-none" lang={lang === "en" ? "zh-CN" : undefined}>
      {lang === "en" ? <h1 lang="en" className="mb-4 text-2xl font-bold">Open data</h1> : <h1 className="mb-4 text-2xl font-bold">开放数据</h1>}
      {/* For everyone first: the files; then the reference for developers. */}
      <BulkDownloads lang={lang} />
      {lang === "en" ? <EnglishSummary /> : <h2 className="mb-2 text-2xl font-bold">开放数据接口 (Open data API)</h2>}
      <p className="mb-4 text-stone-700">
        本平台已公开的部门预算可通过只读接口以 JSON、CSV 和财政数据包（Fiscal Data Package）获取，无需登录。
        接口只提供<strong>已审核公开的现行版本</strong>：草稿、待审、退回和已被更正替代的版本从不出现在接口中。
      </p>
      <nav aria-label="本页目录" className="mb-6 rounded border border-stone-300 bg-white p-3 text-sm">
        <h2 className="mb-1 font-semibold">目录 (Contents)</h2>
        <ul className="list-disc pl-5">
          <li><a href="#conventions" className="text-blue-800 underline">通用约定 (Conventions)</a></li>
          {ENDPOINTS.map((e) => (
            <li key={e.id}><a href={`#${e.id}`} className="text-blue-800 underline">{e.title}</a></li>
          ))}
          <li><a href="#measures" className="text-blue-800 underline">指标 (Measures)</a></li>
          <li><a href="#bulk" className="text-blue-800 underline">批量下载 (Bulk downloads)</a></li>
          <li><a href="#licence" className="text-blue-800 underline">示例数据与使用许可 (Demo data and licence)</a></li>
        </ul>
      </nav>

      <section aria-labelledby="conventions">
        <h2 id="conventions" className={h2}>通用约定 (Conventions)</h2>
        <ul className="mb-4 list-disc space-y-1 pl-5">
          <li>地址前缀 <Code>/api/v1</Code>，只支持 <Code>GET</Code>（其他方法返回 405）。同一版本（v1）内字段名不变，只会新增字段。</li>
          <li>返回 <Code>application/json; charset=utf-8</Code>；字段名为英文小驼峰（camelCase）；时间为 ISO 8601（UTC）。</li>
          <li>公开数据允许任何网站调用：<Code>Access-Control-Allow-Origin: *</Code>；可缓存 60 秒：<Code>Cache-Control: public, max-age=60</Code>，新公开的预算最迟一分钟后可见。</li>
          <li>单个对象放在 <Code>data</Code> 中；列表为 <Code>data</Code> 数组。</li>
        </ul>

        <h3 className={h3}>金额 (Amounts)</h3>
        <p className="mb-3">
          每个金额都是一个对象：<Code>yuan</Code> 为精确的整数元，<Code>wan</Code> 为公开文件所用的万元数，字符串，保留两位小数（四舍五入）。
          计算请用 <Code>yuan</Code>，显示请用 <Code>wan</Code>；接口从不输出浮点金额。唯一例外是公开文件全文 <Code>document</Code>，按存储原样输出，其中金额为整数元。
        </p>
        <CodeBlock label="金额示例 (amounts)">{AMOUNT_EXAMPLE}</CodeBlock>

        <h3 className={h3}>分页 (Pagination)</h3>
        <p className="mb-3">
          列表接口接受 <Code>page</Code>（从 1 开始）和 <Code>pageSize</Code>（1–200，默认 50），返回 <Code>page</Code>、<Code>pageSize</Code>、
          <Code>total</Code>（符合条件的总数）和 <Code>links.next</Code> / <Code>links.prev</Code>（相对地址，没有则为 null）。
        </p>
        <CodeBlock label="分页示例 (a paginated answer)">{PAGE_EXAMPLE}</CodeBlock>

        <h3 className={h3}>错误 (Errors)</h3>
        <p className="mb-3">
          参数无效返回 400，未知部门、年度或未公开的预算返回 404，均为 JSON：<Code>error.message</Code> 为中文，<Code>error.messageEn</Code> 为英文，
          400 另有 <Code>error.parameters</Code> 逐项说明。未列出的查询参数会被忽略；同一参数给出两次视为无效。
        </p>
        <CodeBlock label="400 示例 (a 400 answer)">{ERROR_EXAMPLE}</CodeBlock>
        <CodeBlock label="404 示例 (a 404 answer)">{json({ error: DEPARTMENT_NOT_FOUND })}</CodeBlock>
      </section>

      {ENDPOINTS.map((e) => (
        <section key={e.id} aria-labelledby={e.id}>
          <h2 id={e.id} className={h2}>
            {e.title}
          </h2>
          <p className="mb-2">
            <Code>{`GET ${e.path}`}</Code>
            {e.paginated && "（分页 paginated）"}
          </p>
          <p className="mb-3">{e.description}</p>
          {e.params.length > 0 && (
            <DocTable
              caption={`${e.title} 的参数 (parameters)`}
              head={["参数 (parameter)", "位置 (in)", "取值 (rule)", "说明 (description)"]}
              rows={e.params.map((p) => [<Code key={p.name}>{p.name}</Code>, p.where, p.rule, p.description])}
            />
          )}
          <DocTable
            caption={`${e.title} 的字段 (fields)`}
            head={["字段 (field)", "类型 (type)", "说明 (description)"]}
            rows={e.fields.map((f) => [<Code key={f.name}>{f.name}</Code>, f.type, f.description])}
          />
          <ExampleLinks urls={e.examples} />
        </section>
      ))}

      <section aria-labelledby="measures">
        <h2 id="measures" className={h2}>指标 (Measures)</h2>
        <p className="mb-3">
          <Code>figures</Code>、<Code>totals</Code> 的键名，以及 <Code>/api/v1/figures</Code> 的 <Code>measure</Code> 参数取值：
        </p>
        <DocTable
          caption="主要指标 (headline measures)"
          head={["键名 (key)", "指标 (measure)"]}
          rows={HEADLINE_MEASURES.map((m) => [<Code key={m}>{m}</Code>, MEASURE_LABELS[m]])}
        />
        <p className="mt-3">
          <Code>/api/v1/figures</Code> 的 <Code>measure</Code> 也可为分类科目：<Code>fn:205</Code>（支出功能分类的类、款或项，3、5或7位）或{" "}
          <Code>econ:301</Code>（部门预算支出经济分类的类或款，3或5位），金额为预算表中该科目及其下级科目的合计，跨年度按各年的对应科目编码；预算表未随原文公开的年度，
          <Code>value</Code> 为 null（未列示），不是 0；该年度的分类科目中没有对应科目的（如 <Code>fn:20138</Code> 在 2019 年以前，由多个科目合并而来），
          <Code>value</Code> 同为 null 而 <Code>classAbsent</Code> 为 true，表示当年无此科目，不是未列示。未收录的科目编码返回 400。
        </p>
      </section>

      <BulkDocs />

      <section aria-labelledby="licence">
        <h2 id="licence" className={h2}>示例数据与使用许可 (Demo data and licence)</h2>
        <p className="mb-3">
          标注“示例数据”的部门和年度是为演示平台而虚构的数据，不是真实预算：接口中部门和公开文件带有 <Code>demo</Code> 字段，
          CSV 有“示例数据”列，budget.csv 有 <Code>demo</Code> 列。使用数据时请据此区分。
        </p>
        <p className="mb-3">
          接口中的数据是依照《中华人民共和国预算法》和《中华人民共和国政府信息公开条例》主动公开的政府信息，可免费获取和再利用，请注明来源（本平台及所属县财政部门），
          不得歪曲原意。发布单位尚未为这些数据指定正式的开放许可协议；正式协议确定后将在本页公布。
        </p>
      </section>
    </article>
  );
}

function EnglishSummary() {
  return (
    <div lang="en">
      <h2 className="mb-2 text-2xl font-bold">Open data API</h2>
      <p className="mb-2 text-stone-700">
        Every published budget on this portal can be read without signing in through a read-only JSON API under{" "}
        <Code>/api/v1</Code>, as CSV per year and as a Fiscal Data Package. Only approved, current versions are served: drafts,
        submissions, returned and superseded versions never appear.
      </p>
      <p className="mb-2 text-stone-700">
        Amounts are objects: <Code>yuan</Code> is the exact integer amount in yuan, <Code>wan</Code> the amount in 10k yuan as a
        string with two decimals. Errors are JSON with <Code>error.message</Code> in Chinese and <Code>error.messageEn</Code> in
        English. Records marked <Code>demo</Code> (示例数据) are invented demo data.
      </p>
      <p className="mb-4 text-stone-700">
        The reference below is in Chinese, with field names, parameters and examples as the API uses them.
      </p>
    </div>
  );
}

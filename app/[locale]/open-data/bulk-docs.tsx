/** The bulk-download part of /open-data: the yearly CSV, the Fiscal Data Package, and both as Excel workbooks. */
import { BUDGET_FIELDS } from "@/lib/open-data/budget-csv";
import { SUMMARY_COLUMNS } from "@/lib/open-data/summary-csv";
import { Code, DocTable, ExampleLinks } from "./doc-blocks";

export function BulkDocs() {
  return (
    <section aria-labelledby="bulk">
      <h2 id="bulk" className="mb-3 mt-8 text-xl font-bold">
        批量下载 (Bulk downloads)
      </h2>
      <p className="mb-4">
        每个有已公开预算的年度提供两种批量下载；没有已公开预算的年度返回 404。两者都只含现行已公开版本，不含草稿、待审、退回和已被更正替代的版本。
      </p>

      <h3 id="bulk-csv" className="mb-2 mt-6 text-lg font-semibold">
        <Code>{"GET /api/v1/bulk/{year}.csv"}</Code> 年度汇总表 (Yearly CSV)
      </h3>
      <p className="mb-3">
        每份已公开的部门预算一行，各指标以万元、两位小数列示。UTF-8 编码并带字节顺序标记（BOM），可直接用 Excel 打开中文；
        列名为中文，列的顺序固定，与 JSON 字段的对应关系如下。部门未列示的指标为空单元格（JSON 中为 null），不是 0.00。为防止电子表格把文字当作公式执行，以 =、+、-、@ 开头的文字前加一个单引号。
      </p>
      <DocTable
        caption="年度汇总表的列 (columns of the yearly CSV)"
        head={["列名 (header)", "对应的 JSON 字段 (JSON field)"]}
        rows={SUMMARY_COLUMNS.map((c) => [c.header, <Code key={c.field}>{c.field}</Code>])}
      />
      <ExampleLinks urls={["/api/v1/bulk/2018.csv"]} />

      <h3 id="fdp" className="mb-2 mt-6 text-lg font-semibold">
        财政数据包 (Fiscal Data Package)
      </h3>
      <p className="mb-3">
        <Code>{"GET /api/v1/bulk/{year}/datapackage.json"}</Code> 是按{" "}
        <a className="text-blue-800 underline underline-offset-2" href="https://specs.frictionlessdata.io/fiscal-data-package/">
          Fiscal Data Package
        </a>{" "}
        规范编写的描述文件（profile 为 <Code>fiscal-data-package</Code>，币种 CNY，财政年度为公历年，countryCode CN），其资源{" "}
        <Code>budget.csv</Code> 的路径相对于描述文件，即 <Code>{"GET /api/v1/bulk/{year}/budget.csv"}</Code>。 budget.csv 每行一笔预算：
        各项收入来源，以及人员经费、日常公用经费和每个项目支出；支出行之和等于支出总计，收入行之和等于收入总计。“机关运行经费”和“三公”经费是同一笔钱的分解，不单列成行，以免重复计算。
        未列示的数字不成行（不写 0）：收入未列示的部门没有收入行，人员经费或日常公用经费未列示的没有该行——与 JSON 中的 null、年度汇总表的空单元格一致。
      </p>
      <p className="mb-3">
        模型 (model)：度量 <Code>amount</Code> 取 <Code>amountYuan</Code>（元，批复预算 approved）；维度有行政（县、部门）、年度、收支方向、口径（<Code>breakdown</Code>）、支出性质（基本支出/项目支出 → 人员经费/日常公用经费/项目支出 → 项目名称）、收入来源、资金来源、两个分类维度（classification）——支出功能分类（<Code>functionCode</Code> 项及其名称）和部门预算支出经济分类（<Code>economicCode</Code> 款及其名称）——和示例数据标记。
        科目编码与名称按该预算年度财政部《政府收支分类科目》列示。<strong>合计请只加总 <Code>breakdown</Code> 为 main 的行</strong>：economic 行是同一笔一般公共预算基本支出按经济分类（款）的再划分。预算表未随原文公开的年度（如正定县434部门2018年）没有科目编码，支出只列人员经费、日常公用经费和各项目，平台不作推测。budget.csv 为不带 BOM 的 UTF-8（供程序读取）；描述文件已用 datapackage 程序库校验。
      </p>
      <DocTable
        caption="budget.csv 的字段 (fields of budget.csv)"
        head={["字段 (field)", "类型 (type)", "中文名 (title)", "说明 (description)"]}
        rows={BUDGET_FIELDS.map((f) => [<Code key={f.name}>{f.name}</Code>, f.type, f.title, "description" in f ? f.description : ""])}
      />
      <ExampleLinks urls={["/api/v1/bulk/2018/datapackage.json", "/api/v1/bulk/2018/budget.csv"]} />

      <h3 id="bulk-xlsx" className="mb-2 mt-6 text-lg font-semibold">
        Excel 工作簿 (Excel workbooks)
      </h3>
      <p className="mb-3">
        <Code>{"GET /api/v1/bulk/{year}.xlsx"}</Code> 与 <Code>{"GET /api/v1/bulk/{year}/budget.xlsx"}</Code> 是上面两个 CSV 文件的 Excel 版本：
        第一个工作表的列名和各行与同名 CSV 完全相同（首行冻结），万元列为保留两位小数的数字，元和版本号为整数，demo 为逻辑值（TRUE/FALSE），其余为文本（文本不会被当作公式，不加单引号）；
        第二个工作表“说明”写明年度、来源、单位和示例数据的标注。与 CSV 一样只含现行已公开版本，缓存和跨域规则相同。
      </p>
      <ExampleLinks urls={["/api/v1/bulk/2018.xlsx", "/api/v1/bulk/2018/budget.xlsx"]} />
    </section>
  );
}

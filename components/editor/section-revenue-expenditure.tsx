"use client";
/** 二、部门预算安排的总体情况: texts, revenue sources, expenditure lines; the change part follows. */
import { REVENUE_KEY_NAMES } from "@/lib/excel/layout";
import { expenditureSentence, revenueSentence } from "@/lib/disclosure/narrative";
import { REVENUE_SOURCE_KEYS, type RevenueSource } from "@/lib/disclosure/schema";
import { AmountInput, OptionalAmountInput, StatableAmountInput } from "./amount-input";
import { ComputedFigure, EditorSection, SubGroup, TextField } from "./fields";
import { fieldId } from "./field-target";
import { GeneratedSentence } from "./generated-sentence";
import { AddButton, ListBox, ListControls } from "./list-controls";
import { append, focusIndex, focusKey, withoutKeys, type Updater } from "./list-helpers";
import { NamedAmountList } from "./named-amount-list";
import { NotStatedFieldset } from "./not-stated-fieldset";
import { SectionChange } from "./section-change";
import { SectionLines } from "./section-lines";
import type { SectionProps } from "./section-props";
import { StatedFigures } from "./stated-figures";

export function SectionRevenueExpenditure(props: SectionProps) {
  const { doc, update, figures, year } = props;
  const revenue = focusKey(update, "revenue");
  const expenditure = focusKey(update, "expenditure");
  return (
    <EditorSection section="overview">
      <TextField path="overview" label="总体情况说明" value={doc.overview} multiline onChange={(value) => update((d) => ({ ...d, overview: value }))} />

      <SubGroup title="收入预算" id={fieldId("revenue")}>
        <TextField path="revenue.intro" label="收入说明" value={doc.revenue.intro} multiline rows={2} describedBy="generated-revenue" onChange={(v) => focusKey(revenue, "intro")(() => v)} />
        <GeneratedSentence
          id="generated-revenue"
          fieldLabel="收入说明"
          intro={doc.revenue.intro}
          sentence={revenueSentence(doc, year)}
          figures={[figures.revenueTotal, ...doc.revenue.sources.map((s) => s.amount)].filter((y) => y !== null)}
        />
        <NotStatedFieldset
          path="revenue.notStated"
          label="本年收入"
          legend="收入来源"
          stated={figures.stated.revenue}
          onChange={(checked) => focusKey(revenue, "notStated")(() => checked)}
        >
          <RevenueSources sources={doc.revenue.sources} update={focusKey(revenue, "sources")} />
        </NotStatedFieldset>
        <ComputedFigure label="收入合计" yuan={figures.revenueTotal} testId="computed-revenue-total" strong />
        {/* Empty: not stated (no change is printed); last year's publication fills in where there is one. */}
        <OptionalAmountInput path="revenue.prior" label="上年收入总计（万元）" value={doc.revenue.prior} onChange={(v) => focusKey(revenue, "prior")(() => v)} />
      </SubGroup>

      <SubGroup title="支出预算" id={fieldId("expenditure")}>
        <TextField path="expenditure.intro" label="支出说明" value={doc.expenditure.intro} multiline rows={2} describedBy="generated-expenditure" onChange={(v) => focusKey(expenditure, "intro")(() => v)} />
        <GeneratedSentence
          id="generated-expenditure"
          fieldLabel="支出说明"
          intro={doc.expenditure.intro}
          sentence={expenditureSentence(doc, year)}
          figures={[figures.expenditureTotal, figures.basic, figures.personnel, figures.publicFunds, figures.project, ...doc.expenditure.projects.map((p) => p.amount)].filter((y) => y !== null)}
        />
        <div className="grid gap-3 sm:grid-cols-2">
          <StatableAmountInput path="expenditure.personnel" label="人员经费（万元）" value={doc.expenditure.personnel} onChange={(v) => focusKey(expenditure, "personnel")(() => v)} />
          <StatableAmountInput path="expenditure.publicFunds" label="日常公用经费（万元）" value={doc.expenditure.publicFunds} onChange={(v) => focusKey(expenditure, "publicFunds")(() => v)} />
        </div>
        <ComputedFigure label="基本支出（人员经费＋日常公用经费）" yuan={figures.basic} testId="computed-basic" />
        <NamedAmountList
          path="expenditure.projects"
          rowPrefix="项目"
          listLabel="项目支出明细"
          empty="尚未列出项目。"
          addLabel="添加项目"
          addTestId="add-project"
          rowTestId="editor-project"
          rows={doc.expenditure.projects}
          update={focusKey(expenditure, "projects")}
        />
        <ComputedFigure label="项目支出合计" yuan={figures.project} testId="computed-project" />
        <ComputedFigure
          label="支出合计（基本支出＋项目支出）"
          yuan={figures.expenditureTotal}
          testId="computed-expenditure-total"
          strong
          note={
            figures.expenditureTotal !== null && figures.revenueTotal !== null && figures.expenditureTotal !== figures.revenueTotal
              ? "支出合计与收入合计不相等，请核对。"
              : undefined
          }
        />
      </SubGroup>

      <SectionLines lines={doc.lines} update={focusKey(update, "lines")} year={year} codes={props.codes ?? null} />

      <StatedFigures
        boxPath="expenditure.stated"
        items={[
          { path: "revenue.statedTotal", label: "收入合计", stated: doc.revenue.statedTotal, computed: figures.revenueTotal },
          { path: "expenditure.statedTotal", label: "支出合计", stated: doc.expenditure.statedTotal, computed: figures.expenditureTotal },
          { path: "expenditure.statedBasic", label: "基本支出", stated: doc.expenditure.statedBasic, computed: figures.basic },
          { path: "expenditure.statedProject", label: "项目支出", stated: doc.expenditure.statedProject, computed: figures.project },
        ]}
        onClear={() =>
          update((d) => ({
            ...d,
            revenue: withoutKeys(d.revenue, ["statedTotal"]),
            expenditure: withoutKeys(d.expenditure, ["statedTotal", "statedBasic", "statedProject"]),
          }))
        }
      />

      <SectionChange {...props} />
    </EditorSection>
  );
}

function RevenueSources(props: { sources: RevenueSource[]; update: Updater<RevenueSource[]> }) {
  const { sources, update } = props;
  const remaining = REVENUE_SOURCE_KEYS.filter((key) => !sources.some((s) => s.key === key));
  return (
    <>
      <ListBox path="revenue.sources" label="收入来源列表" empty="尚未列出收入来源。" count={sources.length}>
        <ol className="space-y-3">
          {sources.map((source, i) => {
            const row = focusIndex(update, i);
            return (
              <li key={i} className="grid gap-2 sm:grid-cols-[1fr_12rem_auto] sm:items-end">
                <TextField path={`revenue.sources.${i}.label`} label={`收入来源${i + 1} 名称`} value={source.label} onChange={(v) => focusKey(row, "label")(() => v)} />
                <AmountInput path={`revenue.sources.${i}.amount`} label={`收入来源${i + 1} 金额（万元）`} value={source.amount} onChange={(v) => focusKey(row, "amount")(() => v)} />
                <ListControls listPath="revenue.sources" index={i} count={sources.length} rowLabel={`收入来源${i + 1}`} update={update} />
              </li>
            );
          })}
        </ol>
      </ListBox>
      {remaining.length > 0 && (
        <div className="flex flex-wrap gap-2">
          {remaining.map((key) => (
            <AddButton
              key={key}
              listPath="revenue.sources"
              testId={`add-revenue-source-${key}`}
              focusPath={`revenue.sources.${sources.length}.amount`}
              onAdd={() => update((list) => append(list, { key, label: REVENUE_KEY_NAMES[key], amount: 0 }))}
            >
              {REVENUE_KEY_NAMES[key]}
            </AddButton>
          ))}
        </div>
      )}
    </>
  );
}

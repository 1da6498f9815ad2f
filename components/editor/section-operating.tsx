"use client";
/** 三、机关运行经费安排情况: purpose and items; the total is computed. */
import { formatWan } from "@/lib/money";
import { OptionalAmountInput } from "./amount-input";
import { ComputedFigure, EditorSection, TextField } from "./fields";
import { focusKey, withoutKeys } from "./list-helpers";
import { NamedAmountList } from "./named-amount-list";
import { NotStatedFieldset } from "./not-stated-fieldset";
import type { SectionProps } from "./section-props";
import { StatedFigures } from "./stated-figures";

export function SectionOperating({ doc, update, figures }: SectionProps) {
  const operating = focusKey(update, "operatingCosts");
  return (
    <EditorSection section="operatingCosts">
      <TextField
        path="operatingCosts.purpose"
        label="机关运行经费用途"
        value={doc.operatingCosts.purpose}
        multiline
        rows={2}
        placeholder="如：用于保障我部门正常运转"
        onChange={(v) => focusKey(operating, "purpose")(() => v)}
      />
      <NotStatedFieldset
        path="operatingCosts.notStated"
        label="机关运行经费"
        legend="机关运行经费明细"
        stated={figures.stated.operatingCosts}
        onChange={(checked) => focusKey(operating, "notStated")(() => checked)}
      >
        <NamedAmountList
          path="operatingCosts.items"
          rowPrefix="机关运行经费项目"
          listLabel="机关运行经费明细"
          empty="尚未列出机关运行经费项目（如办公及印刷费、邮电费、差旅费）。"
          addLabel="添加机关运行经费项目"
          addTestId="add-operating-item"
          rows={doc.operatingCosts.items}
          update={focusKey(operating, "items")}
        />
      </NotStatedFieldset>
      <ComputedFigure
        label="机关运行经费合计"
        yuan={figures.operatingCosts}
        testId="computed-operating-total"
        strong
        note={figures.publicFunds === null ? undefined : `日常公用经费为 ${formatWan(figures.publicFunds)} 万元；行政单位两者通常相等。`}
      />
      <OptionalAmountInput path="operatingCosts.prior" label="上年机关运行经费（万元）" value={doc.operatingCosts.prior} onChange={(v) => focusKey(operating, "prior")(() => v)} />
      <StatedFigures
        boxPath="operatingCosts.stated"
        items={[{ path: "operatingCosts.statedTotal", label: "机关运行经费合计", stated: doc.operatingCosts.statedTotal, computed: figures.operatingCosts }]}
        onClear={() => operating((o) => withoutKeys(o, ["statedTotal"]))}
      />
    </EditorSection>
  );
}

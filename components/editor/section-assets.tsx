"use client";
/** 七、国有资产信息: planned purchases and the 固定资产占用情况表 (资产总额 computed). */
import type { AssetTable, PlannedPurchase } from "@/lib/disclosure/schema";
import { AmountInput, AreaInput, CountInput, DateInput, OptionalCountInput } from "./amount-input";
import { ComputedFigure, EditorSection, SubGroup, TextField } from "./fields";
import { fieldId } from "./field-target";
import { AddButton, ListBox, ListControls } from "./list-controls";
import { append, focusIndex, focusKey, withoutKeys, type Updater } from "./list-helpers";
import type { SectionProps } from "./section-props";
import { StatedFigures } from "./stated-figures";
import { ScrollTable } from "../ui/scroll-table";

const NEW_PURCHASE: PlannedPurchase = { item: "", quantity: null, unit: "", amount: 0 };

type AmountKey = "buildingsValue" | "officeValue" | "vehicleValue" | "equipmentValue" | "otherValue";
type AreaKey = "buildingsArea" | "officeArea";

const AREAS: readonly { key: AreaKey; label: string }[] = [
  { key: "buildingsArea", label: "房屋面积（平方米）" },
  { key: "officeArea", label: "其中：办公用房面积（平方米）" },
];
const VALUES: readonly { key: AmountKey; label: string }[] = [
  { key: "buildingsValue", label: "房屋价值（万元）" },
  { key: "officeValue", label: "其中：办公用房价值（万元）" },
  { key: "vehicleValue", label: "车辆价值（万元）" },
  { key: "equipmentValue", label: "单价20万元以上设备价值（万元）" },
  { key: "otherValue", label: "其他固定资产价值（万元）" },
];

export function SectionAssets({ doc, update, figures }: SectionProps) {
  const assets = focusKey(update, "assets");
  const purchases = focusKey(assets, "plannedPurchases");
  const table = focusKey(assets, "table");
  const { plannedPurchases: list, table: t } = doc.assets;
  return (
    <EditorSection section="assets">
      <SubGroup title="本年拟购置资产">
        <ListBox path="assets.plannedPurchases" label="拟购置资产列表" empty="本年无拟购置资产。" count={list.length}>
          <ScrollTable className="-mx-1 px-1 pb-1" sticky={false} label="拟购置资产表，可横向滚动">
            <table className="w-full min-w-[40rem] border-collapse text-sm">
              <thead>
                <tr className="text-left">
                  <th scope="col" className="p-1">资产名称</th>
                  <th scope="col" className="w-20 p-1">数量</th>
                  <th scope="col" className="w-20 p-1">单位</th>
                  <th scope="col" className="w-36 p-1">金额（万元）</th>
                  <th scope="col" className="p-1">操作</th>
                </tr>
              </thead>
              <tbody>
                {list.map((p, i) => (
                  <PurchaseRow key={i} purchase={p} index={i} count={list.length} purchases={purchases} />
                ))}
              </tbody>
            </table>
          </ScrollTable>
        </ListBox>
        <AddButton listPath="assets.plannedPurchases" testId="add-planned-purchase" focusPath={`assets.plannedPurchases.${list.length}.item`} onAdd={() => purchases((l) => append(l, { ...NEW_PURCHASE }))}>
          添加拟购置资产
        </AddButton>
        <ComputedFigure label="拟购置合计" yuan={figures.plannedPurchases} testId="computed-planned-total" />
      </SubGroup>

      <SubGroup title="固定资产占用情况表" id={fieldId("assets.table")}>
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          <DateInput path="assets.table.asOf" label="截止时间（年-月-日）" value={t.asOf} onChange={(v) => focusKey(table, "asOf")(() => v)} />
          {AREAS.map((a) => (
            <AreaInput key={a.key} path={`assets.table.${a.key}`} label={a.label} value={t[a.key]} onChange={(v) => focusKey(table, a.key)(() => v)} />
          ))}
          <CountInput path="assets.table.vehicleCount" label="车辆数量（台、辆）" value={t.vehicleCount} onChange={(v) => focusKey(table, "vehicleCount")(() => v)} />
          {VALUES.map((a) => (
            <AmountInput key={a.key} path={`assets.table.${a.key}`} label={a.label} value={t[a.key]} onChange={(v) => focusKey(table, a.key)(() => v)} />
          ))}
        </div>
        <ComputedFigure
          label="资产总额（房屋＋车辆＋设备＋其他）"
          yuan={figures.assetTotal}
          testId="computed-asset-total"
          strong
        />
      </SubGroup>

      <StatedFigures
        boxPath="assets.stated"
        items={[
          { path: "assets.statedPlannedTotal", label: "拟购置合计", stated: doc.assets.statedPlannedTotal, computed: figures.plannedPurchases },
          { path: "assets.table.statedTotal", label: "资产总额", stated: t.statedTotal, computed: figures.assetTotal },
        ]}
        onClear={() => assets((a) => ({ ...withoutKeys(a, ["statedPlannedTotal"]), table: withoutKeys<AssetTable>(a.table, ["statedTotal"]) }))}
      />
    </EditorSection>
  );
}

function PurchaseRow(props: { purchase: PlannedPurchase; index: number; count: number; purchases: Updater<PlannedPurchase[]> }) {
  const { purchase: p, index: i } = props;
  const path = `assets.plannedPurchases.${i}`;
  const label = `拟购置资产${i + 1}`;
  const row = focusIndex(props.purchases, i);
  return (
    <tr className="align-top">
      <td className="p-1">
        <TextField hideLabel path={`${path}.item`} label={`${label} 名称`} value={p.item} onChange={(v) => focusKey(row, "item")(() => v)} />
      </td>
      <td className="p-1">
        <OptionalCountInput hideLabel path={`${path}.quantity`} label={`${label} 数量`} value={p.quantity} onChange={(v) => focusKey(row, "quantity")(() => v)} />
      </td>
      <td className="p-1">
        <TextField hideLabel path={`${path}.unit`} label={`${label} 单位`} value={p.unit} placeholder="台" onChange={(v) => focusKey(row, "unit")(() => v)} />
      </td>
      <td className="p-1">
        <AmountInput hideLabel path={`${path}.amount`} label={`${label} 金额（万元）`} value={p.amount} onChange={(v) => focusKey(row, "amount")(() => v)} />
      </td>
      <td className="p-1">
        <ListControls listPath="assets.plannedPurchases" index={i} count={props.count} rowLabel={label} update={props.purchases} />
      </td>
    </tr>
  );
}

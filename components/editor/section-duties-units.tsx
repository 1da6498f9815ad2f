"use client";
/** 一、部门职责及机构设置情况: the numbered duties and the table of units. */
import { UNIT_NATURES } from "@/lib/excel/layout";
import type { Unit } from "@/lib/disclosure/schema";
import { OptionalCountInput } from "./amount-input";
import { EditorSection, SelectField, SubGroup, TextField } from "./fields";
import { AddButton, ListBox, ListControls } from "./list-controls";
import { append, focusIndex, focusKey, type Updater } from "./list-helpers";
import type { SectionProps } from "./section-props";
import { ScrollTable } from "../ui/scroll-table";

const STAFF_FIELDS = [
  ["authorized", "编制数（人）"],
  ["statedTotal", "实有人数（人）"],
  ["active", "其中：在职（人）"],
  ["retired", "离退休（人）"],
] as const;

const NEW_UNIT: Unit = { name: "", nature: "", rank: "", funding: "财政拨款" };

export function SectionDutiesUnits({ doc, update }: SectionProps) {
  const duties = focusKey(update, "duties");
  const units = focusKey(update, "units");
  const staff = focusKey(update, "staff");
  return (
    <EditorSection section="duties">
      <SubGroup title="部门职责">
        <ListBox path="duties" label="部门职责列表" empty="尚未填写部门职责。" count={doc.duties.length}>
          <ol className="space-y-3">
            {doc.duties.map((duty, i) => (
              <li key={i} className="flex flex-col gap-2 sm:flex-row sm:items-end">
                <TextField
                  className="flex-1"
                  path={`duties.${i}`}
                  label={`职责${i + 1}`}
                  value={duty}
                  multiline
                  rows={2}
                  onChange={(value) => focusIndex(duties, i)(() => value)}
                />
                <ListControls listPath="duties" index={i} count={doc.duties.length} rowLabel={`职责${i + 1}`} update={duties} />
              </li>
            ))}
          </ol>
        </ListBox>
        <AddButton listPath="duties" testId="add-duty" focusPath={`duties.${doc.duties.length}`} onAdd={() => duties((list) => append(list, ""))}>
          添加职责
        </AddButton>
      </SubGroup>

      <SubGroup title="机构设置">
        <ListBox path="units" label="所属单位列表" empty="尚未填写所属单位。" count={doc.units.length}>
          <ScrollTable className="-mx-1 px-1 pb-1" sticky={false} label="机构设置表，可横向滚动">
            <table className="w-full min-w-[44rem] border-collapse text-sm">
              <thead>
                <tr className="text-left">
                  <th scope="col" className="w-12 p-1">序号</th>
                  <th scope="col" className="p-1">单位名称</th>
                  <th scope="col" className="w-28 p-1">单位性质</th>
                  <th scope="col" className="w-28 p-1">单位规格</th>
                  <th scope="col" className="w-32 p-1">经费保障形式</th>
                  <th scope="col" className="p-1">操作</th>
                </tr>
              </thead>
              <tbody>
                {doc.units.map((unit, i) => (
                  <UnitRow key={i} unit={unit} index={i} count={doc.units.length} units={units} />
                ))}
              </tbody>
            </table>
          </ScrollTable>
        </ListBox>
        <AddButton listPath="units" testId="add-unit" focusPath={`units.${doc.units.length}.name`} onAdd={() => units((list) => append(list, { ...NEW_UNIT }))}>
          添加单位
        </AddButton>
      </SubGroup>
      <SubGroup title="人员情况">
        {/* Each count may be left empty: not stated. 实有人数 is checked against 在职 + 离退休. */}
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {STAFF_FIELDS.map(([key, label]) => (
            <OptionalCountInput key={key} path={`staff.${key}`} label={label} value={doc.staff[key]} onChange={(v) => staff((s) => ({ ...s, [key]: v }))} />
          ))}
        </div>
      </SubGroup>
    </EditorSection>
  );
}

function UnitRow(props: { unit: Unit; index: number; count: number; units: Updater<Unit[]> }) {
  const { unit, index: i } = props;
  const row = focusIndex(props.units, i);
  const set = <K extends keyof Unit>(key: K) => (value: Unit[K]) => focusKey(row, key)(() => value);
  const label = `单位${i + 1}`;
  return (
    <tr className="align-top">
      <td className="p-1 pt-3 text-center">{i + 1}</td>
      <td className="p-1">
        <TextField hideLabel path={`units.${i}.name`} label={`${label} 单位名称`} value={unit.name} onChange={set("name")} />
      </td>
      <td className="p-1">
        <SelectField hideLabel path={`units.${i}.nature`} label={`${label} 单位性质`} value={unit.nature} options={UNIT_NATURES} onChange={set("nature")} />
      </td>
      <td className="p-1">
        <TextField hideLabel path={`units.${i}.rank`} label={`${label} 单位规格`} value={unit.rank} placeholder="如 正科级" onChange={set("rank")} />
      </td>
      <td className="p-1">
        <TextField hideLabel path={`units.${i}.funding`} label={`${label} 经费保障形式`} value={unit.funding} onChange={set("funding")} />
      </td>
      <td className="p-1">
        <ListControls listPath="units" index={i} count={props.count} rowLabel={label} update={props.units} />
      </td>
    </tr>
  );
}

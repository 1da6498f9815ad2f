/**
 * The standard 专业名词解释 a new disclosure starts with (the terms and wording of the county's
 * published disclosures, e.g. 正定县人民政府办公室 2018). The Excel template pre-fills its 名词解释
 * sheet with them and the editor may default a draft's glossary from here. Copy before mutating.
 */
import type { GlossaryTerm } from "./schema";

export const STANDARD_GLOSSARY: readonly Readonly<GlossaryTerm>[] = [
  { term: "一般公共预算拨款收入", definition: "指县级财政当年拨付的资金。" },
  {
    term: "基本支出",
    definition: "指为保障机构正常运转、完成日常工作任务而发生的人员支出和日常公用支出。",
  },
  { term: "项目支出", definition: "指基本支出之外为完成本部门职责活动所发生的支出。" },
  {
    term: "财政拨款“三公经费”",
    definition:
      "指县级部门用财政拨款安排的因公出国境费、公务用车购置及运行费和公务接待费。其中，因公出国境费反映公务出国境的住宿费、交通费、伙食补助、培训等支出；公务用车购置及运行费分为公务用车购置费和公务用车运行维护费，公务用车购置费反映公务用车购置费等支出，公务用车运行维护费反映公务用车租用费、燃料费、保险费、过路桥费等支出；公务接待费反映按规定开支的各类公务接待（含外宾接待）支出。",
  },
  {
    term: "机关运行费",
    definition:
      "指保障单位正常运转，用于购买货物或服务的各项资金。主要包括办公及印刷费、邮电费、差旅费、会议费、日常维修费、水电费、办公用房取暖费、物业管理费、公务用车运行维护费等。",
  },
];

/** A fresh, mutable copy of the standard glossary. */
export function standardGlossary(): GlossaryTerm[] {
  return STANDARD_GLOSSARY.map((g) => ({ ...g }));
}

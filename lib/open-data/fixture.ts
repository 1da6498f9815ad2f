/** Test fixtures: published entries as the open-data queries return them, without a database. */
import type { PublishedEntry } from "../../db/queries/open-data";
import { headlineFigures } from "../disclosure/figures";
import type { DisclosureDocument } from "../disclosure/schema";
import { ZHENGDING_434_2018 } from "../../db/seed/zhengding-434-2018";
import { consistentDocument } from "../checks/fixture";
import type { PublishedDocument } from "./budget-csv";

export const TEST_REGION = { code: "130123", name: "正定县", province: "河北省" } as const;

export function publishedEntry(
  document: DisclosureDocument,
  overrides: Partial<Omit<PublishedEntry, "figures">> = {},
): PublishedEntry {
  return {
    versionId: 1,
    departmentId: 1,
    departmentCode: "434",
    departmentRef: "434",
    departmentName: "正定县人民政府办公室",
    region: TEST_REGION,
    year: 2018,
    versionNo: 1,
    publishedAt: new Date("2018-03-01T02:00:00Z"),
    demo: false,
    departmentDemo: false,
    ...overrides,
    figures: headlineFigures(document),
  };
}

/** The seed 434/2018 and an invented demo department with an awkward project name. */
export function yearOfDisclosures(): PublishedDocument[] {
  const demo = consistentDocument();
  demo.expenditure.projects[0]!.name = '=HYPERLINK("x"),含"引号"的项目';
  return [
    { entry: publishedEntry(ZHENGDING_434_2018), document: ZHENGDING_434_2018 },
    {
      entry: publishedEntry(demo, { versionId: 2, departmentId: 2, departmentCode: "401", departmentName: "县教育局", demo: true, departmentDemo: true, versionNo: 2 }),
      document: demo,
    },
  ];
}

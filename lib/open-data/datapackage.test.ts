/**
 * The Fiscal Data Package of a year, written to a temporary folder and validated there with the
 * `datapackage` library (frictionlessdata/datapackage-js), offline: the profiles it ships with
 * are local JSON Schemas and the resource path is a relative file.
 *
 * One gap of the library: its bundled fiscal-data-package schema inherits the tabular-data-package
 * schema's `profile` enum, so it refuses the very identifier the FDP spec asks for
 * ("fiscal-data-package"). The tests therefore (1) prove that this enum is the only objection to
 * the descriptor as served, (2) validate everything else — model, measures, currency, fiscal
 * period, resources — against the bundled fiscal schema with that one string swapped, and
 * (3) load the package as a tabular data package and read budget.csv against its table schema.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Package, Profile } from "datapackage";
import { wan } from "../money";
import { BUDGET_FIELDS, budgetCsv } from "./budget-csv";
import { BUDGET_RESOURCE_PATH, budgetPackageDescriptor, MODEL } from "./datapackage";
import { publishedEntry, TEST_REGION, yearOfDisclosures } from "./fixture";
import { demoDisclosures } from "../../db/seed/demo";
import { headlineFigures } from "../disclosure/figures";

let dir = "";
// A demo disclosure with budget lines (the 县教育局's 2018, 示例数据) beside the seed (lines: null).
const education = demoDisclosures().find((d) => d.departmentCode === "401" && d.year === 2018)!.document;
const disclosures = [
  ...yearOfDisclosures(),
  {
    entry: publishedEntry(education, { versionId: 3, departmentId: 3, departmentCode: "401L", departmentName: "县教育局（明细）", demo: true, departmentDemo: true }),
    document: education,
  },
];
const descriptor = budgetPackageDescriptor({
  year: 2018,
  regions: [TEST_REGION],
  lastPublishedAt: new Date("2018-03-01T02:00:00Z"),
  hasDemo: true,
});
const asTabular = { ...descriptor, profile: "tabular-data-package" };

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "fdp-"));
  fs.writeFileSync(path.join(dir, "datapackage.json"), JSON.stringify(descriptor, null, 2));
  fs.writeFileSync(path.join(dir, BUDGET_RESOURCE_PATH), budgetCsv(disclosures));
});

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const messages = (errors: Error[]) => errors.map((e) => e.message);

describe("Fiscal Data Package, validated with the datapackage library", () => {
  it("objects to nothing but the profile identifier its bundled schema mislists", async () => {
    const served = await Package.load(path.join(dir, "datapackage.json"));
    expect(served.descriptor.profile).toBe("fiscal-data-package");
    expect(served.errors).toHaveLength(1);
    expect(served.errors[0]!.message).toMatch(/No enum match for: "fiscal-data-package"[\s\S]*at "\/profile"/);
  });

  it("satisfies the bundled fiscal-data-package JSON Schema otherwise (model, currency, fiscal period)", async () => {
    const profile = await Profile.load("fiscal-data-package");
    expect(profile.jsonschema.title).toBe("Fiscal Data Package"); // the bundled, local schema
    const result = profile.validate(asTabular);
    expect(messages(result.errors)).toEqual([]);
    // The schema is not a rubber stamp: it refuses a bad currency and a model without measures.
    const badCurrency = { ...asTabular, model: { ...MODEL, measures: { amount: { source: "amountYuan", currency: "yuan" } } } };
    expect(profile.validate(badCurrency).valid).toBe(false);
    expect(profile.validate({ ...asTabular, model: { dimensions: MODEL.dimensions } }).valid).toBe(false);
  });

  it("is a valid tabular data package whose budget.csv reads against its schema", async () => {
    const pkg = await Package.load(asTabular, { basePath: dir });
    expect(messages(pkg.errors)).toEqual([]);
    expect(pkg.valid).toBe(true);
    const resource = pkg.getResource("budget");
    expect(resource?.valid).toBe(true);
    const rows = await resource!.read({ keyed: true });
    expect(resource!.headers).toEqual(BUDGET_FIELDS.map((f) => f.name));

    const seed = rows.filter((r) => r.departmentCode === "434");
    const expenditure = seed.filter((r) => r.direction === "expenditure");
    const revenue = seed.filter((r) => r.direction === "revenue");
    const sum = (list: typeof rows) => list.reduce((total, r) => total + Number(r.amountYuan), 0);
    expect(sum(expenditure)).toBe(wan("1028.57"));
    expect(sum(revenue)).toBe(wan("1028.57"));
    expect(expenditure).toHaveLength(2 + 6); // personnel, public funds, six projects
    expect(seed[0]).toMatchObject({ fiscalYear: 2018, demo: false, lineNo: 1, functionCode: null });
    expect(expenditure.find((r) => r.economicCategory === "personnel")).toMatchObject({
      amountYuan: wan("616.89"),
      economicCategoryName: "人员经费",
      expenditureType: "basic",
    });
    const demo = rows.filter((r) => r.departmentCode === "401");
    expect(demo.every((r) => r.demo === true)).toBe(true);
    expect(demo.map((r) => r.projectName)).toContain('\'=HYPERLINK("x"),含"引号"的项目');
  });

  it("carries the function 项 and economic 款 with their official names, as classification dimensions", async () => {
    expect(MODEL.dimensions.functional).toMatchObject({
      dimensionType: "classification",
      classificationType: "functional",
      attributes: { functionCode: { source: "functionCode" }, functionName: { source: "functionName", labelfor: "functionCode" } },
    });
    expect(MODEL.dimensions.economic).toMatchObject({
      dimensionType: "classification",
      classificationType: "economic",
      attributes: { economicCode: { source: "economicCode" }, economicName: { source: "economicName", labelfor: "economicCode" } },
    });
    const pkg = await Package.load(asTabular, { basePath: dir });
    expect(pkg.valid).toBe(true);
    const rows = await pkg.getResource("budget")!.read({ keyed: true });
    const lines = rows.filter((r) => r.departmentCode === "401L");
    const main = lines.filter((r) => r.direction === "expenditure" && r.breakdown === "main");
    const economic = lines.filter((r) => r.breakdown === "economic");
    const sum = (list: typeof rows) => list.reduce((total, r) => total + Number(r.amountYuan), 0);
    // Every line of the document, with its code and the 2018 list's name; totals tie to the document.
    expect(main).toHaveLength(education.lines!.expenditure.length);
    expect(sum(main)).toBe(headlineFigures(education).total);
    expect(main.every((r) => /^\d{7}$/.test(String(r.functionCode)) && typeof r.functionName === "string" && r.functionName !== "")).toBe(true);
    expect(main.find((r) => r.functionCode === "2050101")).toMatchObject({ functionName: "行政运行", fundingSource: "general" });
    expect(sum(main.filter((r) => String(r.functionCode).startsWith("205")))).toBeGreaterThan(0);
    expect(economic).toHaveLength(education.lines!.economic.length);
    expect(sum(economic)).toBe(education.lines!.economic.reduce((a, l) => a + l.amount, 0));
    expect(economic.find((r) => r.economicCode === "30101")).toMatchObject({ economicName: "基本工资", expenditureType: "basic", functionCode: null });
    // The seed has no lines: no codes, never invented.
    expect(rows.filter((r) => r.departmentCode === "434").every((r) => r.functionCode === null && r.economicCode === null)).toBe(true);
  });

  it("maps every model source to a column of the resource", () => {
    const columns = new Set<string>(BUDGET_FIELDS.map((f) => f.name));
    const sources = [
      ...Object.values(MODEL.measures).map((m) => m.source),
      ...Object.values(MODEL.dimensions).flatMap((d) => Object.values(d.attributes).map((a) => a.source)),
    ];
    expect(sources.filter((s) => !columns.has(s))).toEqual([]);
    expect(descriptor.resources[0]!.path).toBe("budget.csv"); // relative to the descriptor's URL
    expect(descriptor.fiscalPeriod).toEqual({ start: "2018-01-01", end: "2018-12-31" });
  });
});

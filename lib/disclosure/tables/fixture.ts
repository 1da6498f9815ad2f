/**
 * A disclosure entered as budget lines, for tests: lib/checks/fixture.ts's consistent document
 * (500.50 万元 = general 480.50 + fund 20) with lines that give exactly its figures, economic lines
 * for the general-budget basic spending, and staff counts. runChecks finds nothing on it.
 */
import { consistentDocument } from "../../checks/fixture";
import { wan } from "../../money";
import type { DisclosureDocument, ExpenditureLine } from "../schema";

const line = (functionCode: string, kind: ExpenditureLine["kind"], amount: string, project = "", source: ExpenditureLine["source"] = "general"): ExpenditureLine => ({
  functionCode,
  kind,
  source,
  project,
  amount: wan(amount),
});

export function documentWithLines(): DisclosureDocument {
  return {
    ...consistentDocument(),
    lines: {
      expenditure: [
        line("2010301", "personnel", "250.20"),
        line("2080505", "personnel", "30"),
        line("2101101", "personnel", "10"),
        line("2210201", "personnel", "10"),
        line("2010301", "public", "60.30"),
        line("2010302", "project", "70", "政务服务经费"),
        line("2120804", "project", "20", "政务服务经费", "fund"),
        line("2010302", "project", "50", "应急值守经费"),
      ],
      economic: [
        { economicCode: "30101", amount: wan("120") },
        { economicCode: "30102", amount: wan("80.20") },
        { economicCode: "30107", amount: wan("50") },
        { economicCode: "30108", amount: wan("30") },
        { economicCode: "30110", amount: wan("10") },
        { economicCode: "30113", amount: wan("10") },
        { economicCode: "30201", amount: wan("20") },
        { economicCode: "30211", amount: wan("10") },
        { economicCode: "30217", amount: wan("5") },
        { economicCode: "30231", amount: wan("15") },
        { economicCode: "30299", amount: wan("10.30") },
      ],
      carryForward: 0,
    },
    staff: { authorized: 30, active: 28, retired: 12, statedTotal: 40 },
  };
}

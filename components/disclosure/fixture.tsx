/**
 * For tests: the official rendering of the real 434/2018 disclosure (db/seed), or of a variant of
 * its document. One element, used by the rendering's own tests and by those of what wraps it.
 */
import { ZHENGDING_434_2018, ZHENGDING_434_DEPARTMENT } from "../../db/seed/zhengding-434-2018";
import type { DisclosureDocument } from "../../lib/disclosure/schema";
import { DisclosureView } from "./disclosure-view";

export function seedDisclosureView(document: DisclosureDocument = ZHENGDING_434_2018, isDemo = false) {
  return (
    <DisclosureView
      departmentCode={ZHENGDING_434_DEPARTMENT.code}
      departmentName={ZHENGDING_434_DEPARTMENT.name}
      year={2018}
      document={document}
      isDemo={isDemo}
    />
  );
}

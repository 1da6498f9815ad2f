import type { PickerCodeLists } from "@/lib/classification/search";
import type { DerivedFigures } from "@/lib/disclosure/figures";
import type { DisclosureDocument } from "@/lib/disclosure/schema";
import type { Updater } from "./list-helpers";

/** What every section editor receives: the whole document, its writer, its computed figures and its year. */
export interface SectionProps {
  doc: DisclosureDocument;
  update: Updater<DisclosureDocument>;
  figures: DerivedFigures;
  /** The budget year, for the sentences the public page generates. */
  year: number;
  /** The code lists of the draft's year for the budget lines' pickers; null when not loaded. */
  codes?: PickerCodeLists | null;
}

/**
 * The editor as the component tests render it (server-side markup, no browser): the seed 434/2018
 * as a draft of version 7 whose actions never answer, and helpers to read the markup.
 */
import { renderToStaticMarkup } from "react-dom/server";
import { ZHENGDING_434_2018, ZHENGDING_434_DEPARTMENT } from "@/db/seed/zhengding-434-2018";
import type { DisclosureDocument } from "@/lib/disclosure/schema";
import { DraftEditor, type DraftEditorProps } from "./draft-editor";

/** An action that never answers: rendering never calls it. */
export const never = () => new Promise<never>(() => {});

export function renderEditor(document: DisclosureDocument = ZHENGDING_434_2018, extra: Partial<DraftEditorProps> = {}): string {
  return renderToStaticMarkup(
    <DraftEditor
      versionId={7}
      userId={1}
      revision={3}
      status="draft"
      departmentCode={ZHENGDING_434_DEPARTMENT.code}
      departmentName={ZHENGDING_434_DEPARTMENT.name}
      year={2018}
      document={document}
      previousDocument={null}
      readOnly={false}
      saveAction={never}
      submitAction={never}
      importAction={never}
      {...extra}
    />,
  );
}

export const stripTags = (html: string) => html.replace(/<[^>]+>/g, "");
export const decode = (text: string) => text.replace(/&quot;/g, '"').replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">");
/** The text a reader sees: tags removed, entities decoded. */
export const textOf = (html: string) => decode(stripTags(html));

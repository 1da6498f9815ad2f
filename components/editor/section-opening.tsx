"use client";
/**
 * The opening (按照《预算法》…), printed before 一 on the public page: section 0 of the registry
 * (lib/disclosure/sections.ts), so its findings and its review changes land here, not in 二.
 */
import { EditorSection, TextField } from "./fields";
import type { SectionProps } from "./section-props";

export function SectionOpening({ doc, update }: SectionProps) {
  return (
    <EditorSection section="preamble">
      <TextField
        path="preamble"
        label="开篇段落（按照《预算法》…）"
        value={doc.preamble}
        multiline
        onChange={(value) => update((d) => ({ ...d, preamble: value }))}
      />
    </EditorSection>
  );
}

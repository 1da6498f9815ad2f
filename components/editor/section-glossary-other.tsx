"use client";
/** 八、专业名词解释 (standard terms on demand) and 九、其他需要说明的事项. */
import type { GlossaryTerm } from "@/lib/disclosure/schema";
import { standardGlossary } from "@/lib/disclosure/glossary";
import { useEditor } from "./editor-context";
import { EditorSection, TextField } from "./fields";
import { AddButton, ListBox, ListControls } from "./list-controls";
import { append, focusIndex, focusKey } from "./list-helpers";
import type { SectionProps } from "./section-props";

/** The standard terms not yet in the glossary, appended after the editor's own. */
export function withStandardTerms(glossary: readonly GlossaryTerm[]): GlossaryTerm[] {
  const present = new Set(glossary.map((g) => g.term.trim()));
  return [...glossary, ...standardGlossary().filter((g) => !present.has(g.term))];
}

export function SectionGlossary({ doc, update }: SectionProps) {
  const { readOnly } = useEditor();
  const glossary = focusKey(update, "glossary");
  const list = doc.glossary;
  const missing = withStandardTerms(list).length - list.length;
  return (
    <EditorSection section="glossary">
      <ListBox path="glossary" label="名词解释列表" empty="尚无名词解释。可点击“恢复标准名词解释”填入标准名词。" count={list.length}>
        <ol className="space-y-3">
          {list.map((term, i) => {
            const row = focusIndex(glossary, i);
            return (
              <li key={i} className="grid gap-2 md:grid-cols-[11rem_minmax(0,1fr)_auto] md:items-start">
                <TextField path={`glossary.${i}.term`} label={`名词${i + 1}`} value={term.term} onChange={(v) => focusKey(row, "term")(() => v)} />
                <TextField path={`glossary.${i}.definition`} label={`名词${i + 1} 解释`} value={term.definition} multiline rows={4} onChange={(v) => focusKey(row, "definition")(() => v)} />
                <ListControls listPath="glossary" index={i} count={list.length} rowLabel={`名词${i + 1}`} update={glossary} />
              </li>
            );
          })}
        </ol>
      </ListBox>
      <div className="flex flex-wrap gap-2">
        <AddButton listPath="glossary" testId="add-glossary-term" focusPath={`glossary.${list.length}.term`} onAdd={() => glossary((g) => append(g, { term: "", definition: "" }))}>
          添加名词
        </AddButton>
        {!readOnly && missing > 0 && (
          <button
            type="button"
            data-testid="restore-glossary"
            className="rounded border border-stone-500 bg-white px-3 py-1.5 text-sm hover:bg-stone-100"
            onClick={() => glossary(withStandardTerms)}
          >
            恢复标准名词解释
          </button>
        )}
      </div>
      {!readOnly && missing > 0 && list.length > 0 && (
        <p className="text-xs text-stone-700">将补上缺少的 {missing} 个标准名词，已有的不变。</p>
      )}
    </EditorSection>
  );
}

export function SectionOtherMatters({ doc, update }: SectionProps) {
  return (
    <EditorSection section="otherMatters">
      <TextField
        path="otherMatters"
        label="其他需要说明的事项"
        value={doc.otherMatters}
        multiline
        rows={4}
        placeholder="无事项时请写“无”。"
        onChange={(v) => update((d) => ({ ...d, otherMatters: v }))}
      />
    </EditorSection>
  );
}

import type { DisclosureDocument } from "../../lib/disclosure/schema";
import { itemNumber } from "../../lib/disclosure/numbering";
import { DocParagraph, DocSection } from "./doc-parts";

/** 八、专业名词解释 */
export function SectionGlossary(props: { document: DisclosureDocument }) {
  return (
    <DocSection section="glossary">
      {/* role="list": Safari drops list semantics from a list without markers. */}
      <ol role="list" className="my-2 list-none space-y-2 pl-0" data-testid="glossary">
        {props.document.glossary.map((entry, i) => (
          <li key={i} className="leading-relaxed">
            <span className="tabular-nums">{itemNumber(i + 1)}</span>
            <dfn className="font-semibold not-italic">{entry.term}</dfn>：{entry.definition}
          </li>
        ))}
      </ol>
    </DocSection>
  );
}

/** 九、其他需要说明的事项 — free text; paragraphs kept as the editor wrote them. */
export function SectionOtherMatters(props: { document: DisclosureDocument }) {
  const paragraphs = props.document.otherMatters
    .split(/\n+/)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  return (
    <DocSection section="otherMatters">
      <div data-testid="other-matters">
        {paragraphs.length === 0 ? (
          // Not written for the department: an empty part is marked, never filled with invented text.
          <p className="my-2 text-stone-600">（本部分未填写）</p>
        ) : (
          paragraphs.map((p, i) => <DocParagraph key={i}>{p}</DocParagraph>)
        )}
      </div>
    </DocSection>
  );
}

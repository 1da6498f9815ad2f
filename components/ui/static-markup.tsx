/**
 * <StaticMarkup> renders its children exactly as they are, but sends them to the browser as
 * compact data. A page's HTML comes with React's embedded payload of the same tree, used to
 * hydrate it, and that payload spells every element out: `["$","td",null,{"className":"num",
 * "children":"29.50"}]` for a cell. A published disclosure is some 500 table cells and 26 KB of
 * text, and its payload was 95 KB against 57 KB of HTML; the cost of serving the page grows with
 * its size. Here each distinct tag-with-attributes is sent once and the tree refers to it by
 * number (`[7,"29.50"]`), and ./expand-markup.tsx, a few lines of client code, rebuilds the same
 * elements, so the HTML and the hydrated page are unchanged.
 *
 * Only for markup that never changes in the browser: HTML elements and plain server components
 * (synchronous functions of their props, without hooks), which are called here to get their
 * elements. Anything else (a client component, an async component, context) is refused with an
 * error when the page renders, so it cannot slip in unnoticed.
 */
import { Fragment, isValidElement, type ReactElement, type ReactNode } from "react";
import { ExpandMarkup, type Markup, type MarkupElement, type MarkupNode } from "./expand-markup";

const CLIENT_REFERENCE = Symbol.for("react.client.reference");

export function StaticMarkup({ children }: { children: ReactNode }) {
  return <ExpandMarkup markup={compactMarkup(children)} />;
}

function describe(type: unknown): string {
  if (typeof type === "function") return type.name || "an anonymous component";
  return String(type);
}

/** `node` as compact data; see the file comment. */
export function compactMarkup(node: ReactNode): Markup {
  const markup: Markup = { shapes: [], nodes: [] };
  const shapeIndex = new Map<string, number>();

  function shapeOf(tag: string, props: Record<string, unknown>): number {
    const attributes: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(props)) {
      if (name === "children" || value === undefined) continue;
      if (typeof value === "function" || typeof value === "symbol") {
        throw new Error(`StaticMarkup: <${tag} ${name}> is not markup (a ${typeof value}); keep interactive elements out of it`);
      }
      attributes[name] = value;
    }
    const shape: Markup["shapes"][number] = [tag, Object.keys(attributes).length > 0 ? attributes : null];
    const key = JSON.stringify(shape);
    let index = shapeIndex.get(key);
    if (index === undefined) {
      index = markup.shapes.push(shape) - 1;
      shapeIndex.set(key, index);
    }
    return index;
  }

  function walk(node: ReactNode, out: MarkupNode[]): void {
    if (node === null || node === undefined || typeof node === "boolean") return;
    if (typeof node === "string") return void out.push(node);
    if (typeof node === "number" || typeof node === "bigint") return void out.push(String(node));
    if (Array.isArray(node)) {
      for (const child of node as ReactNode[]) walk(child, out);
      return;
    }
    if (!isValidElement(node)) throw new Error(`StaticMarkup: cannot hold ${Object.prototype.toString.call(node)}`);
    const { type, props } = node as ReactElement<Record<string, unknown> & { children?: ReactNode }>;
    if (type === Fragment) return walk(props.children, out);
    if (typeof type === "string") {
      const element: MarkupElement = [shapeOf(type, props)];
      walk(props.children, element as MarkupNode[]);
      out.push(element);
      return;
    }
    if (typeof type === "function" && (type as { $$typeof?: symbol }).$$typeof !== CLIENT_REFERENCE && !type.prototype?.isReactComponent) {
      const rendered = (type as (props: unknown) => ReactNode)(props);
      if (rendered instanceof Promise) throw new Error(`StaticMarkup: ${describe(type)} is async; only synchronous server components can be held`);
      return walk(rendered, out);
    }
    throw new Error(`StaticMarkup: ${describe(type)} is not an HTML element or a plain server component`);
  }

  walk(node, markup.nodes);
  return markup;
}

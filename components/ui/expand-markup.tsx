"use client";

import { createElement, Fragment, type ReactNode } from "react";

/** An element as its shape (an index into Markup.shapes) followed by its children; text as a string. */
export type MarkupNode = string | MarkupElement;
export interface MarkupElement extends Array<number | MarkupNode> {
  0: number;
}

/**
 * Server-rendered markup as compact data (made by ./static-markup.tsx): every distinct tag with
 * its attributes once, and the tree as nested arrays of shape numbers and text.
 */
export interface Markup {
  shapes: [tag: string, attributes: Record<string, unknown> | null][];
  nodes: MarkupNode[];
}

function expand(markup: Markup, node: MarkupNode): ReactNode {
  if (typeof node === "string") return node;
  const [tag, attributes] = markup.shapes[node[0]]!;
  const children = (node.slice(1) as MarkupNode[]).map((child) => expand(markup, child));
  return createElement(tag, attributes, ...children);
}

/** The elements `markup` describes, exactly as the server components that made it would render them. */
export function ExpandMarkup({ markup }: { markup: Markup }) {
  return createElement(Fragment, null, ...markup.nodes.map((node) => expand(markup, node)));
}

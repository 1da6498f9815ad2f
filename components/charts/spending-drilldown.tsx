"use client";

/**
 * The drill-down chart of 支出去向: one horizontal bar per 类 (then per 款 of the chosen 类, then
 * per 项 of the chosen 款), each bar as long as its amount against the largest shown. A 类 or 款
 * is a link: activating it (click, Enter) shows its children here and writes ?class= into the
 * address, so the view can be shared and a reload comes back to it; the trail above goes back up.
 * Without JavaScript the link goes to the class's row of the table beside the chart, the full
 * server-rendered alternative. No chart library: a few HTML bars in the shared chart colour, so
 * the page's JavaScript stays small, and the names come as props (never the code lists).
 */
import { useEffect, useRef, useState, useSyncExternalStore, type MouseEvent } from "react";
import { formatWan } from "../../lib/money";
import { drillPath, type SpendingNode, type SpendingTree } from "../../lib/disclosure/tables/spending-path";

export interface DrilldownLabels {
  /** The chart's name, with {where}: the level shown. */
  chart: string;
  all: string;
  /** "{name}：按{level}" */
  level: string;
  /** "，查看其下各{level}" (after a bar's name, for a screen reader) */
  open: string;
  /** "显示{where}，共{n}项" (announced after a drill) */
  shown: string;
  unit: string;
  /** Words of the levels as the page's language says them. */
  levels: Record<"类" | "款" | "项", string>;
}

/** The address's ?class= as the one truth of where the chart is: a shared link or a reload comes back to it. */
const changes = new Set<() => void>();
function subscribe(onChange: () => void) {
  changes.add(onChange);
  window.addEventListener("popstate", onChange);
  return () => {
    changes.delete(onChange);
    window.removeEventListener("popstate", onChange);
  };
}
const classInAddress = () => new URLSearchParams(window.location.search).get("class") ?? "";
// The server renders the top level; the browser then shows the address's class.
const onServer = () => "";

const fill = (text: string, vars: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (_, key: string) => String(vars[key] ?? ""));

export function SpendingDrilldown(props: {
  tree: SpendingTree;
  labels: DrilldownLabels;
  /** The bars' colour (components/charts/chart-style.ts). */
  color: string;
  /** The id prefix of the table's rows, for the links' no-script target. */
  rowIdPrefix: string;
  /** The names' language, when it is not the page's (Chinese names on an English page). */
  namesLang?: string;
}) {
  const { tree, labels } = props;
  const path = drillPath(tree, useSyncExternalStore(subscribe, classInAddress, onServer));
  const [announce, setAnnounce] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  const cls = path[0] ? tree.classes.find((c) => c.code === path[0]) : undefined;
  const kuan = path[1] ? cls?.children.find((k) => k.code === path[1]) : undefined;
  const shown: readonly SpendingNode[] = kuan ? kuan.children : cls ? cls.children : tree.classes;
  const where = kuan
    ? fill(labels.level, { name: `${kuan.code} ${kuan.name}`, level: labels.levels.项 })
    : cls
      ? fill(labels.level, { name: `${cls.code} ${cls.name}`, level: labels.levels.款 })
      : fill(labels.level, { name: labels.all, level: labels.levels.类 });

  const at = path.join("/");
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    heading.current?.focus();
  }, [at]);

  const go = (next: string[]) => {
    moved.current = true;
    const url = new URL(window.location.href);
    if (next.length > 0) url.searchParams.set("class", next[next.length - 1]!);
    else url.searchParams.delete("class");
    url.hash = "";
    window.history.replaceState(window.history.state, "", url);
    setAnnounce(true);
    for (const onChange of changes) onChange();
  };
  const follow = (next: string[]) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    go(next);
  };

  const largest = Math.max(1, ...shown.map((n) => n.amount));
  const trail = [
    { text: labels.all, path: [] as string[] },
    ...(cls ? [{ text: `${cls.code} ${cls.name}`, path: [cls.code] }] : []),
    ...(kuan ? [{ text: `${kuan.code} ${kuan.name}`, path: [cls!.code, kuan.code] }] : []),
  ];
  const link = "text-blue-800 underline underline-offset-2";

  return (
    <div className="no-print my-3" data-testid="spending-drilldown" data-path={at}>
      <nav aria-label={fill(labels.chart, { where: labels.all })} className="mb-2 text-sm">
        <ol className="flex flex-wrap gap-x-1">
          {trail.map((step, i) => (
            <li key={step.text} className="flex gap-x-1">
              {i > 0 && <span aria-hidden="true">›</span>}
              {i < trail.length - 1 ? (
                <a href={step.path.length ? `?class=${step.path[step.path.length - 1]}` : "?"} onClick={follow(step.path)} className={link} lang={i > 0 ? props.namesLang : undefined}>
                  {step.text}
                </a>
              ) : (
                <span aria-current="location" lang={i > 0 ? props.namesLang : undefined}>{step.text}</span>
              )}
            </li>
          ))}
        </ol>
      </nav>
      <h3 ref={heading} tabIndex={-1} className="mb-2 font-bold text-stone-900 focus:outline-2 focus:outline-offset-2" data-testid="spending-level">
        {where}
        <span className="ml-2 text-xs font-normal text-stone-700">{labels.unit}</span>
      </h3>
      <ul role="list" aria-label={fill(labels.chart, { where })} className="grid gap-1.5">
        {shown.map((node) => {
          const next = node.level === "项" ? null : [...path, node.code];
          const body = (
            <>
              <span className="flex flex-wrap items-baseline justify-between gap-x-3">
                <span lang={props.namesLang}>
                  <span className="tabular-nums text-stone-700">{node.code}</span> {node.name}
                </span>
                <span className="tabular-nums text-stone-900">
                  {formatWan(node.amount)}
                  <span className="ml-2 text-stone-700">{node.share === null ? "" : `${node.share}%`}</span>
                </span>
              </span>
              <span aria-hidden="true" className="mt-0.5 block h-3 rounded-sm bg-stone-100">
                <span className="block h-3 rounded-sm" style={{ width: `${Math.max(0.5, (node.amount / largest) * 100)}%`, background: props.color }} />
              </span>
            </>
          );
          return (
            <li key={node.code} data-testid="spending-bar" data-code={node.code}>
              {next ? (
                <a
                  href={`?class=${node.code}#${props.rowIdPrefix}${node.code}`}
                  onClick={follow(next)}
                  className="block rounded px-1 py-0.5 text-sm text-stone-900 no-underline hover:bg-stone-50 focus-visible:outline-2 focus-visible:outline-blue-800"
                >
                  {body}
                  <span className="sr-only">{fill(labels.open, { level: labels.levels[node.level === "类" ? "款" : "项"] })}</span>
                </a>
              ) : (
                <div className="px-1 py-0.5 text-sm text-stone-900">{body}</div>
              )}
            </li>
          );
        })}
      </ul>
      <p className="sr-only" aria-live="polite">
        {announce && fill(labels.shown, { where, n: shown.length })}
      </p>
    </div>
  );
}

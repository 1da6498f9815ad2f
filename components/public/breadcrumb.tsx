import Link from "next/link";
import { label, type Lang } from "./labels";
import { localePath } from "@/lib/lang-paths";

/** 部门与年度 › … : where a public page sits, as links back up (`trail` hrefs already in `lang`). */
export function Breadcrumb(props: { trail: readonly { href?: string; text: string }[]; lang?: Lang }) {
  const items = [{ href: localePath("/", props.lang ?? "zh"), text: label("home", props.lang) }, ...props.trail];
  return (
    <nav aria-label={label("breadcrumb", props.lang)} className="no-print mb-4 text-sm">
      <ol className="flex flex-wrap gap-x-1">
        {items.map((item, i) => (
          <li key={i} className="flex gap-x-1">
            {i > 0 && <span aria-hidden="true">›</span>}
            {item.href ? (
              <Link href={item.href} className="text-blue-800 underline underline-offset-2">
                {item.text}
              </Link>
            ) : (
              <span aria-current="page">{item.text}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

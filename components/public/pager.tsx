import Link from "next/link";
import { label, labelf, type Lang } from "./labels";

const link = "text-blue-800 underline underline-offset-2";

/**
 * Previous / next links around "page N of M": the home page's department list and the year view's
 * ranking. Plain links, so paging works without JavaScript; nothing is shown for a single page.
 */
export function Pager(props: {
  page: number;
  pageCount: number;
  /** How many departments in all, for "共 N 个部门". */
  total: number;
  href: (page: number) => string;
  /** The navigation landmark's name, different for each list. */
  name: string;
  testId: string;
  lang?: Lang;
}) {
  const { page, pageCount, lang } = props;
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={props.name} className="mt-4 flex flex-wrap items-center gap-4 text-sm" data-testid={props.testId}>
      {page > 1 && (
        <Link href={props.href(page - 1)} className={link} rel="prev">
          {label("previousPage", lang)}
        </Link>
      )}
      <span aria-current="page">{labelf("pageOf", { page, pages: pageCount, total: props.total }, lang)}</span>
      {page < pageCount && (
        <Link href={props.href(page + 1)} className={link} rel="next">
          {label("nextPage", lang)}
        </Link>
      )}
    </nav>
  );
}

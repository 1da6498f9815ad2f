import Link from "next/link";
import { label, type Lang } from "../public/labels";
import { localePath } from "@/lib/lang-paths";

/** One answer for what does not exist and for what the visitor may not see. */
export function NotFoundMessage(props: { lang: Lang }) {
  const { lang } = props;
  return (
    <>
      <h1 className="mb-2 text-xl font-bold">{label("notFoundTitle", lang)}</h1>
      <p>
        {label("notFoundText", lang)}{" "}
        <Link href={localePath("/", lang)} className="text-blue-800 underline">
          {label("notFoundBack", lang)}
        </Link>
      </p>
    </>
  );
}

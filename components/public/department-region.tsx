import Link from "next/link";
import { label, labelf, placeName, type Lang } from "./labels";
import { localePath } from "@/lib/lang-paths";

interface SameCode {
  ref: string;
  name: string;
  regionName: string;
}

/**
 * The county a department belongs to and, when other counties have a department of the same code
 * (lib/department-ref.ts), a link to each: a visitor who typed "434" meaning another county's 434
 * finds it from here. `path` gives the address of another department's page (the same year, or
 * its department page).
 */
export function DepartmentRegion(props: {
  department: { code: string; regionName: string; province: string };
  sameCode: readonly SameCode[];
  path: (ref: string) => string;
  lang?: Lang;
}) {
  const { department, sameCode, lang = "zh" } = props;
  return (
    <div className="no-print mb-4 text-sm text-stone-700" data-testid="department-region">
      <p>{labelf("departmentRegion", { region: placeName(department.regionName, lang), province: placeName(department.province, lang) }, lang)}</p>
      {sameCode.length > 0 && (
        <p data-testid="same-code-elsewhere">
          {labelf("sameCodeElsewhere", { code: department.code }, lang)}
          {sameCode.map((other, i) => (
            <span key={other.ref}>
              {i > 0 && label("listComma", lang)}
              <Link href={localePath(props.path(other.ref), lang)} className="text-blue-800 underline underline-offset-2">
                {other.regionName} {other.name}
              </Link>
            </span>
          ))}
          {label("fullStop", lang)}
        </p>
      )}
    </div>
  );
}

/**
 * Shown instead of "not found" where a code alone names a department with nothing published there
 * (lib/department-ref.ts: the first department created with that code) while other counties'
 * departments of that code have: the visitor who typed "434" chooses theirs.
 */
export function SameCodeChoice(props: { code: string; departments: readonly SameCode[]; path: (ref: string) => string; lang?: Lang }) {
  const { lang = "zh" } = props;
  return (
    <section data-testid="same-code-choice">
      <h1 className="mb-2 text-2xl font-bold">{labelf("sameCodeChoiceTitle", { code: props.code }, lang)}</h1>
      <p className="mb-2">{labelf("sameCodeChoiceIntro", { code: props.code }, lang)}</p>
      <ul className="list-disc pl-6">
        {props.departments.map((d) => (
          <li key={d.ref}>
            <Link href={localePath(props.path(d.ref), lang)} className="text-blue-800 underline underline-offset-2">
              {d.regionName} {d.name}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

import { notFound } from "next/navigation";

/** Any other address under /en: the English not-found page rather than the global Chinese one. */
export default function Missing() {
  notFound();
}

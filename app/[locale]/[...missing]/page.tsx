import { notFound } from "next/navigation";

/** Any other public address: the not-found page in its language (./not-found.tsx), not the global Chinese one. */
export default function Missing() {
  notFound();
}

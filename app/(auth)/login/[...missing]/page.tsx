import { notFound } from "next/navigation";

/**
 * Any other address under /login: the sign-in layout's not-found page (../../not-found.tsx), with
 * the portal's header — without this Next answers such an address with its own bare 404 page.
 */
export default function MissingSignInPage() {
  notFound();
}

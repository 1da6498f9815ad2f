import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/guards";

/** Where sign-in lands: each role's own start page. */
export default async function WorkspacePage() {
  const user = await requireUser("/workspace");
  redirect(user.role === "editor" ? "/edit" : user.role === "reviewer" ? "/review" : "/admin");
}

/**
 * Loading what a review page shows, for the signed-in user: a version (or department) of the
 * reviewer's own region; administrators may read audit trails too. Anything else is "not found".
 */
import { getDb } from "@/db";
import { getDepartment, getVersion } from "@/db/queries/drafts";
import { canAdminister, canReviewRegion, type SessionUser } from "@/lib/auth/permissions";

function idOf(param: string): number | null {
  return /^\d{1,9}$/.test(param) ? Number(param) : null;
}

export async function versionForReview(user: SessionUser, param: string, adminToo = false) {
  const id = idOf(param);
  if (id === null) return null;
  const found = await getVersion(await getDb(), id);
  if (!found) return null;
  const allowed = canReviewRegion(user, found.department.regionId) || (adminToo && canAdminister(user));
  return allowed ? found : null;
}

export async function departmentForAudit(user: SessionUser, param: string) {
  const id = idOf(param);
  if (id === null) return null;
  const department = await getDepartment(await getDb(), id);
  if (!department) return null;
  return canReviewRegion(user, department.regionId) || canAdminister(user) ? department : null;
}

/**
 * Loading a version for a signed-in user: the one gate in front of every workspace page and route
 * that shows a draft. A version of a department the user may not read is reported as missing.
 */
import { getDb, type Database } from "../../db";
import { getPublishedDocument, getVersion } from "../../db/queries/drafts";
import { canEditDepartment, canReadDepartment, type SessionUser } from "./permissions";
import { isEditable } from "../workflow";

export async function readableVersion(user: SessionUser, versionIdParam: string, database?: Database) {
  if (!/^\d{1,9}$/.test(versionIdParam)) return null;
  const db = database ?? (await getDb());
  const found = await getVersion(db, Number(versionIdParam));
  if (!found || !canReadDepartment(user, found.department)) return null;
  const previousDocument = await getPublishedDocument(db, found.department.id, found.version.year - 1);
  const editable = canEditDepartment(user, found.department.id) && isEditable(found.version.status);
  return { ...found, previousDocument, editable };
}

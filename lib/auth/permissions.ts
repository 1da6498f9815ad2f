/**
 * Who may do what — the one place the portal's permissions live. Pure functions over the
 * signed-in user; every server action and route asks these, never the UI alone.
 *
 * - editor: drafts, saves, imports and submits the disclosures of their own departments. When an
 *   admin deactivates one of them, its editors keep reading what they drafted and submitted there
 *   (their drafts, versions and the review's comments: the record of their own work, which they
 *   may have to account for) but can no longer change anything: no new draft, save, import,
 *   submission, withdrawal or comment (readOnlyDepartmentIds).
 * - reviewer: reads every department of their region; returns and approves submissions.
 * - admin: manages users, departments and fiscal years (of every region), reads every draft.
 */
export type Role = "editor" | "reviewer" | "admin";

export interface SessionUser {
  id: number;
  username: string;
  name: string;
  role: Role;
  regionId: number | null;
  /** Departments an editor may draft for: linked to the account and active. */
  departmentIds: number[];
  /** Departments linked to the editor that an admin has deactivated: read, never changed. */
  readOnlyDepartmentIds: number[];
}

export const ROLE_LABELS: Record<Role, string> = {
  editor: "部门填报人",
  reviewer: "财政局审核人",
  admin: "系统管理员",
};

export function canEditDepartment(user: SessionUser, departmentId: number): boolean {
  return user.role === "editor" && user.departmentIds.includes(departmentId);
}

/** The departments whose drafts an editor reads: their own, active or deactivated. */
export function editorReadableDepartmentIds(user: SessionUser): number[] {
  if (user.role !== "editor") return [];
  return [...new Set([...user.departmentIds, ...user.readOnlyDepartmentIds])].sort((a, b) => a - b);
}

/** Reading a department's drafts: its editors (also once it is deactivated), and the reviewers and admins of its region. */
export function canReadDepartment(user: SessionUser, department: { id: number; regionId: number }): boolean {
  if (user.role === "editor") return editorReadableDepartmentIds(user).includes(department.id);
  if (user.role === "admin") return true;
  return user.regionId === department.regionId;
}

export function canReviewRegion(user: SessionUser, regionId: number): boolean {
  return user.role === "reviewer" && user.regionId === regionId;
}

export function canAdminister(user: SessionUser): boolean {
  return user.role === "admin";
}

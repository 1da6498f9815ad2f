"use server";
import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { getDb } from "@/db";
import { publicDataChanged } from "@/lib/public-refresh";
import { clientIp } from "@/lib/auth/client-ip";
import { getCurrentUser } from "@/lib/auth/guards";
import { INVALID_REQUEST, isFormData } from "@/lib/action-input";
import type { FormState } from "@/lib/action-result";
import {
  createDepartmentCommand,
  createFiscalYearCommand,
  createUserCommand,
  renameDepartmentCommand,
  setDepartmentStatusCommand,
  resetPasswordCommand,
  setUserStatusCommand,
  updateUserScopeCommand,
  type AdminCommand,
  type AdminResult,
} from "./admin-commands";

/**
 * What a form shows after submitting. `fields` echoes a refused submission (never a password) so
 * the form can keep what was typed; `nonce` changes on every result so a form can reset on success.
 */
export type AdminActionState = FormState<AdminResult & { fields: Record<string, string[]>; nonce: string }>;

function echo(formData: FormData): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const [key, value] of formData) {
    if (typeof value !== "string" || key.startsWith("$") || /password/i.test(key)) continue;
    (fields[key] ??= []).push(value);
  }
  return fields;
}

/** `scope`: "/admin" for accounts; "/" for departments and years, which the public pages show too. */
async function run(command: AdminCommand, formData: FormData, scope: "/admin" | "/"): Promise<AdminActionState> {
  if (!isFormData(formData)) return { ok: false, message: INVALID_REQUEST, fields: {}, nonce: randomUUID() };
  const result = await command(await getDb(), await getCurrentUser(), formData, { ip: clientIp(await headers()) });
  if (result.ok) {
    revalidatePath(scope === "/" ? "/admin" : scope, "layout");
    if (result.publicChange) publicDataChanged(result.publicChange);
  }
  return { ...result, fields: result.ok ? {} : echo(formData), nonce: randomUUID() };
}

export async function createUserAction(_state: AdminActionState, formData: FormData) {
  return run(createUserCommand, formData, "/admin");
}

export async function updateUserScopeAction(_state: AdminActionState, formData: FormData) {
  return run(updateUserScopeCommand, formData, "/admin");
}

export async function setUserStatusAction(_state: AdminActionState, formData: FormData) {
  return run(setUserStatusCommand, formData, "/admin");
}

export async function resetPasswordAction(_state: AdminActionState, formData: FormData) {
  return run(resetPasswordCommand, formData, "/admin");
}

export async function createDepartmentAction(_state: AdminActionState, formData: FormData) {
  return run(createDepartmentCommand, formData, "/");
}

export async function renameDepartmentAction(_state: AdminActionState, formData: FormData) {
  return run(renameDepartmentCommand, formData, "/");
}

export async function setDepartmentStatusAction(_state: AdminActionState, formData: FormData) {
  return run(setDepartmentStatusCommand, formData, "/admin");
}

export async function createFiscalYearAction(_state: AdminActionState, formData: FormData) {
  return run(createFiscalYearCommand, formData, "/");
}

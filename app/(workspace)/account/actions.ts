"use server";
/**
 * The user's own account: the session, the client's address and the database handed to
 * account-commands.ts, which checks everything.
 */
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { getDb } from "@/db";
import { INVALID_REQUEST, isFormData } from "@/lib/action-input";
import { refused, type FormState } from "@/lib/action-result";
import { clientIp } from "@/lib/auth/client-ip";
import { getCurrentSession } from "@/lib/auth/guards";
import { changePasswordCommand, endOtherSessionsCommand, endSessionCommand, type AccountCommand } from "./account-commands";

export type AccountActionState = FormState;

async function run(command: AccountCommand, formData: FormData): Promise<AccountActionState> {
  if (!isFormData(formData)) return refused(INVALID_REQUEST);
  const current = await getCurrentSession();
  const caller = current && { ...current, ip: clientIp(await headers()) };
  const result = await command(await getDb(), caller, formData);
  if (result.ok) revalidatePath("/account");
  return result;
}

export async function endSessionAction(_state: AccountActionState, formData: FormData) {
  return run(endSessionCommand, formData);
}

export async function endOtherSessionsAction(_state: AccountActionState, formData: FormData) {
  return run(endOtherSessionsCommand, formData);
}

export async function changePasswordAction(_state: AccountActionState, formData: FormData) {
  return run(changePasswordCommand, formData);
}

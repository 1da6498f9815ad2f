/**
 * What every server action answers, and what the components that show the answer read: `ok`,
 * and when refused a `message` in Chinese for the person at the keyboard. A form's answer carries
 * a message on success too (FormResult); an action adds beside it what its callers need — a
 * draft's new revision, a refusal's `reason` and the fields to fix, a form's echoed input.
 * One place, in lib/, because app/ returns these and components/ reads them (and components
 * never import from app/). zod is imported for its types only: a form that reads this module
 * sends no zod to the browser.
 */
import type { z } from "zod";

export type Done<Extra extends object = object> = { ok: true } & Extra;
export type Refused<Extra extends object = object> = { ok: false; message: string } & Extra;
export type ActionResult<Ok extends object = object, No extends object = object> = Done<Ok> | Refused<No>;

/** A form's answer: a message either way, shown by components/ui/action-message.tsx. */
export type FormResult<Ok extends object = object, No extends object = object> = ActionResult<{ message: string } & Ok, No>;

/** A form action's state under useActionState: null until its first answer. */
export type FormState<R extends FormResult = FormResult> = R | null;

/** A form action as the forms that take one as a prop call it. */
export type FormAction<R extends FormResult = FormResult> = (state: FormState<R>, formData: FormData) => Promise<FormState<R>>;

/** The refusal of every action asked without a session (the editor's autosave words its own). */
export const SIGNED_OUT = "登录已失效，请重新登录。";

export function refused(message: string): Refused {
  return { ok: false, message };
}

/** A refused parse, told by its first issue: the portal's schemas word each issue in Chinese. */
export function firstIssue(error: z.ZodError): string {
  return error.issues[0]?.message ?? "输入有误。";
}

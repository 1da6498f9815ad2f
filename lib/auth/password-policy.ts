/**
 * What a new password must be, wherever one is set (an admin creating an account or resetting
 * its password, a user changing their own): at least 12 characters, at most 72 bytes (bcrypt
 * ignores the rest), not the user name nor built on it, and not common or easily guessed —
 * zxcvbn (@zxcvbn-ts, offline, with its common-password and word lists) must estimate at least
 * 10^8 guesses (its score 3 of 4). Passwords set before this policy still sign in: it applies when
 * a password is set, never at sign-in.
 */
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import { z } from "zod";
import { PASSWORD_MIN_LENGTH } from "./password-rule";

const MAX_BYTES = 72;
const MIN_SCORE = 3;

let estimator: ZxcvbnFactory | undefined;
function strength() {
  // Built on first use: loading the dictionaries takes a moment that most requests never need.
  estimator ??= new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs });
  return estimator;
}

/** The Chinese reason a password may not be set, or null when it may. */
export function passwordProblem(password: string, username?: string): string | null {
  if ([...password].length < PASSWORD_MIN_LENGTH) return `密码至少 ${PASSWORD_MIN_LENGTH} 个字符`;
  if (new TextEncoder().encode(password).length > MAX_BYTES) return "密码过长（不超过 72 字节）";
  const name = username?.trim().toLowerCase();
  if (name && name.length >= 3 && password.toLowerCase().includes(name)) return "密码不能包含用户名";
  if (strength().check(password, name ? [name] : []).score < MIN_SCORE) {
    return "密码过于常见或容易猜到，请换一个更长、更不规则的密码（可用几个不相关的词加数字组合）";
  }
  return null;
}

/** A new password as a zod field; the user name check, where there is one, goes on the object (see admin-input.ts). */
export const newPassword = z.string("请填写密码").superRefine((value, ctx) => {
  const problem = passwordProblem(value);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

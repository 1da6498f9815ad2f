import { describe, expect, it } from "vitest";
import { newPassword, passwordProblem } from "./password-policy";

describe("password policy (finding 11)", () => {
  it.each(["12345678", "demo-2018", "short-pass1"])("refuses fewer than 12 characters: %s", (p) => {
    expect(passwordProblem(p)).toBe("密码至少 12 个字符");
  });

  it.each(["123456789012", "password1234", "qwertyuiop12", "111111111111", "abcdefghijkl", "iloveyou1234"])(
    "refuses common and easily guessed passwords: %s",
    (p) => {
      expect(passwordProblem(p)).toMatch(/常见或容易猜到/);
    },
  );

  it("refuses a password built on the user name", () => {
    expect(passwordProblem("editor434-budget-2026", "editor434")).toBe("密码不能包含用户名");
    expect(passwordProblem("EDITOR434xyz!!qq", "editor434")).toBe("密码不能包含用户名");
  });

  it("refuses more than bcrypt reads", () => {
    expect(passwordProblem("长".repeat(25))).toBe("密码过长（不超过 72 字节）");
  });

  it.each(["zhengding-2026-budget", "lian-shui-2019-mingdan", "Tz7#qe9!Lm2x", "a-long-password"])("accepts a long, uncommon password: %s", (p) => {
    expect(passwordProblem(p, "editor434")).toBeNull();
  });

  it("counts characters, not bytes or UTF-16 units", () => {
    expect(passwordProblem("预算公开平台账号密码安全")).toBeNull();
    expect(passwordProblem("预算公开平台账号密码安")).toBe("密码至少 12 个字符");
  });

  it("is a zod field with the Chinese message", () => {
    expect(newPassword.safeParse("12345678").error?.issues[0]?.message).toBe("密码至少 12 个字符");
    expect(newPassword.safeParse(42).error?.issues[0]?.message).toBe("请填写密码");
    expect(newPassword.safeParse("zhengding-2026-budget").success).toBe(true);
  });
});

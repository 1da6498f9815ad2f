/**
 * The password rule as the forms state it. Kept apart from password-policy.ts so that client
 * components can show it without shipping the password dictionaries to the browser.
 */
export const PASSWORD_MIN_LENGTH = 12;

export const PASSWORD_RULE = `至少 ${PASSWORD_MIN_LENGTH} 个字符，不能包含用户名，不能是常见或容易猜到的密码（可用几个不相关的词加数字组合）。`;

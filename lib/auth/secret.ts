import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { env } from "../env";

let cached: string | undefined;

/**
 * The secret that signs session tokens: NEXTAUTH_SECRET when set (production: the same on every
 * instance), otherwise one generated on first start and kept in .data/auth-secret, so that a
 * newcomer's `npm start` needs no configuration and sessions survive a restart.
 */
export function authSecret(): string {
  if (env.authSecret) return env.authSecret;
  if (cached) return cached;
  const file = path.join(env.dataDir, "auth-secret");
  fs.mkdirSync(env.dataDir, { recursive: true });
  try {
    fs.writeFileSync(file, randomBytes(32).toString("base64url"), { flag: "wx", mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  cached = fs.readFileSync(file, "utf8").trim();
  return cached;
}

import bcrypt from "bcryptjs";

/** bcrypt with cost 10: slow enough to resist guessing, fast enough for a sign-in. */
export const COST = 10;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

/**
 * A hash of a random password nobody knows, with the same cost as real ones: a sign-in for an
 * unknown or disabled account is checked against it, so it takes as long as a wrong password for
 * a real account and its time does not tell which user names exist.
 */
export const DUMMY_HASH = "$2b$10$rqguEzlqCRDSCYubSoiQGuNIrKYDQdoXyJsWf8GsJbMqAFK.bqRVi";

/** The cost a hash was made with ("$2b$10$…" → 10). */
export function hashCost(hash: string): number {
  return bcrypt.getRounds(hash);
}

import type { Role } from "./permissions";

declare module "next-auth" {
  interface User {
    userId: number;
    role: Role;
    departmentIds: number[];
    /** user_sessions.id of this sign-in. */
    sessionId: string;
  }
  interface Session {
    userId: number;
    role: Role;
    departmentIds: number[];
    sessionId?: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    userId?: number;
    role?: Role;
    departmentIds?: number[];
    sessionId?: string;
  }
}

import type { Role } from "./permissions";

declare module "next-auth" {
  interface User {
    userId: number;
    role: Role;
    departmentIds: number[];
    /** users.session_epoch when signed in. */
    sessionEpoch: number;
  }
  interface Session {
    userId: number;
    role: Role;
    departmentIds: number[];
    sessionEpoch?: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    userId?: number;
    role?: Role;
    departmentIds?: number[];
    sessionEpoch?: number;
  }
}

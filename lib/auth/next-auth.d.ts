import type { Role } from "./permissions";

declare module "next-auth" {
  interface User {
    userId: number;
    role: Role;
    departmentIds: number[];
  }
  interface Session {
    userId: number;
    role: Role;
    departmentIds: number[];
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    userId?: number;
    role?: Role;
    departmentIds?: number[];
  }
}

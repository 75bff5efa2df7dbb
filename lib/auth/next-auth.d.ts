import type { Role } from "./permissions";

declare module "next-auth" {
  interface Session {
    user: { id: number; role: Role; unitId: number | null; name?: string | null; email?: string | null };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: number;
    role?: string;
    unitId?: number | null;
  }
}

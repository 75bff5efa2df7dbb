import type { Role } from "./permissions";

declare module "next-auth" {
  interface Session {
    user: {
      id: number;
      role: Role;
      unitId: number | null;
      name?: string | null;
      email?: string | null;
      sessionVersion: number;
      signedInAt: number;
    };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: number;
    role?: string;
    unitId?: number | null;
    /** the user's session version at sign-in; a bump ends the session */
    sv?: number;
    /** ms since epoch; the session ends ABSOLUTE_SESSION_MS after it */
    signedInAt?: number;
  }
}

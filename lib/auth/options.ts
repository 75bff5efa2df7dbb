// next-auth configuration: user name + password, JWT sessions carrying id, role and unit.
import type { NextAuthOptions } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { db } from "../db/client";
import { verifyPassword } from "./password";
import { isLoginBlocked, recordLoginAttempt } from "./rate-limit";
import { isRole } from "./permissions";

const credentials = z.object({ username: z.string().trim().min(1).max(100), password: z.string().min(1).max(200) });

export const LOGIN_BLOCKED = "TOO_MANY_ATTEMPTS";

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/dang-nhap", error: "/dang-nhap" },
  providers: [
    Credentials({
      name: "Tài khoản",
      credentials: { username: { label: "Tên đăng nhập" }, password: { label: "Mật khẩu", type: "password" } },
      async authorize(raw, req) {
        const parsed = credentials.safeParse(raw);
        if (!parsed.success) return null;
        const { username, password } = parsed.data;
        const fwd = req?.headers?.["x-forwarded-for"];
        const ip = (Array.isArray(fwd) ? fwd[0] : fwd)?.split(",")[0]?.trim() || "local";
        if (await isLoginBlocked(username, ip)) throw new Error(LOGIN_BLOCKED);
        const user = await db().user.findUnique({ where: { username }, omit: { passwordHash: false } });
        const ok = !!user && user.active && (await verifyPassword(password, user.passwordHash));
        await recordLoginAttempt(username, ip, ok);
        if (!ok || !user) return null;
        await db().user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
        return { id: String(user.id), name: user.name, role: user.role, unitId: user.unitId };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        const u = user as { id: string; role?: string; unitId?: number | null };
        token.uid = Number(u.id);
        token.role = u.role;
        token.unitId = u.unitId ?? null;
      }
      return token;
    },
    session({ session, token }) {
      if (isRole(token.role)) {
        session.user = { ...session.user, id: Number(token.uid), role: token.role, unitId: (token.unitId as number | null) ?? null };
      }
      return session;
    },
  },
};

// next-auth configuration: user name + password, and single sign-on through the province's OpenID
// Connect provider when configured (lib/auth/sso.ts); JWT sessions carrying id, role and unit.
import type { NextAuthOptions } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { db, type Db } from "../db/client";
import { hashPassword, verifyPassword } from "./password";
import { clientAddress, loginThrottle, recordLoginAttempt } from "./rate-limit";
import { isRole } from "./permissions";
import { env } from "../env";
import { SSO_NO_ACCOUNT, SSO_PROVIDER_ID, ssoProvider } from "./sso";

const sso = ssoProvider();

const credentials = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});

export const LOGIN_BLOCKED = "TOO_MANY_ATTEMPTS";

/** a session ends this long after sign-in, however active (reads do not extend it) */
export const ABSOLUTE_SESSION_MS = 12 * 60 * 60 * 1000;

// An unknown user name costs the same bcrypt comparison as a known one: the answer's timing does not
// tell which names exist (issue 18, finding 8).
let dummyHash: Promise<string> | null = null;
const compareAgainstNothing = async (password: string) =>
  verifyPassword(password, await (dummyHash ??= hashPassword("không có tài khoản này")));

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/dang-nhap", error: "/dang-nhap" },
  providers: [
    Credentials({
      name: "Tài khoản",
      credentials: {
        username: { label: "Tên đăng nhập" },
        password: { label: "Mật khẩu", type: "password" },
      },
      async authorize(raw, req) {
        const parsed = credentials.safeParse(raw);
        if (!parsed.success) return null;
        const { username, password } = parsed.data;
        const ip = clientAddress(req?.headers?.["x-forwarded-for"], env.CCHC_TRUSTED_PROXY_HOPS);
        const throttle = await loginThrottle(username, ip);
        if (throttle.blocked) throw new Error(LOGIN_BLOCKED);
        if (throttle.delayMs) await new Promise((r) => setTimeout(r, throttle.delayMs));
        const user = await db().user.findUnique({ where: { username }, omit: { passwordHash: false } });
        const ok = user
          ? user.active && (await verifyPassword(password, user.passwordHash))
          : await compareAgainstNothing(password).then(() => false);
        await recordLoginAttempt(username, ip, ok);
        if (!ok || !user) return null;
        await db().user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
        return {
          id: String(user.id),
          name: user.name,
          role: user.role,
          unitId: user.unitId,
          sessionVersion: user.sessionVersion,
        };
      },
    }),
    ...(sso ? [sso] : []),
  ],
  // Secure cookies whenever the public address is https (behind a proxy too): NEXTAUTH_URL says it.
  useSecureCookies: env.NEXTAUTH_URL?.startsWith("https://") ?? false,
  callbacks: {
    // an SSO identity that opens no active account stays out (lib/auth/sso.ts: nothing is created)
    signIn({ user, account }) {
      if (account?.provider === SSO_PROVIDER_ID && !isRole((user as { role?: string }).role))
        return `/dang-nhap?error=${SSO_NO_ACCOUNT}`;
      return true;
    },
    jwt({ token, user }) {
      if (user) {
        const u = user as { id: string; role?: string; unitId?: number | null; sessionVersion?: number };
        token.uid = Number(u.id);
        token.role = u.role;
        token.unitId = u.unitId ?? null;
        token.sv = u.sessionVersion ?? 0;
        token.signedInAt = Date.now();
      }
      return token;
    },
    session({ session, token }) {
      if (isRole(token.role)) {
        session.user = {
          ...session.user,
          id: Number(token.uid),
          role: token.role,
          unitId: (token.unitId as number | null) ?? null,
          sessionVersion: token.sv ?? 0,
          signedInAt: token.signedInAt ?? 0,
        };
      }
      return session;
    },
  },
  events: {
    // Signing out ends every session of the user, also a copy of the cookie kept elsewhere.
    async signOut({ token }) {
      if (token?.uid) await endSessions(Number(token.uid));
    },
  },
};

/** True when a session may no longer be used: its user's version moved on, or it is too old. */
export function sessionEnded(
  session: { sessionVersion: number; signedInAt: number },
  user: { sessionVersion: number },
  now = Date.now(),
): boolean {
  return session.sessionVersion !== user.sessionVersion || !(now - session.signedInAt < ABSOLUTE_SESSION_MS);
}

/** Ends every session of a user: the next request of any of them finds an older version. */
export async function endSessions(userId: number, client: Pick<Db, "user"> = db()): Promise<void> {
  await client.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}

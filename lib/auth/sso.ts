// Single sign-on through the province's OpenID Connect provider (Keycloak, WSO2 …), beside the
// password sign-in. An SSO identity only opens an account that already exists and is active, found
// by its user name (preferred_username) or, failing that, by its e-mail; nothing is ever created,
// so SSO can never make an administrator. Wrong settings leave the password sign-in working and are
// said in the log and on the admin page.
import type { OAuthConfig } from "next-auth/providers/oauth";
import { db } from "../db/client";
import { ssoEnv } from "../env";

export const SSO_PROVIDER_ID = "sso";
/** the sign-in page's error code when an SSO identity matches no active account */
export const SSO_NO_ACCOUNT = "SsoNoAccount";

type Claims = { sub: string; preferred_username?: string; email?: string; name?: string };
export type SsoUser = {
  id: string;
  name: string;
  role?: string;
  unitId?: number | null;
  sessionVersion?: number;
};

/** What is wrong with the settings (null: complete, or SSO simply not configured). */
export function ssoSettingsProblem(s = ssoEnv()): string | null {
  const set = [s.issuer, s.clientId, s.clientSecret].filter(Boolean).length;
  if (set === 0) return null;
  if (set < 3)
    return "Cần đặt đủ CCHC_OIDC_ISSUER, CCHC_OIDC_CLIENT_ID và CCHC_OIDC_CLIENT_SECRET để bật đăng nhập một lần";
  try {
    const u = new URL(s.issuer!);
    if (u.protocol !== "https:" && u.protocol !== "http:") throw new Error();
  } catch {
    return `CCHC_OIDC_ISSUER không phải là một địa chỉ http(s) ("${s.issuer}")`;
  }
  return null;
}

export function ssoEnabled(): boolean {
  const s = ssoEnv();
  return !!s.issuer && !ssoSettingsProblem(s);
}

/** The existing active account an SSO identity opens, or null. */
export async function ssoAccount(claims: Claims) {
  const username = claims.preferred_username?.trim();
  const email = claims.email?.trim();
  const select = {
    id: true,
    name: true,
    role: true,
    unitId: true,
    sessionVersion: true,
    active: true,
  } as const;
  const byName = username
    ? await db().user.findFirst({ where: { username: { equals: username, mode: "insensitive" } }, select })
    : null;
  if (byName) return byName.active ? byName : null;
  if (!email) return null;
  const byEmail = await db().user.findMany({
    where: { email: { equals: email, mode: "insensitive" } },
    select,
    take: 2,
  });
  // an address shared by two accounts names neither
  return byEmail.length === 1 && byEmail[0]!.active ? byEmail[0]! : null;
}

/** next-auth's provider for the configured issuer, or null when SSO is off. */
export function ssoProvider(): OAuthConfig<Claims> | null {
  if (!ssoEnabled()) return null;
  const s = ssoEnv();
  return {
    id: SSO_PROVIDER_ID,
    name: s.name,
    type: "oauth",
    wellKnown: `${s.issuer}/.well-known/openid-configuration`,
    clientId: s.clientId!,
    clientSecret: s.clientSecret!,
    authorization: { params: { scope: "openid profile email" } },
    idToken: true,
    // the ID token's claims completed by the userinfo endpoint (back channel, with the access token):
    // some providers put only `sub` in the ID token unless asked claim by claim
    userinfo: {
      async request({ client, tokens }) {
        const idClaims = (tokens as unknown as { claims: () => Record<string, unknown> }).claims();
        return { ...idClaims, ...(await client.userinfo(tokens.access_token!)) } as Claims;
      },
    },
    checks: ["pkce", "state"],
    async profile(claims) {
      const account = await ssoAccount(claims);
      if (!account) return { id: `sso:${claims.sub}`, name: claims.name ?? claims.sub } satisfies SsoUser;
      await db().user.update({ where: { id: account.id }, data: { lastLoginAt: new Date() } });
      return {
        id: String(account.id),
        name: account.name,
        role: account.role,
        unitId: account.unitId,
        sessionVersion: account.sessionVersion,
      } satisfies SsoUser;
    },
  };
}

let lastCheck: { at: number; result: { state: "off" | "ok" | "error"; message: string } } | null = null;

/** Whether SSO works, checked against the issuer's discovery document (cached a minute). */
export async function ssoState() {
  if (lastCheck && Date.now() - lastCheck.at < 60_000) return lastCheck.result;
  const s = ssoEnv();
  const problem = ssoSettingsProblem(s);
  let result: { state: "off" | "ok" | "error"; message: string };
  if (!s.issuer && !problem)
    result = {
      state: "off",
      message: "Chưa cấu hình đăng nhập một lần (CCHC_OIDC_ISSUER): chỉ đăng nhập bằng mật khẩu.",
    };
  else if (problem) result = { state: "error", message: problem };
  else
    result = await fetch(`${s.issuer}/.well-known/openid-configuration`, {
      signal: AbortSignal.timeout(5_000),
    })
      .then(async (r) => {
        if (!r.ok) throw new Error(`HTTP ${r.status}`);
        const doc = (await r.json()) as { issuer?: string };
        if (doc.issuer?.replace(/\/+$/, "") !== s.issuer)
          throw new Error(`issuer của máy chủ là "${doc.issuer}"`);
        return { state: "ok" as const, message: `Đăng nhập một lần qua ${s.issuer}` };
      })
      .catch((e: unknown) => ({
        state: "error" as const,
        message: `Không dùng được máy chủ đăng nhập một lần ${s.issuer}: ${e instanceof Error ? e.message : String(e)} — đăng nhập bằng mật khẩu vẫn dùng được`,
      }));
  lastCheck = { at: Date.now(), result };
  return result;
}

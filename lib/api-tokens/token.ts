// API tokens for one-stop-shop systems: a random secret shown once; only its sha-256 and a short
// prefix (to recognise it in the list) are stored. Pure apart from randomness.
import { createHash, randomBytes } from "node:crypto";

export const TOKEN_PREFIX = "cchc_";

export function newToken(): { token: string; hash: string; prefix: string } {
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { token, hash: hashToken(token), prefix: token.slice(0, TOKEN_PREFIX.length + 6) };
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** The token of an `Authorization: Bearer …` header, or null. */
export function bearerToken(header: string | null): string | null {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  return m ? m[1]! : null;
}

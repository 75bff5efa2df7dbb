// Sign-in throttling, kept in the database so that it holds across processes and restarts
// (issue 18, findings 3 and 4). It slows an attacker without locking the real user out:
// - per user name and address: after 5 failures in 15 minutes that pair is refused until the
//   window passes (one address guessing one account is stopped; the user from their own address is not);
// - per address: 30 failures in 15 minutes refuse that address;
// - per user name from any address: from the 5th failure each answer waits 2^(n−5) × 250 ms, at most
//   8 s (guesses spread over many addresses are slowed; the real user waits, is never locked).
// The address is the client's only behind a configured proxy (CCHC_TRUSTED_PROXY_HOPS): anyone can
// write X-Forwarded-For, so without a proxy it is ignored and only the per-name delay applies.
import { db } from "../db/client";

const WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_PAIR = 5;
export const MAX_FAILURES_PER_IP = 30;
const DELAY_FROM = 5;
const MAX_DELAY_MS = 8_000;

/** The client's address from X-Forwarded-For, trusting only the last `hops` proxies; null when unknown. */
export function clientAddress(
  forwardedFor: string | string[] | undefined | null,
  hops: number,
): string | null {
  if (hops <= 0 || !forwardedFor) return null;
  const list = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor)
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return list.length >= hops ? list[list.length - hops]! : null;
}

export type Throttle = { blocked: boolean; delayMs: number };

export async function loginThrottle(username: string, ip: string | null): Promise<Throttle> {
  const since = new Date(Date.now() - WINDOW_MS);
  const failures = (where: object) =>
    db().loginAttempt.count({ where: { ...where, success: false, at: { gte: since } } });
  const [byName, byPair, byIp] = await Promise.all([
    failures({ username }),
    ip ? failures({ username, ip }) : 0,
    ip ? failures({ ip }) : 0,
  ]);
  const delayMs = byName >= DELAY_FROM ? Math.min(MAX_DELAY_MS, 250 * 2 ** (byName - DELAY_FROM)) : 0;
  return { blocked: byPair >= MAX_FAILURES_PER_PAIR || byIp >= MAX_FAILURES_PER_IP, delayMs };
}

export async function recordLoginAttempt(
  username: string,
  ip: string | null,
  success: boolean,
): Promise<void> {
  await db().loginAttempt.create({ data: { username, ip: ip ?? "-", success } });
}

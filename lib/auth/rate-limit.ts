// Sign-in rate limit, kept in the database so that it holds across processes and restarts:
// at most 5 failed attempts per user name and 30 per address in 15 minutes.
import { db } from "../db/client";

const WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_USER = 5;
export const MAX_FAILURES_PER_IP = 30;

export async function isLoginBlocked(username: string, ip: string): Promise<boolean> {
  const since = new Date(Date.now() - WINDOW_MS);
  const [byUser, byIp] = await Promise.all([
    db().loginAttempt.count({ where: { username, success: false, at: { gte: since } } }),
    db().loginAttempt.count({ where: { ip, success: false, at: { gte: since } } }),
  ]);
  return byUser >= MAX_FAILURES_PER_USER || byIp >= MAX_FAILURES_PER_IP;
}

export async function recordLoginAttempt(username: string, ip: string, success: boolean): Promise<void> {
  await db().loginAttempt.create({ data: { username, ip, success } });
}

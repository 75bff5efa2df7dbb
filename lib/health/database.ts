// Whether the database answers, for GET /api/health and the error pages: one trivial query with a
// short deadline, so that a monitor is told "error" rather than kept waiting on a hung server.
import "server-only";
import { db } from "../db/client";

export type DatabaseHealth = { database: "ok" | "error"; latencyMs: number; error?: string };

export async function databaseHealth(timeoutMs = 3_000): Promise<DatabaseHealth> {
  const started = Date.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      db().$queryRaw`select 1`,
      new Promise(
        (_, reject) =>
          (timer = setTimeout(() => reject(new Error(`không trả lời sau ${timeoutMs} ms`)), timeoutMs)),
      ),
    ]);
    return { database: "ok", latencyMs: Date.now() - started };
  } catch (e) {
    return {
      database: "error",
      latencyMs: Date.now() - started,
      error: e instanceof Error ? e.message.split("\n")[0] : String(e),
    };
  } finally {
    clearTimeout(timer);
  }
}

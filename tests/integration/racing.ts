// Races against another database session, made deterministic: the other session takes its locks
// (and makes its change) first and commits only once the call under test waits for them.
import pg from "pg";

/**
 * Runs `sql` in another session and keeps it uncommitted until `call` blocks on a row it holds,
 * then commits: `call` goes on after the other change. Returns what `call` returned or threw;
 * fails if `call` never waits (it did not take the lock the other session holds).
 */
export async function racingAnotherSession(sql: string, call: () => Promise<unknown>): Promise<unknown> {
  const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await other.connect();
  try {
    await other.query("BEGIN");
    await other.query(sql);
    const result = call().catch((e: unknown) => e);
    for (let i = 0; ; i++) {
      const { rows } = await other.query(
        `SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()`,
      );
      if (rows.length) break;
      // generous: on a loaded machine the call may take seconds to reach the lock
      if (i === 600) throw new Error("the call never waited for the other session's row");
      await new Promise((r) => setTimeout(r, 50));
    }
    await other.query("COMMIT");
    return await result;
  } finally {
    await other.end();
  }
}

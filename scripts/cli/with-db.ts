// Commands that need the database: DATABASE_URL, or the embedded server (reused if running,
// otherwise started for the command and stopped after it). Migrations are applied first.
import { connect } from "../../lib/db/connection";
import { disconnectDb } from "../../lib/db/client";

export async function withDatabase<T>(fn: () => Promise<T>): Promise<T> {
  const conn = await connect({ log: (m) => process.stderr.write(`${m}\n`) });
  try {
    return await fn();
  } finally {
    await disconnectDb();
    await conn.stop();
  }
}

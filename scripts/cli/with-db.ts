// Commands that need the database: DATABASE_URL, or the embedded server (reused if running,
// otherwise started for the command and stopped after it). Migrations are applied first.
import { connect } from "../../lib/db/connection";
import { disconnectDb } from "../../lib/db/client";

/** `migrate: false`: the database is left as found (a restore builds its own schema). */
export async function withDatabase<T>(
  fn: (url: string) => Promise<T>,
  { migrate = true }: { migrate?: boolean } = {},
): Promise<T> {
  const conn = await connect({ log: (m) => process.stderr.write(`${m}\n`), migrate });
  // Interrupted (Ctrl-C, a service manager's SIGTERM): leave the embedded server as on a normal end,
  // so that it is not left running with nobody using it.
  const interrupted = (signal: NodeJS.Signals) => {
    process.stderr.write(`Đã dừng (${signal}).\n`);
    void conn.stop().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
  };
  process.once("SIGINT", interrupted);
  process.once("SIGTERM", interrupted);
  try {
    return await fn(conn.url);
  } finally {
    process.off("SIGINT", interrupted);
    process.off("SIGTERM", interrupted);
    await disconnectDb();
    await conn.stop();
  }
}

// Where the database is: DATABASE_URL when set, otherwise the embedded server (started on demand).
// Used by the start script, the CLI, the seed and the benchmarks; the web app receives the URL
// from the start script through DATABASE_URL.
import { ensureEmbeddedPostgres, DEMO_DATABASE } from "./embedded";
import { applyMigrations } from "./migrate";
import type { PostgresProcess } from "./postgres-server";

/** `server`: the embedded server process when this process started it (the start script watches it). */
export type Connection = {
  url: string;
  embedded: boolean;
  server?: PostgresProcess;
  stop: () => Promise<void>;
};

export async function connect(
  opts: { log?: (m: string) => void; database?: string; migrate?: boolean } = {},
): Promise<Connection> {
  const log = opts.log ?? (() => {});
  const external = process.env.DATABASE_URL;
  let conn: Connection;
  if (external) {
    conn = { url: external, embedded: false, stop: async () => {} };
  } else {
    const handle = await ensureEmbeddedPostgres(opts.database ?? DEMO_DATABASE, log);
    conn = { url: handle.url, embedded: true, server: handle.server, stop: handle.stop };
    process.env.DATABASE_URL = handle.url;
  }
  try {
    if (opts.migrate !== false) await applyMigrations(conn.url, log);
  } catch (e) {
    await conn.stop();
    throw e;
  }
  return conn;
}

// A throwaway database for a test run: on the server of DATABASE_URL when set, otherwise on the
// embedded server. Never the demo database.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { ensureEmbeddedPostgres, createDatabaseIfMissing } from "../../lib/db/embedded";
import { applyMigrations } from "../../lib/db/migrate";

export async function createTestDatabase(
  prefix = "cchc_test",
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${randomBytes(4).toString("hex")}`;
  let adminUrl: string;
  let stopServer = async () => {};
  if (process.env.DATABASE_URL) {
    const u = new URL(process.env.DATABASE_URL);
    u.pathname = "/postgres";
    adminUrl = u.toString();
  } else {
    const h = await ensureEmbeddedPostgres("postgres");
    adminUrl = h.url;
    stopServer = h.stop;
  }
  await createDatabaseIfMissing(name, adminUrl);
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  const url = u.toString();
  await applyMigrations(url);
  return {
    url,
    async drop() {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`drop database if exists "${name}" with (force)`);
      await c.end();
      await stopServer();
    },
  };
}

/** Empties every table (keeps the schema and the migrations record). */
export async function resetDatabase(url: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const { rows } = await c.query<{ tablename: string }>(
    "select tablename from pg_tables where schemaname = 'public' and tablename <> '_cchc_migrations'",
  );
  if (rows.length)
    await c.query(`truncate ${rows.map((r) => `"${r.tablename}"`).join(", ")} restart identity cascade`);
  await c.end();
}

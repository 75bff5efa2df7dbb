// Applies the checked-in SQL migrations (prisma/migrations/*/migration.sql) in name order, each in
// its own transaction, under an advisory lock so that concurrent starts do not race.
// We apply them ourselves because Prisma's migrate engine cannot be downloaded here (STACK.md).
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import pg from "pg";

const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "../../prisma/migrations");
const LOCK_KEY = 7_766_876; // any constant; shared by every process that migrates

export type MigrationResult = { applied: string[] };

/** The table that records which migrations a database has (also built by a restore). */
export const MIGRATIONS_TABLE_SQL = `create table if not exists _cchc_migrations (
  name text primary key, checksum text not null, applied_at timestamptz not null default now())`;

export function listMigrations(): { name: string; sql: string; checksum: string }[] {
  if (!existsSync(MIGRATIONS_DIR)) return [];
  return readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(MIGRATIONS_DIR, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(MIGRATIONS_DIR, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

export async function applyMigrations(
  url: string,
  log: (m: string) => void = () => {},
): Promise<MigrationResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const applied: string[] = [];
  try {
    await client.query("select pg_advisory_lock($1)", [LOCK_KEY]);
    await client.query(MIGRATIONS_TABLE_SQL);
    const done = new Map(
      (
        await client.query<{ name: string; checksum: string }>("select name, checksum from _cchc_migrations")
      ).rows.map((r) => [r.name, r.checksum]),
    );
    for (const m of listMigrations()) {
      const prior = done.get(m.name);
      if (prior) {
        if (prior !== m.checksum) log(`Cảnh báo: migration ${m.name} đã được sửa sau khi áp dụng`);
        continue;
      }
      log(`Áp dụng migration ${m.name}`);
      await client.query("begin");
      try {
        await client.query(m.sql);
        await client.query("insert into _cchc_migrations(name, checksum) values ($1, $2)", [
          m.name,
          m.checksum,
        ]);
        await client.query("commit");
      } catch (e) {
        await client.query("rollback");
        throw new Error(`Migration ${m.name} thất bại: ${e instanceof Error ? e.message : String(e)}`);
      }
      applied.push(m.name);
    }
  } finally {
    await client.query("select pg_advisory_unlock($1)", [LOCK_KEY]).catch(() => {});
    await client.end();
  }
  return { applied };
}

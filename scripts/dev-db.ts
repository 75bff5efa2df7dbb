// `npx tsx scripts/dev-db.ts NAME [--fresh]`: a named database with the demo province on the
// embedded server, for a developer's own dev server or browser tests. Prints its DATABASE_URL.
import pg from "pg";
import { ensureEmbeddedPostgres } from "../lib/db/embedded";
import { applyMigrations } from "../lib/db/migrate";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name) || name === "cchc") {
  console.error(
    "Cách dùng: npx tsx scripts/dev-db.ts ten_csdl [--fresh]   (không dùng tên cchc của bản demo)",
  );
  process.exit(2);
}
const admin = await ensureEmbeddedPostgres("postgres");
if (process.argv.includes("--fresh")) {
  const c = new pg.Client({ connectionString: admin.url });
  await c.connect();
  await c.query(`drop database if exists "${name}" with (force)`);
  await c.end();
}
const handle = await ensureEmbeddedPostgres(name);
await applyMigrations(handle.url);
process.env.DATABASE_URL = handle.url;
const { db, disconnectDb } = await import("../lib/db/client");
if ((await db().unit.count()) === 0) {
  const { seedDemo } = await import("../lib/demo/index");
  await seedDemo((m) => console.error(m));
}
await disconnectDb();
console.log(handle.url);
await handle.stop();
await admin.stop();
process.exit(0);

// `npm run db:migration -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql with the
// SQL that takes the schema as of the last migration (prisma/migrations/schema.snapshot.prisma) to
// prisma/schema.prisma. Review the SQL, then commit both files.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ensureEmbeddedPostgres } from "../lib/db/embedded";

const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]/gi, "_");
if (!name) {
  console.error("Cách dùng: npm run db:migration -- <ten_migration>");
  process.exit(2);
}
const dir = path.resolve("prisma/migrations");
const snapshot = path.join(dir, "schema.snapshot.prisma");
// The wasm schema engine wants a live connection even for a file-to-file diff.
const db = process.env.DATABASE_URL ? null : await ensureEmbeddedPostgres("postgres");
const env = { ...process.env, DATABASE_URL: process.env.DATABASE_URL ?? db!.url };
const from = existsSync(snapshot) ? ["--from-schema-datamodel", snapshot] : ["--from-empty"];
const sql = execFileSync(
  "npx",
  ["prisma", "migrate", "diff", ...from, "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
  {
    env,
    encoding: "utf8",
  },
);
if (/^-- This is an empty migration/m.test(sql) || !sql.trim()) {
  console.log("Không có thay đổi nào trong schema.");
} else {
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const target = path.join(dir, `${stamp}_${name}`);
  mkdirSync(target, { recursive: true });
  writeFileSync(path.join(target, "migration.sql"), sql);
  copyFileSync("prisma/schema.prisma", snapshot);
  console.log(`Đã tạo ${path.relative(process.cwd(), target)}/migration.sql`);
}
await db?.stop();

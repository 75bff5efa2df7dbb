// Backup and restore (issue 17, item 4): the demo province, with uploaded files, backed up online and
// restored into an empty database: every table's rows and every file's hash equal; a non-empty
// database or a damaged file is refused and leaves nothing behind.
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { seedDemo } from "../../lib/demo/index";
import { db } from "../../lib/db/client";
import { listStoredFiles, writeBackup } from "../../lib/db/backup";
import { LocalStore } from "../../lib/files/store";
import { restoreBackup } from "../../lib/db/restore";
import { createDatabaseIfMissing } from "../../lib/db/embedded";

const work = path.join(tmpdir(), `cchc-backup-test-${randomBytes(4).toString("hex")}`);
const uploads = path.join(work, "uploads");
const made: string[] = [];
const listFiles = (dir: string) => listStoredFiles(new LocalStore(dir));
const store = (dir: string) => new LocalStore(dir);

function adminUrl() {
  const u = new URL(inject("databaseUrl"));
  u.pathname = "/postgres";
  return u.toString();
}

async function emptyDatabase(): Promise<string> {
  const name = `cchc_restore_${randomBytes(4).toString("hex")}`;
  await createDatabaseIfMissing(name, adminUrl());
  made.push(name);
  const u = new URL(adminUrl());
  u.pathname = `/${name}`;
  return u.toString();
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(sql)).rows;
  } finally {
    await c.end();
  }
}

/** Every table's row count and a hash of its rows in a fixed order (the migrations record by name: applied_at is the restore's). */
async function contents(url: string) {
  const tables = await query<{ t: string }>(
    url,
    "select tablename as t from pg_tables where schemaname = 'public' and tablename <> '_cchc_migrations' order by 1",
  );
  const migrations = await query<{ name: string }>(url, "select name from _cchc_migrations order by 1");
  const out: Record<string, string> = { _cchc_migrations: migrations.map((m) => m.name).join(",") };
  for (const { t } of tables) {
    const [r] = await query<{ n: number; h: string | null }>(
      url,
      `select count(*)::int as n, md5(string_agg(x::text, E'\\n' order by x::text)) as h from "${t}" x`,
    );
    out[t] = `${r!.n}:${r!.h ?? ""}`;
  }
  return out;
}

beforeAll(async () => {
  await seedDemo();
  // a job waiting in the queue: its status is an enum value a later migration added
  const admin = await db().user.findFirstOrThrow({ where: { role: "ADMIN" } });
  await db().importJob.create({
    data: { kind: "cases", fileName: "cho.csv", status: "queued", createdById: admin.id },
  });
  await mkdir(path.join(uploads, "2026", "11"), { recursive: true });
  await writeFile(path.join(uploads, "2026", "11", "a.pdf"), "%PDF-1.4 minh chứng A");
  await writeFile(path.join(uploads, "2026", "11", "b.png"), randomBytes(50_000));
}, 240_000);

afterAll(async () => {
  for (const name of made) await query(adminUrl(), `drop database if exists "${name}" with (force)`);
  await rm(work, { recursive: true, force: true });
});

describe("backup and restore", () => {
  const file = path.join(work, "sao-luu.tar.gz");

  it("round-trips the demo: every table's rows and every uploaded file equal, ids continue after the restored ones", async () => {
    const source = inject("databaseUrl");
    const summary = await writeBackup(source, file, store(uploads));
    expect(summary.files).toBe(2);
    expect(summary.rows).toBeGreaterThan(100_000);

    const target = await emptyDatabase();
    const restoredUploads = path.join(work, "restored-uploads");
    const r = await restoreBackup(target, file, store(restoredUploads));
    expect(r).toMatchObject({ tables: summary.tables, rows: summary.rows, files: 2, migrated: [] });
    expect(await contents(target)).toEqual(await contents(source));
    expect(await listFiles(restoredUploads)).toEqual(await listFiles(uploads));
    // a new row gets a new id (the sequences were set past the restored ids)
    const [max] = await query<{ id: number }>(target, `select max(id)::int as id from "Unit"`);
    const [added] = await query<{ id: number }>(
      target,
      `insert into "Unit" (code, name, type, level, "group", "updatedAt") values ('SO_MOI', 'Sở mới', 'SO', 'tinh', 'SO', now()) returning id`,
    );
    expect(added!.id).toBeGreaterThan(max!.id);
  }, 240_000);

  it("refuses a database that is not empty, changing nothing", async () => {
    const source = inject("databaseUrl");
    const before = await contents(source);
    await expect(restoreBackup(source, file, store(path.join(work, "x")))).rejects.toThrow(
      /cơ sở dữ liệu đích không trống/,
    );
    expect(await contents(source)).toEqual(before);
  }, 120_000);

  it("refuses a damaged file and leaves the database empty and no file behind", async () => {
    const bytes = await readFile(file);
    const damaged = Buffer.from(bytes);
    damaged[Math.floor(bytes.length * 0.6)]! ^= 0xff;
    const bad = path.join(work, "hong.tar.gz");
    await writeFile(bad, damaged);
    const target = await emptyDatabase();
    const dir = path.join(work, "damaged-uploads");
    await expect(restoreBackup(target, bad, store(dir))).rejects.toThrow(
      /bị hỏng|không đọc được tệp sao lưu|không nạp được/,
    );
    expect(await query(target, "select 1 from pg_tables where schemaname = 'public'")).toEqual([]);
    expect(await listFiles(dir)).toEqual([]);
  }, 120_000);
});

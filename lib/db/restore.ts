// `npm run cchc -- restore FILE`: a backup (lib/db/backup.ts) into an empty database. The schema is
// built by the backup's own migrations, every table is loaded through COPY with each entry's size,
// rows and SHA-256 checked against the manifest, sequences are set past the restored ids, and all of
// the data commits at once (a damaged file leaves the database empty and no file behind). The migrations
// this version has beyond the backup's are applied after, as on any start. Uploaded files go back
// under the upload folder, each checked.
import { createReadStream } from "node:fs";
import { createHash } from "node:crypto";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import tar from "tar-stream";
import { applyMigrations, listMigrations, MIGRATIONS_TABLE_SQL } from "./migrate";
import { fileEntry, manifestProblem, tableEntry, type BackupManifest } from "./backup-manifest";
import { measure, type BackupSummary } from "./backup";
import type { FileStore } from "../files/store";

export class RestoreError extends Error {}

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function collect(stream: AsyncIterable<unknown>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}
const text = async (stream: AsyncIterable<unknown>) => (await collect(stream)).toString("utf8");

export async function restoreBackup(
  url: string,
  file: string,
  files: FileStore,
  log: (m: string) => void = () => {},
): Promise<BackupSummary & { migrated: string[] }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const written: string[] = [];
  let manifest: BackupManifest | null = null;
  let schemaBuilt = false;
  try {
    const { rows } = await client.query<{ n: number }>(
      `select count(*)::int as n from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = 'public' and c.relkind in ('r', 'p')`,
    );
    if (rows[0]!.n > 0)
      throw new RestoreError(
        `cơ sở dữ liệu đích không trống (${rows[0]!.n} bảng): chỉ khôi phục vào một cơ sở dữ liệu trống`,
      );
    const known = listMigrations();
    const extract = tar.extract();
    // a damaged or truncated file fails the reading; the loop below then ends early
    let readError: unknown = null;
    const reading = pipeline(createReadStream(file), createGunzip(), extract).catch((e: unknown) => {
      readError = e;
    });
    const unreadable = () =>
      new RestoreError(
        `không đọc được tệp sao lưu (${readError instanceof Error ? readError.message : String(readError)})`,
      );
    const seen = new Set<string>();
    try {
      for await (const entry of extract) {
        const name = entry.header.name;
        if (!manifest) {
          if (name !== "manifest.json")
            throw new RestoreError("tệp không phải là bản sao lưu (thiếu manifest.json)");
          let parsed: unknown;
          try {
            parsed = JSON.parse(await text(entry));
          } catch {
            throw new RestoreError("manifest.json của bản sao lưu không đọc được");
          }
          const problem = manifestProblem(parsed, known);
          if (problem) throw new RestoreError(problem);
          manifest = parsed as BackupManifest;
          // the schema commits first (an enum value a migration adds is usable only after its
          // transaction); the data then loads in one transaction
          schemaBuilt = true;
          await buildSchema(client, manifest, known);
          await client.query("begin");
          await startLoading(client, manifest);
          continue;
        }
        const table = manifest.tables.find((t) => tableEntry(t.name) === name);
        const stored = manifest.files.find((f) => fileEntry(f.key) === name);
        const m = measure();
        if (table) {
          await pipeline(
            entry,
            m.stream,
            client.query(copyFrom(`copy ${q(table.name)} (${table.columns.map(q).join(", ")}) from stdin`)),
          );
          const got = m.result();
          if (got.sha256 !== table.sha256 || got.rows !== table.rows)
            throw new RestoreError(`bảng ${table.name} trong bản sao lưu bị hỏng (khác mục lục)`);
        } else if (stored) {
          const bytes = Buffer.from(await collect(entry));
          if (createHash("sha256").update(bytes).digest("hex") !== stored.sha256)
            throw new RestoreError(`tệp ${stored.key} trong bản sao lưu bị hỏng (khác mục lục)`);
          await files.put(stored.key, bytes);
          written.push(stored.key);
        } else throw new RestoreError(`mục lạ trong bản sao lưu: ${name}`);
        seen.add(name);
      }
    } catch (e) {
      extract.destroy();
      await reading;
      throw e instanceof RestoreError ? e : readError ? unreadable() : e;
    }
    await reading;
    if (readError) throw unreadable();
    if (!manifest) throw new RestoreError("tệp sao lưu trống");
    const missing = [
      ...manifest.tables.map((t) => tableEntry(t.name)),
      ...manifest.files.map((f) => fileEntry(f.key)),
    ].filter((n) => !seen.has(n));
    if (missing.length)
      throw new RestoreError(`bản sao lưu thiếu ${missing.length} mục, ví dụ ${missing[0]}`);
    for (const t of manifest.tables) await client.query(`alter table ${q(t.name)} enable trigger user`);
    await resetSequences(client);
    await client.query("commit");
  } catch (e) {
    await client.query("rollback").catch(() => {});
    if (schemaBuilt) await dropEverything(client).catch(() => {});
    for (const key of written) await files.remove(key);
    throw e;
  } finally {
    await client.end();
  }
  log(`Đã khôi phục dữ liệu (${manifest.migrations.length} migration của bản sao lưu)`);
  const { applied } = await applyMigrations(url, log);
  return {
    tables: manifest.tables.length,
    rows: manifest.tables.reduce((a, t) => a + t.rows, 0),
    files: manifest.files.length,
    bytes: manifest.files.reduce((a, f) => a + f.bytes, 0),
    migrated: applied,
  };
}

/**
 * The schema as it was when the backup was made (its migrations, recorded as applied). While the data
 * loads the tables' own triggers are off (the case summaries and the audit's guards are restored as
 * data, not recomputed); foreign keys stay checked: the manifest lists tables in load order.
 */
async function buildSchema(
  client: pg.Client,
  manifest: BackupManifest,
  known: { name: string; sql: string; checksum: string }[],
) {
  await client.query(MIGRATIONS_TABLE_SQL);
  for (const m of manifest.migrations) {
    await client.query("begin");
    await client.query(known.find((k) => k.name === m.name)!.sql);
    await client.query("insert into _cchc_migrations(name, checksum) values ($1, $2)", [m.name, m.checksum]);
    await client.query("commit");
  }
}

/** Inside the data's transaction: the tables' own triggers off and what migrations seeded removed. */
async function startLoading(client: pg.Client, manifest: BackupManifest) {
  for (const t of manifest.tables) await client.query(`alter table ${q(t.name)} disable trigger user`);
  // rows some migrations seed (e.g. the case summaries' version row) come from the backup instead
  if (manifest.tables.length)
    await client.query(`truncate ${manifest.tables.map((t) => q(t.name)).join(", ")}`);
}

/** Every sequence owned by a column set past the column's largest value (the next insert gets a new id). */
async function resetSequences(client: pg.Client) {
  const { rows } = await client.query<{ tbl: string; col: string; seq: string }>(
    `select c.relname as tbl, a.attname as col, pg_get_serial_sequence(format('%I', c.relname), a.attname) as seq
     from pg_class c join pg_namespace n on n.oid = c.relnamespace
     join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
     where n.nspname = 'public' and c.relkind in ('r', 'p')
       and pg_get_serial_sequence(format('%I', c.relname), a.attname) is not null`,
  );
  for (const r of rows)
    await client.query(
      `select setval($1, coalesce((select max(${q(r.col)}) from ${q(r.tbl)}), 1), (select max(${q(r.col)}) from ${q(r.tbl)}) is not null)`,
      [r.seq],
    );
}

/** A failed restore leaves the database as empty as it was: every table, type and function it made. */
async function dropEverything(client: pg.Client) {
  await client.query(`do $$ declare r record; begin
    for r in select tablename from pg_tables where schemaname = 'public' loop
      execute format('drop table if exists public.%I cascade', r.tablename); end loop;
    for r in select t.typname from pg_type t join pg_namespace n on n.oid = t.typnamespace
             where n.nspname = 'public' and t.typtype = 'e' loop
      execute format('drop type if exists public.%I cascade', r.typname); end loop;
    for r in select p.oid::regprocedure as f from pg_proc p join pg_namespace n on n.oid = p.pronamespace
             where n.nspname = 'public' loop
      execute format('drop function if exists %s cascade', r.f); end loop;
  end $$`);
}

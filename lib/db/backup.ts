// `npm run cchc -- backup FILE`: a consistent online snapshot of every table (one read-only
// repeatable-read transaction, each table through COPY) and of the uploaded files, as a gzip'd tar
// with a manifest of checksums (lib/db/backup-manifest.ts). Works for the embedded database and for
// DATABASE_URL alike, with nothing but the pg driver: Debian's pg_dump refuses a PostgreSQL 18 server
// and the embedded package ships none. The file appears only once complete (written beside, then
// renamed).
import { createHash } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, rename, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import tar from "tar-stream";
import type { FileStore } from "../files/store";
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  fileEntry,
  loadOrder,
  tableEntry,
  type BackupFile,
  type BackupManifest,
  type BackupTable,
} from "./backup-manifest";

export type BackupSummary = { tables: number; rows: number; files: number; bytes: number };

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Bytes through, counted and hashed; rows are lines (COPY's text format escapes newlines in values). */
export function measure() {
  const hash = createHash("sha256");
  let bytes = 0;
  let rows = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      bytes += chunk.length;
      for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) rows++;
      done(null, chunk);
    },
  });
  return { stream, result: () => ({ bytes, rows, sha256: hash.digest("hex") }) };
}

/** `files`: the store of uploaded files (the upload folder or the S3 bucket). */
export async function writeBackup(url: string, outFile: string, files: FileStore): Promise<BackupSummary> {
  const work = await mkdtemp(path.join(tmpdir(), "cchc-backup-"));
  try {
    const { tables, migrations } = await dumpTables(url, work);
    const stored = await listStoredFiles(files);
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: new Date().toISOString(),
      migrations,
      tables,
      files: stored,
    };
    const partial = `${outFile}.dang-ghi`;
    const pack = tar.pack();
    const written = pipeline(pack, createGzip(), createWriteStream(partial));
    const add = async (name: string, size: number, from: string) => {
      const entry = pack.entry({ name, size, mode: 0o600 });
      await pipeline(createReadStream(from), entry);
    };
    pack.entry({ name: "manifest.json", mode: 0o600 }, JSON.stringify(manifest, null, 2));
    for (const t of tables) await add(tableEntry(t.name), t.bytes, path.join(work, `${t.name}.copy`));
    for (const f of stored) {
      const bytes = await files.get(f.key);
      await new Promise<void>((resolve, reject) =>
        pack.entry({ name: fileEntry(f.key), size: bytes.length, mode: 0o600 }, bytes, (e) =>
          e ? reject(e) : resolve(),
        ),
      );
    }
    pack.finalize();
    await written;
    await rename(partial, outFile);
    return {
      tables: tables.length,
      rows: tables.reduce((a, t) => a + t.rows, 0),
      files: stored.length,
      bytes: (await stat(outFile)).size,
    };
  } catch (e) {
    await rm(`${outFile}.dang-ghi`, { force: true });
    throw e;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Every table of the public schema, in load order, each to `<work>/<table>.copy`, in one snapshot. */
async function dumpTables(url: string, work: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("begin isolation level repeatable read read only");
    const names = (
      await client.query<{ name: string }>(
        `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
         where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition
           and c.relname <> '_cchc_migrations'`,
      )
    ).rows.map((r) => r.name);
    const references = (
      await client.query<{ from: string; to: string }>(
        `select f.relname as "from", t.relname as "to" from pg_constraint k
         join pg_class f on f.oid = k.conrelid join pg_class t on t.oid = k.confrelid
         join pg_namespace n on n.oid = f.relnamespace
         where k.contype = 'f' and n.nspname = 'public'`,
      )
    ).rows;
    const migrations = (
      await client.query<{ name: string; checksum: string }>(
        "select name, checksum from _cchc_migrations order by name",
      )
    ).rows;
    const tables: BackupTable[] = [];
    for (const name of loadOrder(names, references)) {
      const columns = (
        await client.query<{ name: string }>(
          `select attname as name from pg_attribute
           where attrelid = $1::regclass and attnum > 0 and not attisdropped and attgenerated = ''
           order by attnum`,
          [`public.${q(name)}`],
        )
      ).rows.map((r) => r.name);
      const m = measure();
      await pipeline(
        client.query(copyTo(`copy (select ${columns.map(q).join(", ")} from ${q(name)}) to stdout`)),
        m.stream,
        createWriteStream(path.join(work, `${name}.copy`)),
      );
      tables.push({ name, columns, ...m.result() });
    }
    await client.query("commit");
    return { tables, migrations };
  } finally {
    await client.end();
  }
}

/** The stored files (keys with "/"), each with its size and SHA-256, by key. */
export async function listStoredFiles(store: FileStore): Promise<BackupFile[]> {
  const out: BackupFile[] = [];
  for await (const key of store.keys()) {
    const bytes = await store.get(key);
    out.push({ key, bytes: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex") });
  }
  return out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

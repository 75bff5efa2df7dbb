// The backup file's table of contents, and the order tables are loaded in. Pure.
//
// A backup is a gzip'd tar: `manifest.json` first, then `db/<table>.copy` (each table in PostgreSQL's
// COPY text format, read in one consistent snapshot), then `files/<key>` (the uploaded files). The
// manifest names the migrations the data was written under and every entry's size and SHA-256.

export const BACKUP_FORMAT = "cchc-backup";
export const BACKUP_VERSION = 1;

export type BackupTable = { name: string; columns: string[]; rows: number; bytes: number; sha256: string };
export type BackupFile = { key: string; bytes: number; sha256: string };
export type BackupManifest = {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  createdAt: string;
  /** the migrations applied to the database backed up, in order, with their checksums */
  migrations: { name: string; checksum: string }[];
  /** in load order: a table comes after every table it refers to */
  tables: BackupTable[];
  files: BackupFile[];
};

export const tableEntry = (table: string) => `db/${table}.copy`;
export const fileEntry = (key: string) => `files/${key}`;

/**
 * Tables ordered so that each comes after the tables its foreign keys refer to (a table referring to
 * itself is loaded in one statement, which PostgreSQL checks at its end). Ties keep name order.
 */
export function loadOrder(tables: string[], references: { from: string; to: string }[]): string[] {
  const needs = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const r of references)
    if (r.from !== r.to && needs.has(r.from) && needs.has(r.to)) needs.get(r.from)!.add(r.to);
  const out: string[] = [];
  const placed = new Set<string>();
  const pending = [...tables].sort();
  while (pending.length) {
    const i = pending.findIndex((t) => [...needs.get(t)!].every((n) => placed.has(n)));
    if (i < 0) throw new Error(`các bảng tham chiếu vòng tròn: ${pending.join(", ")}`);
    const [t] = pending.splice(i, 1);
    out.push(t!);
    placed.add(t!);
  }
  return out;
}

/**
 * What keeps a backup from being restored by this version of the software: the manifest's shape, and
 * its migrations, which must be this version's first migrations, unchanged. Null when it can be.
 */
export function manifestProblem(m: unknown, known: { name: string; checksum: string }[]): string | null {
  const x = m as Partial<BackupManifest> | null;
  if (!x || x.format !== BACKUP_FORMAT) return "tệp không phải là bản sao lưu của phần mềm Chỉ số CCHC";
  if (x.version !== BACKUP_VERSION)
    return `bản sao lưu định dạng ${String(x.version)}, phần mềm này đọc định dạng ${BACKUP_VERSION}`;
  if (!Array.isArray(x.migrations) || !Array.isArray(x.tables) || !Array.isArray(x.files))
    return "mục lục (manifest.json) của bản sao lưu không đầy đủ";
  for (const [i, mig] of x.migrations.entries()) {
    const here = known[i];
    if (!here || here.name !== mig.name)
      return `bản sao lưu được tạo bởi phiên bản mới hơn (migration ${mig.name} chưa có ở phiên bản này): hãy cập nhật phần mềm rồi khôi phục`;
    if (here.checksum !== mig.checksum) return `migration ${mig.name} của bản sao lưu khác với phiên bản này`;
  }
  return null;
}

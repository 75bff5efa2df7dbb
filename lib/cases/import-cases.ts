// Imports case records from any row source (file, upload, API), all or nothing: every row is
// validated and every bad row reported; valid rows stream with COPY into a staging table and are
// merged by code, or, when the table is empty, straight into it (case-first-load.ts), in one
// transaction. Re-importing the same rows changes nothing.
import pg from "pg";
import { once } from "node:events";
import { databaseUrl } from "../env";
import { validateCaseRow } from "./case-row";
import type { RowError } from "../csv/read-csv";
import { recordAuditOn } from "../audit/record";
import { CaseFileError, type RowSource } from "./case-source";
import {
  createCaseStaging,
  copyIntoStaging,
  stagingLine,
  duplicateCodesInStaging,
  mergeStagingIntoCases,
  unitChangesInStaging,
  type UnitChange,
} from "./case-staging";
import {
  beginFirstLoad,
  copyIntoCases,
  caseLine,
  copiedDuplicates,
  finishFirstLoad,
  type CopiedDuplicate,
} from "./case-first-load";

export type ImportCasesOptions = {
  /** called every `progressEvery` rows with the number of rows read, and once per phase */
  onProgress?: (p: { rows: number; phase: "reading" | "merging" | "done" }) => void;
  progressEvery?: number;
  /**
   * an import limited to one unit (an API token of that unit) may only send that unit's cases, and
   * may not touch a stored case of another unit that has the same code
   */
  onlyUnit?: { id: number; code: string } | null;
  url?: string;
  /**
   * Who imports and how: when rows are written, an audit entry (action "import", entity
   * "CaseRecord", with the counts) is stored in the import's own transaction, before its commit.
   */
  audit?: {
    actor: { id: number; username?: string } | null;
    unitId?: number | null;
    entityId?: string | number | null;
    via: string;
    details?: Record<string, unknown>;
  };
};

export type ImportCasesResult =
  | { ok: true; rows: number; inserted: number; updated: number; unchanged: number }
  | { ok: false; rows: number; errors: RowError[] };

const CHUNK = 256 * 1024;
/** Errors listed in full; beyond them only counted, so a file of millions of bad rows stays small in memory. */
export const MAX_LISTED_ERRORS = 1000;

export async function importCases(
  source: RowSource,
  opts: ImportCasesOptions = {},
): Promise<ImportCasesResult> {
  const client = new pg.Client({ connectionString: opts.url ?? databaseUrl() });
  await client.connect();
  const every = opts.progressEvery ?? 50_000;
  let rows = 0;
  const errors: RowError[] = [];
  let unlisted = 0;
  const addError = (e: RowError) => (errors.length < MAX_LISTED_ERRORS ? errors.push(e) : unlisted++);
  /** the listed errors in row order, and one line for those only counted */
  const reported = (more: RowError[] = []) => {
    const all = [...errors, ...more].sort((a, b) => a.row - b.row);
    const listed = all.slice(0, MAX_LISTED_ERRORS);
    const rest = unlisted + all.length - listed.length;
    return rest > 0
      ? [
          ...listed,
          {
            row: listed.at(-1)!.row,
            column: "-",
            message: `và ${rest.toLocaleString("vi-VN")} lỗi khác (chỉ liệt kê ${MAX_LISTED_ERRORS} lỗi đầu tiên)`,
          },
        ]
      : listed;
  };
  try {
    const units = new Map(
      (await client.query<{ id: number; code: string }>(`select id, code from "Unit"`)).rows.map((u) => [
        u.code,
        u.id,
      ]),
    );
    const unitIdOf = (code: string) => units.get(code);
    await client.query("begin");
    const firstLoad = await beginFirstLoad(client);
    if (!firstLoad) await createCaseStaging(client);
    const copy = firstLoad ? copyIntoCases(client) : copyIntoStaging(client);
    /** file row of each row copied straight into the table, in copy order */
    const copiedRows: number[] = [];
    let failed: Error | null = null;
    copy.on("error", (e) => (failed = e));
    let buffer = "";
    const flush = async () => {
      if (!buffer) return;
      const ok = copy.write(buffer);
      buffer = "";
      if (!ok) await once(copy, "drain");
    };
    try {
      for await (const batch of source)
        for (const r of batch) {
          rows++;
          const v = validateCaseRow(r.get, unitIdOf);
          if (v.errors) for (const e of v.errors) addError({ row: r.row, ...e });
          else if (opts.onlyUnit && v.input.unitId !== opts.onlyUnit.id) {
            addError({
              row: r.row,
              column: "ma_don_vi",
              message: `mã truy cập chỉ được gửi hồ sơ của đơn vị "${opts.onlyUnit.code}"`,
            });
          } else {
            if (firstLoad) {
              buffer += caseLine(v.input);
              copiedRows.push(r.row);
            } else buffer += stagingLine(r.row, v.input);
            if (buffer.length >= CHUNK) await flush();
          }
          if (rows % every === 0) opts.onProgress?.({ rows, phase: "reading" });
          if (failed) throw failed;
        }
    } catch (e) {
      copy.destroy();
      if (e instanceof CaseFileError) {
        await client.query("rollback").catch(() => {});
        return { ok: false, rows, errors: reported(e.errors) };
      }
      throw e;
    }
    await flush();
    copy.end();
    await once(copy, "finish");
    if (failed) throw failed;

    // every row read and valid: what remains is the check for repeated codes and the write
    if (!errors.length) opts.onProgress?.({ rows, phase: "merging" });
    const rowsOf = (d: CopiedDuplicate) => ({ code: d.code, rows: d.ordinals.map((o) => copiedRows[o]!) });
    const duplicates = !firstLoad
      ? await duplicateCodesInStaging(client)
      : (errors.length ? await copiedDuplicates(client) : await finishFirstLoad(client, firstLoad)).map(
          rowsOf,
        );
    for (const d of duplicates) {
      for (const row of d.rows.slice(1))
        addError({ row, column: "ma_ho_so", message: `mã hồ sơ "${d.code}" trùng với dòng ${d.rows[0]}` });
    }
    // A code already stored under another unit: refused for an import limited to one unit (the
    // other unit is not named); allowed for Home Affairs' province-wide imports (a correction of a
    // case's unit), and then every move is named in the audit entry.
    const moved = firstLoad || duplicates.length ? [] : await unitChangesInStaging(client);
    if (opts.onlyUnit) {
      for (const m of moved) {
        addError({
          row: m.row,
          column: "ma_ho_so",
          message: `mã hồ sơ "${m.code}" đã có trong hệ thống và thuộc đơn vị khác: không được sửa hồ sơ của đơn vị khác`,
        });
      }
    }
    if (errors.length) {
      await client.query("rollback");
      return { ok: false, rows, errors: reported() };
    }
    const { inserted, updated } = firstLoad
      ? { inserted: copiedRows.length, updated: 0 }
      : await mergeStagingIntoCases(client);
    if (opts.audit && inserted + updated > 0)
      await auditImport(client, opts.audit, { rows, inserted, updated }, moved, units);
    await client.query("commit");
    opts.onProgress?.({ rows, phase: "done" });
    return { ok: true, rows, inserted, updated, unchanged: rows - inserted - updated };
  } catch (e) {
    await client.query("rollback").catch(() => {});
    throw e;
  } finally {
    await client.end();
  }
}

const MAX_MOVES_AUDITED = 200;

async function auditImport(
  client: pg.ClientBase,
  a: NonNullable<ImportCasesOptions["audit"]>,
  counts: { rows: number; inserted: number; updated: number },
  moved: UnitChange[],
  units: Map<string, number>,
) {
  const codeOf = new Map([...units].map(([code, id]) => [id, code]));
  const unitMoves = moved.length
    ? {
        movedCount: moved.length,
        moved: moved
          .slice(0, MAX_MOVES_AUDITED)
          .map((m) => ({ code: m.code, from: codeOf.get(m.fromUnitId), to: codeOf.get(m.toUnitId) })),
      }
    : {};
  await recordAuditOn(client, {
    actor: a.actor ?? null,
    action: "import",
    entity: "CaseRecord",
    entityId: a.entityId,
    unitId: a.unitId ?? null,
    newValue: { via: a.via, ...a.details, ...counts, ...unitMoves },
  });
}

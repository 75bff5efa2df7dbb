// The set-based half of a case import: a temporary staging table filled by COPY, duplicate codes
// found in SQL, and one INSERT … ON CONFLICT that writes only rows that differ. Runs on a pg
// client inside the caller's transaction.
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import type { Writable } from "node:stream";
import type { CaseInput } from "../../cases/case-row";

const COLUMNS = [
  "code", "unitId", "procedureCode", "procedureField", "channel", "receivedAt", "dueAt", "finishedAt",
  "returnedAt", "status", "supplementCount", "supplementWaitDays", "apologyLetterAt",
] as const;
const cols = COLUMNS.map((c) => `"${c}"`).join(", ");
const INSTANTS = new Set(["receivedAt", "dueAt", "finishedAt", "returnedAt", "apologyLetterAt"]);
/** the staged rows with instants as timestamptz */
const TYPED = `(select ${COLUMNS.map((c) => (INSTANTS.has(c) ? `to_timestamp("${c}") as "${c}"` : `"${c}"`)).join(", ")} from case_stage)`;

export async function createCaseStaging(client: pg.ClientBase): Promise<void> {
  // Temporary tables live in per-session buffers (8 MB by default): a large import would spill
  // to disk page by page. Allowed only before the session's first temporary table.
  await client.query(`set temp_buffers = '256MB'`);
  await client.query(`create temp table case_stage (
    rowno int not null, code text not null, "unitId" int not null, "procedureCode" text, "procedureField" text,
    channel smallint not null, "receivedAt" bigint not null, "dueAt" bigint not null,
    "finishedAt" bigint, "returnedAt" bigint, status "CaseStatus" not null,
    "supplementCount" smallint not null, "supplementWaitDays" smallint not null, "apologyLetterAt" bigint
  ) on commit drop`);
}

export function copyIntoStaging(client: pg.ClientBase): Writable {
  return client.query(copyFrom(`copy case_stage (rowno, ${cols}) from stdin`));
}

// COPY text format: tab separated, \N for null, backslash escapes.
const esc = (s: string) => (/[\\\t\n\r]/.test(s) ? s.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r") : s);
const txt = (s: string | null) => (s === null ? "\\N" : esc(s));
// Instants travel as epoch seconds (cheaper to write and to read than ISO text); see TYPED.
const ts = (d: Date | null) => (d === null ? "\\N" : String(Math.floor(d.getTime() / 1000)));

export function stagingLine(row: number, c: CaseInput): string {
  return `${row}\t${esc(c.code)}\t${c.unitId}\t${txt(c.procedureCode)}\t${txt(c.procedureField)}\t${c.channel}\t${ts(c.receivedAt)}\t${ts(c.dueAt)}\t${ts(c.finishedAt)}\t${ts(c.returnedAt)}\t${c.status}\t${c.supplementCount}\t${c.supplementWaitDays}\t${ts(c.apologyLetterAt)}\n`;
}

export type DuplicateCode = { code: string; rows: number[] };

export async function duplicateCodesInStaging(client: pg.ClientBase): Promise<DuplicateCode[]> {
  const { rows } = await client.query<DuplicateCode>(
    `select code, array_agg(rowno order by rowno) as rows from case_stage group by code having count(*) > 1 order by min(rowno)`,
  );
  return rows;
}

export type MergeCounts = { inserted: number; updated: number };

const isEmpty = async (client: pg.ClientBase) => !(await client.query(`select 1 from "CaseRecord" limit 1`)).rowCount;

/**
 * Writes the staged rows: rows whose code exists and whose values differ are updated, new codes
 * are inserted, identical rows are not touched (re-importing a file writes nothing). An UPDATE
 * joined on code plus an INSERT of the codes not yet stored measured faster than one
 * INSERT … ON CONFLICT DO UPDATE on a million rows (no speculative insertion per row).
 */
export async function mergeStagingIntoCases(client: pg.ClientBase): Promise<MergeCounts> {
  const rest = COLUMNS.filter((c) => c !== "code").map((c) => `"${c}"`);
  await client.query(`analyze case_stage`);
  if (await isEmpty(client)) {
    await client.query(`lock table "CaseRecord" in access exclusive mode`);
    if (await isEmpty(client)) return { inserted: await bulkLoadIntoEmptyCases(client), updated: 0 };
  }
  const updated = await client.query(
    `update "CaseRecord" r set (${rest.join(", ")}) = (${rest.map((c) => `s.${c}`).join(", ")})
     from ${TYPED} s
     where r.code = s.code and (${rest.map((c) => `r.${c}`).join(", ")}) is distinct from (${rest.map((c) => `s.${c}`).join(", ")})`,
  );
  const inserted = await client.query(
    `insert into "CaseRecord" (${cols}) select ${cols} from ${TYPED} s
     where not exists (select 1 from "CaseRecord" r where r.code = s.code)`,
  );
  return { inserted: inserted.rowCount ?? 0, updated: updated.rowCount ?? 0 };
}

/**
 * The first load of an empty table (the caller holds it in ACCESS EXCLUSIVE mode until commit):
 * nothing to update or to anti-join against, and the secondary indexes and the foreign key to
 * "Unit" are dropped and rebuilt around the INSERT. On a million rows the per-row foreign-key
 * trigger cost ~13 s and keeping three secondary indexes up to date ~11 s; rebuilding them takes
 * ~2 s and re-adding the key validates it in one join (~0.2 s). The definitions are read from the
 * catalog, so they follow the migrations; everything is in the import's transaction, so a failure
 * rolls the drops back too.
 */
async function bulkLoadIntoEmptyCases(client: pg.ClientBase): Promise<number> {
  const indexes = (await client.query<{ name: string; def: string }>(
    `select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as def
     from pg_index i where i.indrelid = '"CaseRecord"'::regclass and not i.indisunique and not i.indisprimary`,
  )).rows;
  const keys = (await client.query<{ name: string; def: string }>(
    `select quote_ident(conname) as name, pg_get_constraintdef(oid) as def from pg_constraint where conrelid = '"CaseRecord"'::regclass and contype = 'f'`,
  )).rows;
  for (const k of keys) await client.query(`alter table "CaseRecord" drop constraint ${k.name}`);
  if (indexes.length) await client.query(`drop index ${indexes.map((i) => i.name).join(", ")}`);
  const inserted = await client.query(`insert into "CaseRecord" (${cols}) select ${cols} from ${TYPED} s`);
  await client.query(`set local maintenance_work_mem = '256MB'`);
  for (const i of indexes) await client.query(i.def);
  for (const k of keys) await client.query(`alter table "CaseRecord" add constraint ${k.name} ${k.def}`);
  return inserted.rowCount ?? 0;
}

// The first load of an empty "CaseRecord" (a province's first import of a year or more of cases):
// the validated rows are copied straight into the table, with its foreign key and every index but
// the primary key dropped, and everything is rebuilt once at the end. The table is held in ACCESS
// EXCLUSIVE mode until commit (readers wait for the load) and every step is in the import's
// transaction, so a failure or a bad row rolls the drops back too. Measured on a million rows
// (`npm run bench -- cases`): staging then INSERT … SELECT with the indexes kept up to date cost
// ~24 s more than rebuilding them; copying straight in saves the staging table and the INSERT.
// Definitions are read from the catalog, so they follow the migrations.
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import type { Writable } from "node:stream";
import type { CaseInput } from "./case-row";
import { CASE_RECORD_COLUMNS, copyText, qd766Facts } from "./case-staging";
import { SUMMARISE_ALL } from "./case-summary-sql";

type Definition = { name: string; def: string; unique?: boolean };
export type FirstLoad = { indexes: Definition[]; keys: Definition[] };
/** Codes found more than once, with their positions (0-based) in the order rows were copied. */
export type CopiedDuplicate = { code: string; ordinals: number[] };

const isEmpty = async (client: pg.ClientBase) =>
  !(await client.query(`select 1 from "CaseRecord" limit 1`)).rowCount;

/** When "CaseRecord" is empty: locks it and drops its foreign keys and secondary indexes. Null when it holds rows. */
export async function beginFirstLoad(client: pg.ClientBase): Promise<FirstLoad | null> {
  if (!(await isEmpty(client))) return null;
  await client.query(`lock table "CaseRecord" in access exclusive mode`);
  if (!(await isEmpty(client))) return null;
  const indexes = (
    await client.query<Definition>(
      `select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as def, i.indisunique as unique
     from pg_index i where i.indrelid = '"CaseRecord"'::regclass and not i.indisprimary`,
    )
  ).rows;
  const keys = (
    await client.query<Definition>(
      `select quote_ident(conname) as name, pg_get_constraintdef(oid) as def from pg_constraint where conrelid = '"CaseRecord"'::regclass and contype = 'f'`,
    )
  ).rows;
  // The case summaries are made once from the loaded table (finishFirstLoad) instead of from a
  // transition table of every copied row: measured on a million rows, 17,3 s with the trigger, see README.
  await client.query(`alter table "CaseRecord" disable trigger "case_summary_insert"`);
  for (const k of keys) await client.query(`alter table "CaseRecord" drop constraint ${k.name}`);
  if (indexes.length) await client.query(`drop index ${indexes.map((i) => i.name).join(", ")}`);
  return { indexes, keys };
}

export function copyIntoCases(client: pg.ClientBase): Writable {
  return client.query(
    copyFrom(`copy "CaseRecord" (${CASE_RECORD_COLUMNS.map((c) => `"${c}"`).join(", ")}) from stdin`),
  );
}

const TWO = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, "0"));
const floorDiv = (a: number, b: number) => Math.floor(a / b);

/**
 * An instant as PostgreSQL timestamptz text in UTC, to the second ("2023-11-08 04:10:00+00").
 * Date.prototype.toISOString costs ~0.4 µs, ~1.4 s over a million rows' dates; this takes a tenth.
 * Days to civil date after H. Hinnant's days_from_civil inverse.
 */
export function instantText(at: Date): string {
  const s = floorDiv(at.getTime(), 1000);
  const days = floorDiv(s, 86_400);
  let rest = s - days * 86_400;
  const z = days + 719_468;
  const era = floorDiv(z, 146_097);
  const doe = z - era * 146_097;
  const yoe = floorDiv(doe - floorDiv(doe, 1460) + floorDiv(doe, 36_524) - floorDiv(doe, 146_096), 365);
  const doy = doe - (365 * yoe + floorDiv(yoe, 4) - floorDiv(yoe, 100));
  const mp = floorDiv(5 * doy + 2, 153);
  const d = doy - floorDiv(153 * mp + 2, 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  const hh = floorDiv(rest, 3600);
  rest -= hh * 3600;
  const mi = floorDiv(rest, 60);
  return `${y}-${TWO[m]}-${TWO[d]} ${TWO[hh]}:${TWO[mi]}:${TWO[rest - mi * 60]}+00`;
}

const at = (d: Date | null) => (d === null ? "\\N" : instantText(d));

/** One COPY text line for "CaseRecord" in CASE_RECORD_COLUMNS order. */
export function caseLine(c: CaseInput): string {
  return `${copyText(c.code)}\t${c.unitId}\t${c.procedureCode === null ? "\\N" : copyText(c.procedureCode)}\t${c.procedureField === null ? "\\N" : copyText(c.procedureField)}\t${c.channel}\t${at(c.receivedAt)}\t${at(c.dueAt)}\t${at(c.finishedAt)}\t${at(c.returnedAt)}\t${c.status}\t${c.supplementCount}\t${c.supplementWaitDays}\t${at(c.apologyLetterAt)}${qd766Facts(c)}\n`;
}

/** Codes copied more than once (only asked when the load will be rolled back, or a unique index failed). */
export async function copiedDuplicates(client: pg.ClientBase): Promise<CopiedDuplicate[]> {
  const { rows } = await client.query<CopiedDuplicate>(
    `select code, array_agg(ordinal order by ordinal) as ordinals
     from (select code, (row_number() over (order by id) - 1)::int as ordinal from "CaseRecord") c
     group by code having count(*) > 1 order by min(ordinal)`,
  );
  return rows;
}

/**
 * Rebuilds what beginFirstLoad dropped, unique indexes first: when codes repeat, building the
 * unique index fails, nothing else is built and the duplicates are returned (the caller rolls back).
 */
export async function finishFirstLoad(client: pg.ClientBase, load: FirstLoad): Promise<CopiedDuplicate[]> {
  await client.query(`set local maintenance_work_mem = '256MB'`);
  const ordered = [...load.indexes].sort((a, b) => Number(Boolean(b.unique)) - Number(Boolean(a.unique)));
  for (const i of ordered) {
    if (!i.unique) {
      await client.query(i.def);
      continue;
    }
    await client.query(`savepoint unique_index`);
    try {
      await client.query(i.def);
      await client.query(`release savepoint unique_index`);
    } catch (e) {
      if ((e as { code?: string }).code !== "23505") throw e;
      await client.query(`rollback to savepoint unique_index`);
      const duplicates = await copiedDuplicates(client);
      if (!duplicates.length) throw e;
      return duplicates;
    }
  }
  for (const k of load.keys) await client.query(`alter table "CaseRecord" add constraint ${k.name} ${k.def}`);
  await client.query(`set local work_mem = '64MB'`);
  await client.query(SUMMARISE_ALL);
  await client.query(`alter table "CaseRecord" enable trigger "case_summary_insert"`);
  // Fresh statistics, so that the next import's update and anti-join are planned for a full table.
  await client.query(`analyze "CaseRecord"`);
  return [];
}

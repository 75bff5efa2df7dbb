// The set-based half of a case import: a temporary staging table filled by COPY, duplicate codes
// found in SQL, then an UPDATE of the rows that differ and an INSERT of the new codes. Runs on a pg
// client inside the caller's transaction. (An empty table is loaded without staging: case-first-load.ts.)
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import type { Writable } from "node:stream";
import type { CaseInput } from "./case-row";

export const CASE_RECORD_COLUMNS = [
  "code",
  "unitId",
  "procedureCode",
  "procedureField",
  "channel",
  "receivedAt",
  "dueAt",
  "finishedAt",
  "returnedAt",
  "status",
  "supplementCount",
  "supplementWaitDays",
  "apologyLetterAt",
  "dossierDigitised",
  "resultDigitised",
  "reusedData",
  "paidOnline",
  "syncedToNational",
] as const;
const QD766_FACTS = new Set<string>([
  "dossierDigitised",
  "resultDigitised",
  "reusedData",
  "paidOnline",
  "syncedToNational",
]);
const cols = CASE_RECORD_COLUMNS.map((c) => `"${c}"`).join(", ");
const INSTANTS = new Set(["receivedAt", "dueAt", "finishedAt", "returnedAt", "apologyLetterAt"]);
/** the staged rows with instants as timestamptz */
const TYPED = `(select ${CASE_RECORD_COLUMNS.map((c) => (INSTANTS.has(c) ? `to_timestamp("${c}") as "${c}"` : `"${c}"`)).join(", ")} from case_stage)`;

export async function createCaseStaging(client: pg.ClientBase): Promise<void> {
  // Temporary tables live in per-session buffers (8 MB by default): a large import would spill
  // to disk page by page. Allowed only before the session's first temporary table.
  await client.query(`set temp_buffers = '256MB'`);
  await client.query(`create temp table case_stage (
    rowno int not null, code text not null, "unitId" int not null, "procedureCode" text, "procedureField" text,
    channel smallint not null, "receivedAt" bigint not null, "dueAt" bigint not null,
    "finishedAt" bigint, "returnedAt" bigint, status "CaseStatus" not null,
    "supplementCount" smallint not null, "supplementWaitDays" smallint not null, "apologyLetterAt" bigint,
    "dossierDigitised" boolean, "resultDigitised" boolean, "reusedData" boolean, "paidOnline" boolean, "syncedToNational" boolean
  ) on commit drop`);
}

export function copyIntoStaging(client: pg.ClientBase): Writable {
  return client.query(copyFrom(`copy case_stage (rowno, ${cols}) from stdin`));
}

// COPY text format: tab separated, \N for null, backslash escapes.
export const copyText = (s: string) =>
  /[\\\t\n\r]/.test(s)
    ? s.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r")
    : s;
const txt = (s: string | null) => (s === null ? "\\N" : copyText(s));
// Instants travel as epoch seconds (cheaper to write and to read than ISO text); see TYPED.
const ts = (d: Date | null) => (d === null ? "\\N" : String(Math.floor(d.getTime() / 1000)));
/** The QĐ 766 facts as COPY text (t, f or \N), in CASE_RECORD_COLUMNS order, with a leading tab. */
const flag = (b: boolean | null | undefined) => (b === true ? "t" : b === false ? "f" : "\\N");
export const qd766Facts = (c: CaseInput) =>
  `\t${flag(c.dossierDigitised)}\t${flag(c.resultDigitised)}\t${flag(c.reusedData)}\t${flag(c.paidOnline)}\t${flag(c.syncedToNational)}`;

export function stagingLine(row: number, c: CaseInput): string {
  return `${row}\t${copyText(c.code)}\t${c.unitId}\t${txt(c.procedureCode)}\t${txt(c.procedureField)}\t${c.channel}\t${ts(c.receivedAt)}\t${ts(c.dueAt)}\t${ts(c.finishedAt)}\t${ts(c.returnedAt)}\t${c.status}\t${c.supplementCount}\t${c.supplementWaitDays}\t${ts(c.apologyLetterAt)}${qd766Facts(c)}\n`;
}

export type DuplicateCode = { code: string; rows: number[] };

export async function duplicateCodesInStaging(client: pg.ClientBase): Promise<DuplicateCode[]> {
  const { rows } = await client.query<DuplicateCode>(
    `select code, array_agg(rowno order by rowno) as rows from case_stage group by code having count(*) > 1 order by min(rowno)`,
  );
  return rows;
}

export type UnitChange = { row: number; code: string; fromUnitId: number; toUnitId: number };

/**
 * Staged rows whose code is already stored under another unit: a merge keyed on the code alone
 * would move that unit's case to the importing unit and overwrite it (issue 18, finding 1).
 */
export async function unitChangesInStaging(client: pg.ClientBase): Promise<UnitChange[]> {
  const { rows } = await client.query<UnitChange>(
    `select s.rowno as row, s.code, r."unitId" as "fromUnitId", s."unitId" as "toUnitId"
     from case_stage s join "CaseRecord" r on r.code = s.code where r."unitId" <> s."unitId" order by s.rowno`,
  );
  return rows;
}

export type MergeCounts = { inserted: number; updated: number };

/**
 * Writes the staged rows: rows whose code exists and whose values differ are updated, new codes
 * are inserted, identical rows are not touched (re-importing a file writes nothing). An UPDATE
 * joined on code plus an INSERT of the codes not yet stored measured faster than one
 * INSERT … ON CONFLICT DO UPDATE on a million rows (no speculative insertion per row).
 */
export async function mergeStagingIntoCases(client: pg.ClientBase): Promise<MergeCounts> {
  const rest = CASE_RECORD_COLUMNS.filter((c) => c !== "code").map((c) => `"${c}"`);
  // An empty QĐ 766 fact means "not reported": it keeps what an earlier file or request stored (a
  // file from a system that does not report digitisation must not erase what another one did).
  const value = (c: string) => (QD766_FACTS.has(c.slice(1, -1)) ? `coalesce(s.${c}, r.${c})` : `s.${c}`);
  await client.query(`analyze case_stage`);
  const updated = await client.query(
    `update "CaseRecord" r set (${rest.join(", ")}) = (${rest.map(value).join(", ")})
     from ${TYPED} s
     where r.code = s.code and (${rest.map((c) => `r.${c}`).join(", ")}) is distinct from (${rest.map(value).join(", ")})`,
  );
  const inserted = await client.query(
    `insert into "CaseRecord" (${cols}) select ${cols} from ${TYPED} s
     where not exists (select 1 from "CaseRecord" r where r.code = s.code)`,
  );
  return { inserted: inserted.rowCount ?? 0, updated: updated.rowCount ?? 0 };
}

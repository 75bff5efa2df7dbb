// The case summaries (issue 16): what every figure of lib/queries/cases/case-sql.ts needs about the
// case records, kept by PostgreSQL triggers in the same statement as every write to "CaseRecord"
// (file, web and API imports, the first load's COPY, a deletion), so a view reads summaries, not
// cases. Two tables, both by Vietnam calendar month:
//   "CaseFinishedSummary": finished cases by unit, field, month finished, month received and the
//     flags that do not depend on the period (outcome, channel, apology letter and whether in time);
//   "CaseOpenSummary": finished cases by each month at whose end they were still open (received
//     before its end, finished after it), with whether they were then still within their due day.
// Cases not finished yet are not summarised: they are few, change with time (open at the end of
// every month to come) and are read live from the records (indexed by "finishedAt").
// Returned, withdrawn and stopped cases are left out, as from every rate.
// This module writes the SQL text of the migration that creates the triggers and fills the tables
// (scripts/print-case-summary-sql.ts); the queries read them through lib/queries/cases/case-summary.ts.
import { COUNTED, DUE_DAY, FIN_DAY, LETTER_IN_TIME, vnDay } from "../queries/cases/case-sql";

const month = (column: string) => `date_trunc('month', ${vnDay(column)})::date`;
export const FINISH_MONTH = month(`r."finishedAt"`);
export const RECEIVED_MONTH = month(`r."receivedAt"`);

/** caseFlags' bits that belong to the case, whatever the period: 1–2 outcome, 4 online, 5 letter, 6 letter in time, 8 postal. */
export const CASE_OWN_FLAGS = `(
  (coalesce(case when r."supplementCount" > 1 then 2 when ${FIN_DAY} < ${DUE_DAY} then 0 when ${FIN_DAY} = ${DUE_DAY} then 1 else 2 end, 1) << 1)
  | ((r.channel = 2)::int << 4)
  | ((r."apologyLetterAt" is not null)::int << 5)
  | (coalesce(${LETTER_IN_TIME}, false)::int << 6)
  | ((r.channel = 3)::int << 8))`;

/** The channel bits an open case keeps: 4 online, 8 postal. */
const CHANNEL_FLAGS = `(((r.channel = 2)::int << 4) | ((r.channel = 3)::int << 8))`;

/**
 * The statements adding `src`'s rows (a relation with the columns of "CaseRecord" and `s`, +1 or −1)
 * to both summaries; rows whose count falls to 0 are removed.
 */
export function summaryDelta(src: string): string {
  return `
  with src as not materialized (${src}),
  fin as (
    select r."unitId", coalesce(r."procedureField", '') as field, ${FINISH_MONTH} as "finishMonth",
           ${RECEIVED_MONTH} as "receivedMonth", ${CASE_OWN_FLAGS} as flags, sum(r.s)::int as n
    from src r where ${COUNTED} and r."finishedAt" is not null
    group by 1, 2, 3, 4, 5 having sum(r.s) <> 0
  ),
  open_m as (
    select r."unitId", coalesce(r."procedureField", '') as field, m.month, ${RECEIVED_MONTH} as "receivedMonth",
           (${CHANNEL_FLAGS} | ((${DUE_DAY} >= (m.month + interval '1 month' - interval '1 day')::date)::int << 3)) as flags,
           sum(r.s)::int as n
    from src r
    cross join lateral (
      select d::date as month
      from generate_series(${RECEIVED_MONTH}::timestamp, (${FINISH_MONTH} - interval '1 month')::timestamp, interval '1 month') d
    ) m
    -- only cases finished in a later month than received were open at a month's end
    where ${COUNTED} and r."finishedAt" is not null and ${FINISH_MONTH} > ${RECEIVED_MONTH}
    group by 1, 2, 3, 4, 5 having sum(r.s) <> 0
  ),
  fin_up as (
    insert into "CaseFinishedSummary" as t ("unitId", field, "finishMonth", "receivedMonth", flags, n)
    select * from fin
    on conflict ("finishMonth", "unitId", field, "receivedMonth", flags) do update set n = t.n + excluded.n
  )
  insert into "CaseOpenSummary" as t ("unitId", field, month, "receivedMonth", flags, n)
  select * from open_m
  on conflict (month, "unitId", field, "receivedMonth", flags) do update set n = t.n + excluded.n;
  -- rows whose count fell to 0 (found through their partial index)
  delete from "CaseFinishedSummary" where n = 0;
  delete from "CaseOpenSummary" where n = 0`;
}

/**
 * Raises the version of the case records (cached figures computed before it are not used again) and
 * sets their count: `count` is an SQL expression of the new total, given the old one as "total".
 */
const bumpVersion = (count: string) => `insert into "CaseDataVersion" as v (id, version, total)
    values (1, 1, (select count(*) from "CaseRecord"))
    on conflict (id) do update set version = v.version + 1, total = ${count}`;
const COUNT_CHANGE = {
  insert: `v.total + (select count(*) from new_rows)`,
  delete: `v.total - (select count(*) from old_rows)`,
  update: `v.total`,
} as const;

const TRIGGER_SOURCES = {
  insert: `select r.*, 1 as s from new_rows r`,
  delete: `select r.*, -1 as s from old_rows r`,
  update: `select r.*, 1 as s from new_rows r union all select r.*, -1 as s from old_rows r`,
} as const;

/** Adds every stored record to the summaries: after a first load that ran with the insert trigger off. */
export const SUMMARISE_ALL = `${summaryDelta(`select r.*, 1 as s from "CaseRecord" r`)};
${bumpVersion(`(select count(*) from "CaseRecord")`)}`;

/** The migration's SQL: tables, the three statement triggers, the truncate trigger and the first fill. */
export function caseSummaryMigration(): string {
  const fn = (op: keyof typeof TRIGGER_SOURCES) => `
CREATE FUNCTION "case_summary_${op}"() RETURNS trigger LANGUAGE plpgsql SET work_mem = '64MB' AS $fn$
BEGIN
  -- a statement that changed no row (an unchanged re-import) changes nothing here either
  IF EXISTS (SELECT 1 FROM ${op === "insert" ? "new_rows" : "old_rows"}) THEN
${summaryDelta(TRIGGER_SOURCES[op])};
  ${bumpVersion(COUNT_CHANGE[op])};
  END IF;
  RETURN NULL;
END
$fn$;`;
  const referencing = {
    insert: "NEW TABLE AS new_rows",
    delete: "OLD TABLE AS old_rows",
    update: "OLD TABLE AS old_rows NEW TABLE AS new_rows",
  };
  const trigger = (op: keyof typeof TRIGGER_SOURCES) => `
CREATE TRIGGER "case_summary_${op}" AFTER ${op.toUpperCase()} ON "CaseRecord"
  REFERENCING ${referencing[op]} FOR EACH STATEMENT EXECUTE FUNCTION "case_summary_${op}"();`;
  return `${(["insert", "delete", "update"] as const).map(fn).join("\n")}
${(["insert", "delete", "update"] as const).map(trigger).join("\n")}

CREATE FUNCTION "case_summary_truncate"() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  -- DELETE, not TRUNCATE: a TRUNCATE that names the summaries too is still using them
  DELETE FROM "CaseFinishedSummary";
  DELETE FROM "CaseOpenSummary";
  ${bumpVersion("0")};
  RETURN NULL;
END
$fn$;
CREATE TRIGGER "case_summary_truncate" AFTER TRUNCATE ON "CaseRecord"
  FOR EACH STATEMENT EXECUTE FUNCTION "case_summary_truncate"();

-- the records already stored
${summaryDelta(`select r.*, 1 as s from "CaseRecord" r`).trim()};
`;
}

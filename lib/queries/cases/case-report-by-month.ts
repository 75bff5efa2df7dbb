// `report cases --by month`: cases finished in each month of the year, and the cases open at the
// end of each month (received by then, not finished by then) split into in time and overdue.
// Read from the case summaries (case-summary.ts): finished cases by their month, finished cases
// open at each month's end, and the cases not finished yet matched with the month ends of the year
// they were open at. caseReportByMonthFromRecords is the same report scanned from the records:
// Two passes: finished cases grouped by their month; then only the cases still open at the end of
// the month they were received in are matched with the month ends they were open at. A month's
// received cases are those it finished plus those open at its end (carried over: received before
// the month began).
import { db } from "../../db/client";
import { vnYearStart } from "../../cases/dates";
import { COUNTED, FIGURES, caseFlags, inPeriod } from "./case-sql";
import { yearPeriod } from "./case-summary";
import { cachedCaseFigures } from "./figure-cache";
import { caseSummaryQuery } from "./scan-query";
import type { CaseReportRow } from "./case-report";

const local = (c: string) => `(${c} at time zone interval '+07:00')`;
/** a finished case was carried over into its month when received before the month began */
const MONTH_OF_FINISH = `(date_trunc('month', ${local(`r."finishedAt"`)}) at time zone interval '+07:00')`;

/** The same report scanned from the records (the reference for the summaries). */
export async function caseReportByMonthFromRecords(
  year: number,
  unitIds: number[] | null = null,
): Promise<CaseReportRow[]> {
  return db().$queryRawUnsafe<CaseReportRow[]>(
    `with m as (
       select to_char(d, 'YYYY-MM') as key, (d at time zone interval '+07:00') as ms,
              ((d + interval '1 month') at time zone interval '+07:00') as me,
              (d + interval '1 month' - interval '1 day')::date as last
       from generate_series(make_date($1::int, 1, 1)::timestamp, make_date($1::int, 12, 1)::timestamp, interval '1 month') d
     ), finished as (
       select to_char(${local(`r."finishedAt"`)}, 'YYYY-MM') as key,
              ${caseFlags("$2::timestamptz", "$3::timestamptz", "$3::date", MONTH_OF_FINISH)} as flags, count(*) as n
       from "CaseRecord" r
       where r.status in ('dang_xu_ly', 'da_xu_ly') and r."finishedAt" >= $2::timestamptz and r."finishedAt" < $3::timestamptz
         and ($4::int[] is null or r."unitId" = any($4::int[]))
       group by 1, 2
     ), spanning as (
       select r.* from "CaseRecord" r
       where ${inPeriod("$2::timestamptz", "$3::timestamptz")} and ($4::int[] is null or r."unitId" = any($4::int[]))
         and (r."finishedAt" is null or ${local(`r."finishedAt"`)} >= date_trunc('month', ${local(`r."receivedAt"`)}) + interval '1 month')
     ), open as (
       select m.key, ${caseFlags("m.ms", "m.me", "m.last")} as flags, count(*) as n
       from spanning r join m on r."receivedAt" < m.me and (r."finishedAt" is null or r."finishedAt" >= m.me)
       group by 1, 2
     ), g as (
       select key, flags & ~1 as flags, n from open union all select key, flags, n from finished
     )
     select m.key, ${FIGURES}
     from m left join g on g.key = m.key group by m.key order by m.key`,
    year,
    vnYearStart(year),
    vnYearStart(year + 1),
    unitIds,
  );
}

export async function caseReportByMonth(
  year: number,
  unitIds: number[] | null = null,
): Promise<CaseReportRow[]> {
  const p = yearPeriod(year);
  const units = (c: string) => `($4::int[] is null or ${c} = any($4::int[]))`;
  return cachedCaseFigures(`month|${year}|${unitIds?.join(",") ?? "all"}`, () =>
    caseSummaryQuery<CaseReportRow>(
      `with m as (
       select to_char(d, 'YYYY-MM') as key, d::date as month, (d at time zone interval '+07:00') as ms,
              ((d + interval '1 month') at time zone interval '+07:00') as me,
              (d + interval '1 month' - interval '1 day')::date as last
       from generate_series(make_date($1::int, 1, 1)::timestamp, make_date($1::int, 12, 1)::timestamp, interval '1 month') d
     ), g as (
       select to_char("finishMonth", 'YYYY-MM') as key, (1 | flags | (("receivedMonth" < "finishMonth")::int << 7)) as flags, sum(n) as n
       from "CaseFinishedSummary"
       where "finishMonth" >= $2::date and "finishMonth" < $3::date and ${units(`"unitId"`)}
       group by 1, 2
       union all
       select to_char(month, 'YYYY-MM'), (flags | (("receivedMonth" < month)::int << 7)), sum(n)
       from "CaseOpenSummary"
       where month >= $2::date and month < $3::date and ${units(`"unitId"`)}
       group by 1, 2
       union all
       select m.key, ${caseFlags("m.ms", "m.me", "m.last")}, count(*)
       from "CaseRecord" r join m on r."receivedAt" < m.me
       where r."finishedAt" is null and ${COUNTED} and ${units(`r."unitId"`)}
       group by 1, 2
     )
     select m.key, ${FIGURES}
     from m left join g on g.key = m.key group by m.key order by m.key`,
      year,
      p.startMonth,
      p.endMonth,
      unitIds,
    ),
  );
}

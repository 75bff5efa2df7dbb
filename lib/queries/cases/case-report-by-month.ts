// `report cases --by month`: cases finished in each month of the year, and the cases open at the
// end of each month (received by then, not finished by then) split into in time and overdue.
import { db } from "../../db/client";
import { vnYearStart } from "../../cases/dates";
import { CASE_DAYS, COUNTED, FIGURES, periodColumns } from "./case-sql";
import type { CaseReportRow } from "./case-report";

export async function caseReportByMonth(year: number, unitIds: number[] | null = null): Promise<CaseReportRow[]> {
  return db().$queryRawUnsafe<CaseReportRow[]>(
    `with m as (
       select to_char(d, 'YYYY-MM') as key,
              (d::timestamp at time zone 'Asia/Ho_Chi_Minh') as ms,
              ((d + interval '1 month')::timestamp at time zone 'Asia/Ho_Chi_Minh') as me,
              (d + interval '1 month' - interval '1 day')::date as last
       from generate_series(make_date($1::int, 1, 1), make_date($1::int, 12, 1), interval '1 month') d
     ), c as (
       select m.key, ${periodColumns("m.ms", "m.me", "m.last")}
       from (select ${CASE_DAYS} from "CaseRecord" r
             where ${COUNTED} and r."receivedAt" < $3::timestamptz and (r."finishedAt" is null or r."finishedAt" >= $2::timestamptz)
               and ($4::int[] is null or r."unitId" = any($4::int[]))
             offset 0) b
       join m on b."receivedAt" < m.me and (b."finishedAt" is null or b."finishedAt" >= m.ms)
     )
     select m.key, ${FIGURES}
     from m left join c on c.key = m.key group by m.key order by m.key`,
    year, vnYearStart(year), vnYearStart(year + 1), unitIds,
  );
}

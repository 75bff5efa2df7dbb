// `report cases --by level|unit|channel|field`: one year's figures per group, in one query.
// Finished cases count in the year they finished; open cases are those received by the end of
// the year and not finished by then.
import { db } from "../../db/client";
import { vnYearStart } from "../../cases/dates";
import { CASE_DAYS, COUNTED, FIGURES, periodColumns, type CaseFigures } from "./case-sql";

export type CaseReportBy = "level" | "unit" | "channel" | "field";
export type CaseReportRow = { key: string | number } & CaseFigures;

const KEY: Record<CaseReportBy, string> = {
  level: `u.level::text`,
  unit: `u.code`,
  channel: `r.channel::text`,
  field: `coalesce(r."procedureField", '')`,
};
const ORDER: Record<CaseReportBy, string> = {
  level: `array_position(array['tinh','huyen','xa'], key)`,
  unit: `key`,
  channel: `key`,
  field: `key`,
};

export async function caseReport(year: number, by: CaseReportBy, unitIds: number[] | null = null): Promise<CaseReportRow[]> {
  const rows = await db().$queryRawUnsafe<CaseReportRow[]>(
    `with c as (
       select b.key, ${periodColumns("$1::timestamptz", "$2::timestamptz", "$3::date")}
       from (select ${KEY[by]} as key, ${CASE_DAYS}
             from "CaseRecord" r join "Unit" u on u.id = r."unitId"
             where ${COUNTED} and r."receivedAt" < $2::timestamptz and (r."finishedAt" is null or r."finishedAt" >= $1::timestamptz)
               and ($4::int[] is null or r."unitId" = any($4::int[]))
             offset 0) b
     )
     select key, ${FIGURES} from c group by key order by ${ORDER[by]}`,
    vnYearStart(year), vnYearStart(year + 1), `${year}-12-31`, unitIds,
  );
  return by === "channel" ? rows.map((r) => ({ ...r, key: Number(r.key) })) : rows;
}

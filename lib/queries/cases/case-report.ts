// `report cases --by level|unit|channel|field`: one year's figures per group, in one query.
// Finished cases count in the year they finished; open cases are those received by the end of
// the year and not finished by then.
import { caseScanQuery } from "./scan-query";
import { vnYearStart } from "../../cases/dates";
import { FIGURES, caseFlags, inPeriod, type CaseFigures } from "./case-sql";

export type CaseReportBy = "level" | "unit" | "channel" | "field";
export type CaseReportRow = { key: string | number } & CaseFigures;

// Cases are grouped by unit (or channel, or field) and flags first; the unit's level or code is
// joined to the few resulting rows only.
const INNER_KEY: Record<CaseReportBy, string> = {
  level: `r."unitId"`,
  unit: `r."unitId"`,
  channel: `r.channel::text`,
  field: `coalesce(r."procedureField", '')`,
};
const OUTER_KEY: Record<CaseReportBy, string> = {
  level: `u.level::text`,
  unit: `u.code`,
  channel: `g.k`,
  field: `g.k`,
};
const ORDER: Record<CaseReportBy, string> = {
  level: `array_position(array['tinh','huyen','xa'], u.level::text)`,
  unit: `1`,
  channel: `1`,
  field: `1`,
};

export async function caseReport(
  year: number,
  by: CaseReportBy,
  unitIds: number[] | null = null,
): Promise<CaseReportRow[]> {
  const join = by === "level" || by === "unit" ? `join "Unit" u on u.id = g.k` : "";
  const rows = await caseScanQuery<CaseReportRow>(
    `with g as (
       select ${INNER_KEY[by]} as k, ${caseFlags("$1::timestamptz", "$2::timestamptz", "$3::date")} as flags, count(*) as n
       from "CaseRecord" r
       where ${inPeriod("$1::timestamptz", "$2::timestamptz")} and ($4::int[] is null or r."unitId" = any($4::int[]))
       group by 1, 2
     )
     select ${OUTER_KEY[by]} as key, ${FIGURES} from g ${join} group by 1 order by ${ORDER[by]}`,
    vnYearStart(year),
    vnYearStart(year + 1),
    `${year}-12-31`,
    unitIds,
  );
  return by === "channel" ? rows.map((r) => ({ ...r, key: Number(r.key) })) : rows;
}

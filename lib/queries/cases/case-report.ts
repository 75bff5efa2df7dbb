// `report cases --by level|unit|channel|field`: one year's figures per group, in one query.
// Finished cases count in the year they finished; open cases are those received by the end of
// the year and not finished by then. Read from the case summaries (case-summary.ts), so the cost
// follows the number of units, fields and months, not of records; caseReportFromRecords is the
// same report scanned from the records, which the tests and the benchmark compare with it.
import { caseScanQuery, caseSummaryQuery } from "./scan-query";
import { cachedCaseFigures } from "./figure-cache";
import { FIGURES, caseFlags, inPeriod, type CaseFigures } from "./case-sql";
import { periodParams, periodRows, yearPeriod, type MonthPeriod, type SummaryKey } from "./case-summary";

export type CaseReportBy = "level" | "unit" | "channel" | "field";
export type CaseReportRow = { key: string | number } & CaseFigures;

// Rows are grouped by unit (or channel, or field) and flags first; the unit's level or code is
// joined to the few resulting rows only.
const SUMMARY_KEY: Record<CaseReportBy, SummaryKey> = {
  level: "unit",
  unit: "unit",
  channel: "channel",
  field: "field",
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
const joinUnit = (by: CaseReportBy) =>
  by === "level" || by === "unit" ? `join "Unit" u on u.id = g.k::int` : "";
const keyed = (by: CaseReportBy, rows: CaseReportRow[]) =>
  by === "channel" ? rows.map((r) => ({ ...r, key: Number(r.key) })) : rows;

/** The figures of a period of whole months (a year: yearPeriod, a month: monthsPeriod(y, m, 1)) per group. */
export async function casePeriodReport(
  p: MonthPeriod,
  by: CaseReportBy,
  unitIds: number[] | null = null,
): Promise<CaseReportRow[]> {
  return cachedCaseFigures(
    `report|${by}|${p.startMonth}|${p.endMonth}|${unitIds?.join(",") ?? "all"}`,
    async () => {
      const rows = await caseSummaryQuery<CaseReportRow>(
        `with g as (${periodRows(SUMMARY_KEY[by])})
       select ${OUTER_KEY[by]} as key, ${FIGURES} from g ${joinUnit(by)} group by 1 order by ${ORDER[by]}`,
        ...periodParams(p, unitIds),
      );
      return keyed(by, rows);
    },
  );
}

export async function caseReport(
  year: number,
  by: CaseReportBy,
  unitIds: number[] | null = null,
): Promise<CaseReportRow[]> {
  return casePeriodReport(yearPeriod(year), by, unitIds);
}

const INNER_KEY: Record<CaseReportBy, string> = {
  level: `r."unitId"`,
  unit: `r."unitId"`,
  channel: `r.channel::text`,
  field: `coalesce(r."procedureField", '')`,
};

/** The same figures scanned from the records (the reference for the summaries; the benchmark's "before"). */
export async function caseReportFromRecords(
  p: MonthPeriod,
  by: CaseReportBy,
  unitIds: number[] | null = null,
): Promise<CaseReportRow[]> {
  const rows = await caseScanQuery<CaseReportRow>(
    `with g as (
       select ${INNER_KEY[by]} as k, ${caseFlags("$1::timestamptz", "$2::timestamptz", "$3::date")} as flags, count(*) as n
       from "CaseRecord" r
       where ${inPeriod("$1::timestamptz", "$2::timestamptz")} and ($4::int[] is null or r."unitId" = any($4::int[]))
       group by 1, 2
     )
     select ${OUTER_KEY[by]} as key, ${FIGURES} from g ${joinUnit(by)} group by 1 order by ${ORDER[by]}`,
    p.start,
    p.end,
    p.lastDay,
    unitIds,
  );
  return keyed(by, rows);
}

// Reading the case summaries (lib/cases/case-summary-sql.ts) for a period of whole Vietnam months
// (a year, a month): the rows (key, flags, n) that case-sql.ts's FIGURES sums, exactly the rows a
// scan of the records groups by caseFlags (the integration test compares them after random imports).
//   finished in the period: "CaseFinishedSummary" by month finished, carried over when received
//     before the period began;
//   open at its end and finished since: "CaseOpenSummary" at its last month;
//   open at its end and not finished yet: the records themselves (few, indexed by "finishedAt").
import { COUNTED, caseFlags } from "./case-sql";
import { VN_OFFSET_MS } from "../../cases/dates";

/** A period of whole months: first month, the month after the last, and the instants and day of its ends. */
export type MonthPeriod = {
  startMonth: string;
  endMonth: string;
  lastMonth: string;
  start: Date;
  end: Date;
  lastDay: string;
};

const iso = (y: number, m: number) => new Date(Date.UTC(y, m - 1, 1)).toISOString().slice(0, 10);

export function monthsPeriod(year: number, month: number, months: number): MonthPeriod {
  const start = new Date(Date.UTC(year, month - 1, 1) - VN_OFFSET_MS);
  const end = new Date(Date.UTC(year, month - 1 + months, 1) - VN_OFFSET_MS);
  return {
    startMonth: iso(year, month),
    endMonth: iso(year, month + months),
    lastMonth: iso(year, month + months - 1),
    start,
    end,
    lastDay: new Date(Date.UTC(year, month - 1 + months, 0)).toISOString().slice(0, 10),
  };
}
export const yearPeriod = (year: number): MonthPeriod => monthsPeriod(year, 1, 12);

/** What the rows are grouped by: the unit (also for its level), the channel, the procedure's field. */
export type SummaryKey = "unit" | "channel" | "field";
const KEY: Record<SummaryKey, { summary: string; record: string }> = {
  unit: { summary: `"unitId"`, record: `r."unitId"` },
  channel: {
    summary: `(case when flags & 16 = 16 then 2 when flags & 256 = 256 then 3 else 1 end)::text`,
    record: `r.channel::text`,
  },
  field: { summary: `field`, record: `coalesce(r."procedureField", '')` },
};

/** Parameters of periodRows' SQL, in order. */
export const periodParams = (p: MonthPeriod, unitIds: number[] | null) => [
  p.startMonth,
  p.endMonth,
  p.lastMonth,
  p.start,
  p.end,
  p.lastDay,
  unitIds,
];

/** SQL of the rows (k, flags, n) for the period in $1…$7 (periodParams). */
export function periodRows(by: SummaryKey): string {
  const units = (c: string) => `($7::int[] is null or ${c} = any($7::int[]))`;
  return `
    select ${KEY[by].summary} as k, (1 | flags | (("receivedMonth" < $1::date)::int << 7)) as flags, sum(n) as n
    from "CaseFinishedSummary"
    where "finishMonth" >= $1::date and "finishMonth" < $2::date and ${units(`"unitId"`)}
    group by 1, 2
    union all
    select ${KEY[by].summary}, (flags | (("receivedMonth" < $1::date)::int << 7)), sum(n)
    from "CaseOpenSummary"
    where month = $3::date and ${units(`"unitId"`)}
    group by 1, 2
    union all
    select ${KEY[by].record}, ${caseFlags("$4::timestamptz", "$5::timestamptz", "$6::date")}, count(*)
    from "CaseRecord" r
    where r."finishedAt" is null and ${COUNTED} and r."receivedAt" < $5::timestamptz and ${units(`r."unitId"`)}
    group by 1, 2`;
}

// The figures the QĐ 766 indicators need (lib/cases/qd766.ts), per unit, for one period (a year or a
// month): case progress by the shared case rules, the facts of cases received or finished in the
// period, the procedure catalogue and the feedback (PAKN) records. Four aggregate queries.
import { proceduresInForce } from "../procedures/online-share";
import { db } from "../../db/client";
import { cachedCaseFigures } from "../cases/figure-cache";
import { EMPTY_FIGURES, type Qd766Figures } from "../../cases/qd766";
import { COUNTED, FIGURES } from "../cases/case-sql";
import { caseSummaryQuery } from "../cases/scan-query";
import { monthsPeriod, periodParams, periodRows, yearPeriod, type MonthPeriod } from "../cases/case-summary";

/** A year (month 0) or a month (1–12) of Vietnam time: the case summaries' period, with which it is. */
export type Qd766Period = MonthPeriod & { year: number; month: number };

export function qd766Period(year: number, month = 0): Qd766Period {
  return { ...(month ? monthsPeriod(year, month, 1) : yearPeriod(year)), year, month };
}

type Row = { unitId: number } & Record<string, number>;

/**
 * Figures per unit id (`null`: every unit with a record); units named without any record get empty
 * figures. Cached until records change (the facts query reads the period's cases). Read-only: the
 * same map is handed to every caller.
 */
export function qd766Figures(
  p: Qd766Period,
  unitIds: number[] | null,
): Promise<ReadonlyMap<number, Readonly<Qd766Figures>>> {
  return cachedCaseFigures(`qd766|${p.year}|${p.month}|${unitIds?.join(",") ?? "all"}`, () =>
    readQd766Figures(p, unitIds),
  );
}

async function readQd766Figures(
  p: Qd766Period,
  unitIds: number[] | null,
): Promise<Map<number, Qd766Figures>> {
  const out = new Map<number, Qd766Figures>((unitIds ?? []).map((id) => [id, { ...EMPTY_FIGURES }]));
  if (unitIds && !unitIds.length) return out;
  const [progress, facts, procedures, feedback, tracked] = await Promise.all([
    // case progress from the case summaries (lib/queries/cases/case-summary.ts), not the records
    caseSummaryQuery<Row>(
      `with g as (${periodRows("unit")}) select k::int as "unitId", ${FIGURES} from g group by k`,
      ...periodParams(p, unitIds),
    ),
    db().$queryRawUnsafe<Row[]>(
      `with r as (
         select r.*, (r."receivedAt" >= $1 and r."receivedAt" < $2) as rec, (${COUNTED}) as counted
         from "CaseRecord" r
         where ($3::int[] is null or r."unitId" = any($3::int[])) and ((r."receivedAt" >= $1 and r."receivedAt" < $2) or (r."finishedAt" >= $1 and r."finishedAt" < $2))
       )
       select "unitId",
         (count(*) filter (where rec and counted))::int as received,
         (count(*) filter (where rec and counted and channel = 2))::int as "receivedOnline",
         (count(*) filter (where rec and "syncedToNational" is not null))::int as "syncReported",
         (count(*) filter (where rec and "syncedToNational"))::int as synced,
         (count(*) filter (where rec and counted and "dossierDigitised" is not null))::int as "dossierReported",
         (count(*) filter (where rec and counted and "dossierDigitised" and "resultDigitised" is not false))::int as "dossierDigitised",
         (count(*) filter (where counted and "finishedAt" >= $1 and "finishedAt" < $2 and "resultDigitised" is not null))::int as "resultReported",
         (count(*) filter (where counted and "finishedAt" >= $1 and "finishedAt" < $2 and "resultDigitised"))::int as "resultDigitised",
         (count(*) filter (where rec and counted and "reusedData" is not null))::int as "reuseReported",
         (count(*) filter (where rec and counted and "reusedData"))::int as reused,
         (count(*) filter (where rec and counted and "paidOnline" is not null))::int as "feeCases",
         (count(*) filter (where rec and counted and "paidOnline"))::int as "paidOnline",
         (count(distinct "procedureCode") filter (where rec and counted and "paidOnline" is not null))::int as "feeProcedures",
         (count(distinct "procedureCode") filter (where rec and counted and "paidOnline"))::int as "feeProceduresPaidOnline"
       from r group by "unitId"`,
      p.start,
      p.end,
      unitIds,
    ),
    db().$queryRawUnsafe<Row[]>(
      `select p."unitId", count(*)::int as procedures,
              (count(*) filter (where p."onlineLevel" <> 'KHONG'))::int as "proceduresOnline",
              (count(*) filter (where p."onlineLevel" <> 'KHONG' and exists (
                 select 1 from "CaseRecord" c where c."unitId" = p."unitId" and c."procedureCode" = p.code and c.channel = 2
                   and c."receivedAt" >= $1 and c."receivedAt" < $2)))::int as "proceduresOnlineUsed"
       from ${proceduresInForce("$3", "$4")} p group by p."unitId"`,
      p.start,
      p.end,
      unitIds,
      p.year,
    ),
    db().$queryRawUnsafe<Row[]>(
      `select "unitId", count(*)::int as feedback,
              (count(*) filter (where ("resolvedAt" at time zone interval '+07:00')::date <= ("dueAt" at time zone interval '+07:00')::date))::int as "feedbackInTime"
       from "Feedback" where ($3::int[] is null or "unitId" = any($3::int[])) and "receivedAt" >= $1 and "receivedAt" < $2 group by "unitId"`,
      p.start,
      p.end,
      unitIds,
    ),
    // feedback is "not reported" until the province keeps PAKN records at all
    db().feedback.findFirst({ select: { id: true } }),
  ]);
  for (const rows of [progress, facts, procedures, feedback]) {
    for (const { unitId, ...values } of rows) {
      let f = out.get(unitId);
      if (!f) out.set(unitId, (f = { ...EMPTY_FIGURES }));
      for (const [k, v] of Object.entries(values))
        if (k in f && k !== "onTimeRate") (f as Record<string, unknown>)[k] = Number(v);
    }
  }
  for (const f of out.values()) f.feedbackTracked = tracked !== null;
  return out;
}

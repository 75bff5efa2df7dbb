// Citizen feedback (PAKN) received in a year per unit: resolved, resolved by the due day, open.
import { db } from "../../db/client";
import { vnYearStart } from "../../cases/dates";

export type FeedbackFigures = {
  unitId: number;
  unitCode: string;
  unitName: string;
  received: number;
  resolved: number;
  resolvedInTime: number;
  open: number;
  resolvedInTimeRate: number | null;
};

export async function feedbackFigures(year: number, unitIds: number[] | null): Promise<FeedbackFigures[]> {
  const day = (c: string) => `(${c} at time zone interval '+07:00')::date`;
  return db().$queryRawUnsafe<FeedbackFigures[]>(
    `select f."unitId", u.code as "unitCode", u.name as "unitName", count(*)::int as received,
            (count(*) filter (where f."resolvedAt" is not null))::int as resolved,
            (count(*) filter (where ${day(`f."resolvedAt"`)} <= ${day(`f."dueAt"`)}))::int as "resolvedInTime",
            (count(*) filter (where f."resolvedAt" is null))::int as open,
            round((count(*) filter (where ${day(`f."resolvedAt"`)} <= ${day(`f."dueAt"`)})) * 100.0 / nullif(count(*), 0), 2)::float8 as "resolvedInTimeRate"
     from "Feedback" f join "Unit" u on u.id = f."unitId"
     where f."receivedAt" >= $1 and f."receivedAt" < $2 and ($3::int[] is null or f."unitId" = any($3::int[]))
     group by f."unitId", u.code, u.name order by u.code`,
    vnYearStart(year),
    vnYearStart(year + 1),
    unitIds,
  );
}

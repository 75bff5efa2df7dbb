// Completion of the yearly reform plan per unit: done ÷ tasks, and done by the deadline ÷ tasks
// (a task done late counts as completed but not on time; seed 002). Overdue = not done, past deadline.
import { db } from "../../db/client";

export type PlanRates = {
  unitId: number;
  total: number;
  done: number;
  doneOnTime: number;
  overdue: number;
  provinceAssigned: number;
  provinceAssignedDone: number;
  /** tasks assigned by the province done by their deadline: "5 of 9 late" is 9 done, 4 on time (seed 002) */
  provinceAssignedOnTime: number;
  completionRate: number | null;
  onTimeRate: number | null;
};

export async function planRates(
  year: number,
  unitIds: number[] | null,
  today = new Date(),
): Promise<PlanRates[]> {
  return db().$queryRawUnsafe<PlanRates[]>(
    `select "unitId", count(*)::int as total,
            (count(*) filter (where status = 'DONE'))::int as done,
            (count(*) filter (where status = 'DONE' and "completedAt" <= deadline))::int as "doneOnTime",
            (count(*) filter (where status <> 'DONE' and deadline < $3::date))::int as overdue,
            (count(*) filter (where "assignedByProvince"))::int as "provinceAssigned",
            (count(*) filter (where "assignedByProvince" and status = 'DONE'))::int as "provinceAssignedDone",
            (count(*) filter (where "assignedByProvince" and status = 'DONE' and "completedAt" <= deadline))::int as "provinceAssignedOnTime",
            round((count(*) filter (where status = 'DONE')) * 100.0 / nullif(count(*), 0), 2)::float8 as "completionRate",
            round((count(*) filter (where status = 'DONE' and "completedAt" <= deadline)) * 100.0 / nullif(count(*), 0), 2)::float8 as "onTimeRate"
     from "PlanTask" where year = $1 and ($2::int[] is null or "unitId" = any($2::int[])) group by "unitId"`,
    year,
    unitIds,
    today.toISOString().slice(0, 10),
  );
}

// The shares of a unit's procedures offered as online public services: fully online (toàn trình)
// ÷ all, which the README and the province's target judge (issue 12: 18 full of 129 is 13,95 %),
// and full or partial ÷ all (18 + 40 of 129: 44,96 %), shown apart.
import { db } from "../../db/client";

export type ProcedureOnlineShare = {
  unitId: number;
  total: number;
  fullyOnline: number;
  partlyOnline: number;
  /** fully online ÷ all, % */
  onlineRate: number | null;
  /** fully or partly online ÷ all, % */
  anyOnlineRate: number | null;
};

export async function procedureOnlineShare(unitIds: number[] | null): Promise<ProcedureOnlineShare[]> {
  return db().$queryRawUnsafe<ProcedureOnlineShare[]>(
    `select "unitId", count(*)::int as total,
            (count(*) filter (where "onlineLevel" = 'TOAN_TRINH'))::int as "fullyOnline",
            (count(*) filter (where "onlineLevel" = 'MOT_PHAN'))::int as "partlyOnline",
            round((count(*) filter (where "onlineLevel" = 'TOAN_TRINH')) * 100.0 / nullif(count(*), 0), 2)::float8 as "onlineRate",
            round((count(*) filter (where "onlineLevel" <> 'KHONG')) * 100.0 / nullif(count(*), 0), 2)::float8 as "anyOnlineRate"
     from "Procedure" where ($1::int[] is null or "unitId" = any($1::int[])) group by "unitId"`,
    unitIds,
  );
}

/** One unit's procedures catalogue, by code. */
export async function unitProcedures(unitId: number) {
  return db().procedure.findMany({ where: { unitId }, orderBy: { code: "asc" } });
}

// The share of a unit's procedures offered as online public services (toàn trình + một phần).
import { db } from "../../db/client";

export type ProcedureOnlineShare = { unitId: number; total: number; fullyOnline: number; partlyOnline: number; onlineRate: number | null };

export async function procedureOnlineShare(unitIds: number[] | null): Promise<ProcedureOnlineShare[]> {
  return db().$queryRawUnsafe<ProcedureOnlineShare[]>(
    `select "unitId", count(*)::int as total,
            (count(*) filter (where "onlineLevel" = 'TOAN_TRINH'))::int as "fullyOnline",
            (count(*) filter (where "onlineLevel" = 'MOT_PHAN'))::int as "partlyOnline",
            round((count(*) filter (where "onlineLevel" <> 'KHONG')) * 100.0 / nullif(count(*), 0), 2)::float8 as "onlineRate"
     from "Procedure" where ($1::int[] is null or "unitId" = any($1::int[])) group by "unitId"`,
    unitIds,
  );
}

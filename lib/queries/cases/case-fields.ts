// The procedure fields present in a year's cases (for filters).
import { db } from "../../db/client";

export async function caseFields(unitIds: number[] | null): Promise<string[]> {
  const rows = await db().$queryRawUnsafe<{ f: string }[]>(
    `select distinct "procedureField" as f from "CaseRecord" where "procedureField" is not null and ($1::int[] is null or "unitId" = any($1::int[])) order by 1 limit 500`,
    unitIds,
  );
  return rows.map((r) => r.f);
}

// The procedure fields present in a year's cases (for filters).
import { db } from "../../db/client";
import { cachedCaseFigures } from "./figure-cache";

export async function caseFields(unitIds: number[] | null): Promise<string[]> {
  return cachedCaseFigures(`fields|${unitIds?.join(",") ?? "all"}`, () => readFields(unitIds));
}

async function readFields(unitIds: number[] | null): Promise<string[]> {
  const rows = await db().$queryRawUnsafe<{ f: string }[]>(
    // from the finished cases' summary and the cases not finished yet: no scan of the records
    `select f from (
       select distinct field as f from "CaseFinishedSummary" where field <> '' and ($1::int[] is null or "unitId" = any($1::int[]))
       union
       select distinct "procedureField" from "CaseRecord"
       where "finishedAt" is null and "procedureField" is not null and ($1::int[] is null or "unitId" = any($1::int[]))
     ) x order by 1 limit 500`,
    unitIds,
  );
  return rows.map((r) => r.f);
}

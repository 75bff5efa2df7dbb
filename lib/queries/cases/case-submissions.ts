// Cases received in a year by channel (the QĐ 766 online-submission share counts submissions).
import { caseScanQuery } from "./scan-query";
import { vnYearStart } from "../../cases/dates";

export type CaseSubmissions = { received: number; online: number };

export async function caseSubmissions(year: number, unitIds: number[] | null): Promise<CaseSubmissions> {
  const [row] = await caseScanQuery<CaseSubmissions>(
    `select count(*)::int as received, (count(*) filter (where channel = 2))::int as online
     from "CaseRecord" where "receivedAt" >= $1 and "receivedAt" < $2 and status in ('dang_xu_ly', 'da_xu_ly')
       and ($3::int[] is null or "unitId" = any($3::int[]))`,
    vnYearStart(year),
    vnYearStart(year + 1),
    unitIds,
  );
  return row ?? { received: 0, online: 0 };
}

// Late finished cases of a year, with their apology letter (none / sent / sent in time), filtered.
import { db } from "../../db/client";
import { cachedCaseFigures } from "./figure-cache";
import { vnYearStart } from "../../cases/dates";
import { COUNTED, DUE_DAY, FIN_DAY, LETTER_IN_TIME, OUTCOME } from "./case-sql";

export type LateCaseFilter = {
  year: number;
  unitIds: number[] | null;
  level?: "tinh" | "huyen" | "xa" | null;
  field?: string | null;
  channel?: 1 | 2 | 3 | null;
  apology?: "none" | "sent" | "inTime" | "notInTime" | null;
  limit?: number;
  offset?: number;
};

export type LateCase = {
  code: string;
  unitCode: string;
  unitName: string;
  procedureCode: string | null;
  procedureField: string | null;
  channel: number;
  receivedAt: Date;
  dueAt: Date;
  dueDay: Date;
  finishedAt: Date;
  supplementCount: number;
  daysLate: number;
  apologyLetterAt: Date | null;
  apologyInTime: boolean;
};

/** The page of the list: the records, newest first along the late-case index (its predicate is the list's own condition). */
export function latePageQuery(f: LateCaseFilter): [string, ...unknown[]] {
  return [
    `select r.code, u.code as "unitCode", u.name as "unitName", r."procedureCode", r."procedureField", r.channel::int as channel,
            r."receivedAt", r."dueAt", ${DUE_DAY} as "dueDay", r."finishedAt", r."supplementCount"::int as "supplementCount",
            greatest(0, ${FIN_DAY} - ${DUE_DAY})::int as "daysLate",
            r."apologyLetterAt", ${LETTER_IN_TIME} as "apologyInTime"
     from "CaseRecord" r join "Unit" u on u.id = r."unitId"
     where ${COUNTED} and r."finishedAt" >= $1 and r."finishedAt" < $2 and ${OUTCOME} > 0
       and ($3::int[] is null or r."unitId" = any($3::int[]))
       and ($4::text is null or u.level::text = $4) and ($5::text is null or r."procedureField" = $5)
       and ($6::int is null or r.channel = $6) ${f.apology ? `and ${APOLOGY[f.apology]}` : ""}
     order by r."finishedAt" desc, r.code limit ${safeCount(f.limit ?? 50, 1000)} offset ${safeCount(f.offset ?? 0, 100_000_000)}`,
    vnYearStart(f.year),
    vnYearStart(f.year + 1),
    ...filterParams(f),
  ];
}

const APOLOGY = {
  none: `r."apologyLetterAt" is null`,
  sent: `r."apologyLetterAt" is not null`,
  inTime: LETTER_IN_TIME,
  notInTime: `(r."apologyLetterAt" is not null and not ${LETTER_IN_TIME})`,
};

const filterParams = (f: LateCaseFilter) => [f.unitIds, f.level ?? null, f.field ?? null, f.channel ?? null];

export async function lateCases(f: LateCaseFilter): Promise<{ total: number; rows: LateCase[] }> {
  // the total from the finished cases' summary (late: outcome bits = 2; the letter bits 5 and 6),
  // cached until records change; the page from the records
  const letter = {
    none: `s.flags & 32 = 0`,
    sent: `s.flags & 32 = 32`,
    inTime: `s.flags & 64 = 64`,
    notInTime: `s.flags & 96 = 32`,
  };
  const channelBits = `(case when s.flags & 16 = 16 then 2 when s.flags & 256 = 256 then 3 else 1 end)`;
  const key = `late|${f.year}|${f.unitIds?.join(",") ?? "all"}|${f.level}|${f.field}|${f.channel}|${f.apology}`;
  const count = cachedCaseFigures(key, () =>
    db().$queryRawUnsafe<{ n: number }[]>(
      `select coalesce(sum(s.n), 0)::int as n from "CaseFinishedSummary" s join "Unit" u on u.id = s."unitId"
     where s."finishMonth" >= $1::date and s."finishMonth" < $2::date and s.flags & 6 = 4
       and ($3::int[] is null or s."unitId" = any($3::int[]))
       and ($4::text is null or u.level::text = $4) and ($5::text is null or s.field = $5)
       and ($6::int is null or ${channelBits} = $6) ${f.apology ? `and ${letter[f.apology]}` : ""}`,
      `${f.year}-01-01`,
      `${f.year + 1}-01-01`,
      ...filterParams(f),
    ),
  );
  const rows = await db().$queryRawUnsafe<LateCase[]>(...latePageQuery(f));
  return { total: (await count)[0]?.n ?? 0, rows };
}

/** limit and offset are written into the SQL text: only small non-negative integers get there */
const safeCount = (n: number, max: number) => (Number.isSafeInteger(n) && n > 0 ? Math.min(n, max) : 0);

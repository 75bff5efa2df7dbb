// The years that have case records (for the year picker), newest first.
import { db } from "../../db/client";

export async function caseYears(): Promise<number[]> {
  const [r] = await db().$queryRawUnsafe<{ lo: number | null; hi: number | null }[]>(
    `select extract(year from min("receivedAt") at time zone 'Asia/Ho_Chi_Minh')::int as lo,
            extract(year from greatest(max("finishedAt"), max("receivedAt")) at time zone 'Asia/Ho_Chi_Minh')::int as hi
     from "CaseRecord"`, // each of min/max reads one end of its index, not the table
  );
  if (!r?.lo || !r.hi) return [];
  return Array.from({ length: r.hi - r.lo + 1 }, (_, i) => r.hi! - i);
}

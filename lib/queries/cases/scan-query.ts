// Queries that scan a year of case records and group them into a few rows. PostgreSQL's default
// parallel costs price every row a worker hands back to the leader as if it were expensive, and it
// cannot estimate how few groups our packed flags form, so it scans a million-row table alone.
// For these queries only (SET LOCAL, in their own transaction) the costs are zeroed: measured on
// 1,000,000 cases (`npm run bench -- cases`, two cores), a year's report by level went from 301 to
// 234 ms and by unit from 293 to 242 ms. (The report by month gains nothing and runs as before.)
import { db } from "../../db/client";

export async function caseScanQuery<T>(sql: string, ...params: unknown[]): Promise<T[]> {
  const [, rows] = await db().$transaction([
    db().$queryRawUnsafe(
      `select set_config('parallel_setup_cost', '0', true), set_config('parallel_tuple_cost', '0', true)`,
    ),
    db().$queryRawUnsafe<T[]>(sql, ...params),
  ]);
  return rows;
}

/**
 * Queries of the case summaries: a few thousand rows, where starting parallel workers costs more than
 * it saves (measured on the demo: the report by channel 43 ms with two workers). Run without them.
 */
export async function caseSummaryQuery<T>(sql: string, ...params: unknown[]): Promise<T[]> {
  const [, rows] = await db().$transaction([
    db().$queryRawUnsafe(`select set_config('max_parallel_workers_per_gather', '0', true)`),
    db().$queryRawUnsafe<T[]>(sql, ...params),
  ]);
  return rows;
}

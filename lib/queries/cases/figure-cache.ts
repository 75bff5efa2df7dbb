// Figures from records change only when records are written (or a unit's level or lineage changes):
// they are cached in the process, keyed by the version of the records (raised by the case summaries'
// triggers, and by those on procedures, feedback and official QĐ 766 scores, in the same statement
// as every write, so any app server's import invalidates every server's cache at once) and by the time units were last changed. One small query reads both;
// a figure computed under an older version is never served. At most MAX_ENTRIES figures are kept.
import { cache as perRequest } from "react";
import { db } from "../../db/client";

const MAX_ENTRIES = 500;
const cache = new Map<string, Promise<unknown>>();
let enabled = true;

/** For the benchmark: measure the figures without the cache. */
export function setCaseFigureCache(on: boolean): void {
  enabled = on;
  cache.clear();
}

/** null when the version row is missing (a database emptied by hand): nothing is cached then */
async function dataStamp(): Promise<string | null> {
  const [row] = await db().$queryRawUnsafe<{ stamp: string | null }[]>(
    `select current_database() || '/' || (select version from "CaseDataVersion" where id = 1)::text || '/' ||
            coalesce((select max("updatedAt") from "Unit")::text, '') as stamp`,
  );
  return row?.stamp ?? null;
}

/** Read once per page (a unit profile asks for a figure per year); outside a page, every time. */
const requestStamp = perRequest(dataStamp);

export async function cachedCaseFigures<T>(key: string, compute: () => Promise<T>): Promise<T> {
  const stamp = enabled ? await requestStamp() : null;
  if (stamp === null) return compute();
  const full = `${stamp}|${key}`;
  const hit = cache.get(full) as Promise<T> | undefined;
  if (hit) {
    // most recently used last, so the oldest goes first when the cache is full
    cache.delete(full);
    cache.set(full, hit);
    return hit;
  }
  const value = compute();
  cache.set(full, value);
  value.catch(() => cache.delete(full));
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  return value;
}

// Case figures counted on today's structure (issue 11): per-unit rows of the recording units are
// added up under the unit that succeeds each of them on a day. Pure: rows and the mapping come in.
import type { CaseFigures } from "../queries/cases/case-sql";

export type UnitRow = { key: string | number } & CaseFigures;
/** where a recording unit's figures go: the successor's key, and whether the chain stopped at a divided unit */
export type FoldTarget = { key: string; split: boolean };

const rate = (part: number, whole: number) => (whole > 0 ? Math.round((part * 10000) / whole) / 100 : null);

/**
 * Adds up rows by target key, in the order targets are first met. Counts are summed (also counts
 * other queries add later); the on-time rate is recomputed from the sums; any other rate, which
 * cannot be added, is left null. Rows of a divided unit keep their key and are marked `split`.
 */
export function foldRows<R extends UnitRow>(
  rows: readonly R[],
  targetOf: (key: string) => FoldTarget,
): (R & { split?: true })[] {
  const out = new Map<string, R & { split?: true }>();
  for (const r of rows) {
    const t = targetOf(String(r.key));
    const had = out.get(t.key);
    if (!had) {
      out.set(t.key, { ...r, key: t.key, ...(t.split ? { split: true as const } : {}) });
      continue;
    }
    const sum = { ...had } as Record<string, unknown>;
    for (const [k, v] of Object.entries(r)) {
      if (k === "key" || typeof v !== "number") continue;
      sum[k] = k.endsWith("Rate") ? null : Number(had[k as keyof R] ?? 0) + v;
    }
    out.set(t.key, sum as R & { split?: true });
  }
  return [...out.values()].map((r) => ({ ...r, onTimeRate: rate(r.early + r.onTime, r.finished) }));
}

// A group's league table from a round result (published snapshot or live), plus the group average.
import { round2, type RoundResult } from "../scoring";
import type { FieldHead, RankingRow } from "./types";

export function rankingRows(result: RoundResult, group: string): RankingRow[] {
  return result.units
    .filter((u) => u.group === group)
    .map((u) => ({
      code: u.unit,
      name: u.name,
      rank: u.rank,
      index: u.index === null ? null : round2(u.index),
      achieved: round2(u.achieved),
      max: round2(u.max),
      classification: u.classification,
      indexChange: u.change?.index ?? null,
      rankChange: u.change?.rank ?? null,
      fields: Object.fromEntries(u.fields.map((f) => [f.code, f.index === null ? null : round2(f.index)])),
      provisional: u.provisional,
    }))
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.code.localeCompare(b.code));
}

export type GroupAverage = { index: number | null; fields: Record<string, number | null> };

const mean = (xs: (number | null)[]) => {
  const v = xs.filter((x): x is number => x !== null);
  return v.length ? round2(v.reduce((a, b) => a + b, 0) / v.length) : null;
};

/** Plain means of the published values of the units that have one. */
export function groupAverage(rows: RankingRow[], fields: FieldHead[]): GroupAverage {
  return {
    index: mean(rows.map((r) => r.index)),
    fields: Object.fromEntries(fields.map((f) => [f.code, mean(rows.map((r) => r.fields[f.code] ?? null))])),
  };
}

/** Units that share `rank` besides the unit itself. */
export function tiedWith(rows: { rank: number | null }[], rank: number | null): number {
  return rank === null ? 0 : rows.filter((r) => r.rank === rank).length - 1;
}

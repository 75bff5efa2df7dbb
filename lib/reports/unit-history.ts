// A unit's index and rank over the years, from its group's result of each year.
import { round2, type RoundResult } from "../scoring";

export type HistoryPoint = {
  year: number;
  index: number | null;
  rank: number | null;
  /** units of the group that have an index that year */
  groupSize: number;
  classification: string | null;
  provisional: boolean;
};

export function unitHistory(
  unitCode: string,
  years: { year: number; kind: "published" | "live"; result: RoundResult }[],
): HistoryPoint[] {
  const points: HistoryPoint[] = [];
  for (const y of [...years].sort((a, b) => a.year - b.year)) {
    const u = y.result.units.find((x) => x.unit === unitCode);
    if (!u) continue;
    points.push({
      year: y.year,
      index: u.index === null ? null : round2(u.index),
      rank: u.rank,
      groupSize: y.result.units.filter((x) => x.group === u.group && x.index !== null).length,
      classification: u.classification,
      provisional: y.kind === "live",
    });
  }
  return points;
}

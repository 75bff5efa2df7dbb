// "What if we fixed this?": for one unit, the index and rank it would have if one deficient leaf got
// full points while every other unit's result stays as it is.
import { round2 } from "./numbers";
import { rankAmong } from "./ranking";
import type { RoundResult } from "./types";
import { indexOf } from "./unit-score";

export type Fix = {
  code: string;
  name: string;
  lost: number;
  newIndex: number;
  indexGain: number;
  newRank: number;
  /** rank − newRank: how many places the unit would climb. */
  rankGain: number;
};

/** Fixes sorted by index gain (then code order of the deficiency list); throws for an unknown unit. */
export function topFixes(result: RoundResult, unitCode: string, limit = 5): Fix[] {
  const unit = result.units.find((u) => u.unit === unitCode);
  if (!unit) throw new Error(`không tìm thấy đơn vị "${unitCode}" trong kết quả chấm điểm`);
  if (unit.index === null || unit.rank === null) return [];
  const others = result.units
    .filter((u) => u.group === unit.group && u.unit !== unit.unit && u.index !== null)
    .map((u) => round2(u.index!));
  const fixes = unit.deficiencies.map((d): Fix => {
    const newIndex = indexOf(unit.achieved + d.lost, unit.max)!;
    const newRank = rankAmong(newIndex, others);
    return {
      code: d.code,
      name: d.name,
      lost: d.lost,
      newIndex,
      indexGain: newIndex - unit.index!,
      newRank,
      rankGain: unit.rank! - newRank,
    };
  });
  // Stable sort: equal gains keep the deficiency order (points lost, then code).
  return fixes
    .sort((a, b) => (Math.abs(b.indexGain - a.indexGain) > 1e-9 ? b.indexGain - a.indexGain : 0))
    .slice(0, Math.max(0, limit));
}

// Changes since last year's round. Differences are taken between published (2-decimal) values so
// that they match what a reader computes from the two published tables.
import { round2 } from "./numbers";
import type { PreviousRound, UnitChange, UnitResult } from "./types";

function diff(current: number | null, previous: number | null | undefined): number | null {
  if (current === null || previous === null || previous === undefined) return null;
  return round2(round2(current) - round2(previous));
}

type PreviousUnit = PreviousRound["units"][number];

export function changeSince(unit: UnitResult, before: PreviousUnit): UnitChange {
  const fieldsBefore = new Map(before.fields.map((f) => [f.code, f.index]));
  return {
    index: diff(unit.index, before.index),
    rank: unit.rank !== null && before.rank !== null ? before.rank - unit.rank : null,
    fields: unit.fields.map((f) => ({ code: f.code, index: diff(f.index, fieldsBefore.get(f.code)) })),
    ...(before.basis ? { basis: before.basis } : {}),
  };
}

// Ranks and classification use the published (2-decimal) index, so that what people read and the
// rank they see always agree.
import { round2 } from "./numbers";
import type { ClassificationBand } from "./types";

/**
 * Competition ranking ("1, 2, 2, 4"): a value's rank is 1 + how many values are strictly higher.
 * Null values (nothing applicable) get no rank.
 */
export function competitionRanks(values: (number | null)[]): (number | null)[] {
  const rounded = values.map((v) => (v === null ? null : round2(v)));
  const sorted = rounded.filter((v): v is number => v !== null).sort((a, b) => b - a);
  const firstPosition = new Map<number, number>();
  sorted.forEach((v, i) => {
    if (!firstPosition.has(v)) firstPosition.set(v, i + 1);
  });
  return rounded.map((v) => (v === null ? null : firstPosition.get(v)!));
}

/** The rank a value would get among the other units' published (already rounded) indices. */
export function rankAmong(value: number, publishedOthers: number[]): number {
  const v = round2(value);
  let higher = 0;
  for (const o of publishedOthers) if (o > v) higher++;
  return 1 + higher;
}

/** The band with the highest min not above the published index; a band applies from its min inclusive. */
export function classify(index: number | null, bands: ClassificationBand[]): string | null {
  if (index === null) return null;
  const published = round2(index);
  let best: ClassificationBand | undefined;
  for (const band of bands) {
    if (band.min <= published && (!best || band.min > best.min)) best = band;
  }
  return best ? best.label : null;
}

// A round's result: the published snapshot when there is one, otherwise computed now from the
// stored values (then provisional until appraised and published).
import { scoreRound, type PreviousRound, type RoundResult } from "../scoring";
import type { MetricValues } from "../queries/metrics";
import { loadRoundData, type RoundClient, type RoundData } from "./round-inputs";
import { latestSnapshot, type Snapshot } from "./snapshots";
import { previousRoundFor } from "./previous";

export type ComputedRound = { data: RoundData; result: RoundResult };

/** What a computation reads outside the round's own rows, when the caller has read it already. */
export type ReadBeforehand = { metrics: Map<number, MetricValues>; previous: PreviousRound | undefined };

export async function computeRoundResult(
  roundId: number,
  client?: RoundClient,
  beforehand?: ReadBeforehand,
): Promise<ComputedRound> {
  const data = await loadRoundData(roundId, {
    ...(client ? { client } : {}),
    ...(beforehand ? { metrics: beforehand.metrics } : {}),
  });
  const previous = beforehand ? beforehand.previous : await previousRoundFor(data.round.year, data.units);
  const result = scoreRound({
    set: data.set,
    units: data.units,
    inputs: data.inputs,
    ...(previous ? { previous } : {}),
  });
  return { data, result };
}

export type RoundView =
  | { kind: "published"; snapshot: Snapshot; result: RoundResult }
  | { kind: "live"; computed: ComputedRound; result: RoundResult };

export async function roundResult(roundId: number): Promise<RoundView> {
  const snapshot = await latestSnapshot(roundId);
  if (snapshot) return { kind: "published", snapshot, result: snapshot.results };
  const computed = await computeRoundResult(roundId);
  return { kind: "live", computed, result: computed.result };
}

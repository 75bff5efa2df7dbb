// Published results: frozen snapshots of a round's criteria, inputs and results. A correction
// after publication is a new version with a reason; every version stays readable.
import { db } from "../db/client";
import type { CriteriaSet, RoundInputs, RoundResult } from "../scoring";
import type { PublishedNotes } from "./published-notes";

export type Snapshot = {
  id: number;
  roundId: number;
  version: number;
  publishedAt: Date;
  publishedById: number;
  reason: string | null;
  criteria: CriteriaSet;
  inputs: SnapshotInputs;
  results: RoundResult;
};

/** `notes`: the appraisers' words as published (absent from snapshots made before they were frozen) */
export type SnapshotInputs = {
  values: RoundInputs;
  fromRecords: Record<string, string[]>;
  notes?: PublishedNotes;
};

function toSnapshot(row: {
  id: number;
  roundId: number;
  version: number;
  publishedAt: Date;
  publishedById: number;
  reason: string | null;
  criteria: unknown;
  inputs: unknown;
  results: unknown;
}): Snapshot {
  return {
    ...row,
    criteria: row.criteria as CriteriaSet,
    inputs: row.inputs as SnapshotInputs,
    results: row.results as RoundResult,
  };
}

/**
 * Published snapshots never change (a correction is a new row), so a snapshot read once is kept by
 * its id: a page asks only which version is the latest, not for its (large) JSON again. Correct
 * across processes and after a correction or a re-publication, which make a new id. Bounded.
 */
const byId = new Map<number, Snapshot>();
const KEPT = 64;

async function snapshotById(id: number): Promise<Snapshot | null> {
  const hit = byId.get(id);
  if (hit) {
    byId.delete(id);
    byId.set(id, hit);
    return hit;
  }
  const row = await db().resultSnapshot.findUnique({ where: { id } });
  if (!row) return null;
  // shared by every request from now on: frozen, so that a reader that would change it fails loudly
  const snapshot = deepFreeze(toSnapshot(row));
  byId.set(id, snapshot);
  if (byId.size > KEPT) byId.delete(byId.keys().next().value!);
  return snapshot;
}

export async function latestSnapshot(roundId: number): Promise<Snapshot | null> {
  const head = await db().resultSnapshot.findFirst({
    where: { roundId },
    orderBy: { version: "desc" },
    select: { id: true },
  });
  return head ? snapshotById(head.id) : null;
}

export async function snapshotVersions(roundId: number) {
  return db().resultSnapshot.findMany({
    where: { roundId },
    orderBy: { version: "desc" },
    select: { id: true, version: true, publishedAt: true, publishedById: true, reason: true },
  });
}

export async function snapshotVersion(roundId: number, version: number): Promise<Snapshot | null> {
  const row = await db().resultSnapshot.findUnique({ where: { roundId_version: { roundId, version } } });
  return row ? toSnapshot(row) : null;
}

/** The latest published result of a year and group, if that round was published. */
export async function publishedResult(
  year: number,
  group: string,
): Promise<{ roundId: number; snapshot: Snapshot } | null> {
  const round = await db().evaluationRound.findUnique({
    where: { year_group: { year, group } },
    select: { id: true },
  });
  if (!round) return null;
  const snapshot = await latestSnapshot(round.id);
  return snapshot ? { roundId: round.id, snapshot } : null;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

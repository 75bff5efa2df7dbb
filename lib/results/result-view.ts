import "server-only";
// The results pages' data: which rounds have results, and one round's result with what the detail
// needs beside it (criteria tree, inputs, which leaves came from records), published or live.
import { db } from "../db/client";
import type { CriteriaSet, RoundInputs, RoundResult } from "../scoring";
import { roundResult } from "./compute";

export type ResultRound = {
  id: number;
  year: number;
  group: string;
  name: string;
  status: string;
  published: boolean;
};

export async function resultRounds(): Promise<ResultRound[]> {
  const rounds = await db().evaluationRound.findMany({
    orderBy: [{ year: "desc" }, { group: "asc" }],
    select: {
      id: true,
      year: true,
      group: true,
      name: true,
      status: true,
      _count: { select: { snapshots: true } },
    },
  });
  return rounds.map(({ _count, ...r }) => ({ ...r, published: _count.snapshots > 0 }));
}

/** The round of a year and group; defaults: the latest year of the group (the user's group first). */
export function pickResultRound(
  rounds: ResultRound[],
  sp: { nam?: string; khoi?: string },
  preferredGroup: string | null,
): ResultRound | null {
  const groups = [...new Set(rounds.map((r) => r.group))];
  const group =
    sp.khoi && groups.includes(sp.khoi)
      ? sp.khoi
      : preferredGroup && groups.includes(preferredGroup)
        ? preferredGroup
        : groups.includes("SO")
          ? "SO"
          : groups[0];
  const ofGroup = rounds.filter((r) => r.group === group);
  return ofGroup.find((r) => String(r.year) === sp.nam) ?? ofGroup[0] ?? null;
}

export type RoundResultView = {
  round: { id: number; year: number; group: string; name: string; status: string };
  kind: "published" | "live";
  version: number | null;
  publishedAt: Date | null;
  set: CriteriaSet;
  result: RoundResult;
  inputs: RoundInputs;
  fromRecords: Record<string, string[]>;
};

export async function roundResultView(roundId: number): Promise<RoundResultView | null> {
  const round = await db().evaluationRound.findUnique({
    where: { id: roundId },
    select: { id: true, year: true, group: true, name: true, status: true },
  });
  if (!round) return null;
  const view = await roundResult(roundId);
  if (view.kind === "published") {
    const s = view.snapshot;
    return {
      round,
      kind: "published",
      version: s.version,
      publishedAt: s.publishedAt,
      set: s.criteria,
      result: s.results,
      inputs: s.inputs.values,
      fromRecords: s.inputs.fromRecords,
    };
  }
  const { data } = view.computed;
  return {
    round,
    kind: "live",
    version: null,
    publishedAt: null,
    set: data.set,
    result: view.result,
    inputs: data.inputs,
    fromRecords: data.fromRecords,
  };
}

/** Code and group of the unit a unit user belongs to. */
export async function ownUnit(unitId: number) {
  return db().unit.findUnique({ where: { id: unitId }, select: { id: true, code: true, group: true } });
}

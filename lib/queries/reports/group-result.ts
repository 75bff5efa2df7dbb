// One group's result for one year: the latest published snapshot, or, while the round is not
// published, the live result computed now from the stored values (provisional, "tạm tính").
// No "server-only" here: scripts/bench/pages.bench.ts calls the report queries outside Next.
import { db } from "../../db/client";
import { latestSnapshot } from "../../results/snapshots";
import { computeRoundResult } from "../../results/compute";
import { roundUnits } from "../../results/round-inputs";
import type { CriteriaSet, RoundResult } from "../../scoring";
import type { FieldHead } from "../../reports/types";

export type GroupResult = {
  roundId: number;
  year: number;
  group: string;
  status: string;
  kind: "published" | "live";
  version: number | null;
  publishedAt: Date | null;
  /** loaded from the previous software's published results: no criteria values behind it */
  imported: boolean;
  set: CriteriaSet;
  fields: FieldHead[];
  result: RoundResult;
};

/**
 * A round not published yet, before its result is computed (which reads every value and figure of
 * the group): the codes of the units it assesses, and how to compute it when it is shown.
 */
export type PendingResult = {
  year: number;
  group: string;
  kind: "pending";
  codes: string[];
  compute: () => Promise<GroupResult>;
};

export async function groupResult(year: number, group: string): Promise<GroupResult | null> {
  const r = await publishedResult(year, group);
  return r && (r.published ?? liveResult(r.base));
}

/** The published result, or a pending one that a caller computes only if it shows it. */
export async function publishedOrPending(
  year: number,
  group: string,
): Promise<GroupResult | PendingResult | null> {
  const r = await publishedResult(year, group);
  if (!r || r.published) return r?.published ?? null;
  const codes = (await roundUnits(r.round)).map((u) => u.code);
  return { year, group, kind: "pending", codes, compute: () => liveResult(r.base) };
}

/** The round and its latest published result (null while it is not published). */
async function publishedResult(year: number, group: string) {
  const round = await db().evaluationRound.findUnique({
    where: { year_group: { year, group } },
    select: { id: true, status: true, imported: true, year: true, group: true, referenceDate: true },
  });
  if (!round) return null;
  const base = { roundId: round.id, year, group, status: round.status, imported: round.imported };
  const snapshot = await latestSnapshot(round.id);
  const published: GroupResult | null = snapshot
    ? {
        ...base,
        kind: "published",
        version: snapshot.version,
        publishedAt: snapshot.publishedAt,
        set: snapshot.criteria,
        fields: fieldHeads(snapshot.criteria),
        result: snapshot.results,
      }
    : null;
  return { round, base, published };
}

async function liveResult(
  base: Pick<GroupResult, "roundId" | "year" | "group" | "status" | "imported">,
): Promise<GroupResult> {
  const { data, result } = await computeRoundResult(base.roundId);
  return {
    ...base,
    kind: "live",
    version: null,
    publishedAt: null,
    set: data.set,
    fields: fieldHeads(data.set),
    result,
  };
}

function fieldHeads(set: CriteriaSet): FieldHead[] {
  return set.fields.map((f) => ({ code: f.code, name: f.name }));
}

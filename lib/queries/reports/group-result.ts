// One group's result for one year: the latest published snapshot, or, while the round is not
// published, the live result computed now from the stored values (provisional, "tạm tính").
// No "server-only" here: scripts/bench/pages.bench.ts calls the report queries outside Next.
import { db } from "../../db/client";
import { latestSnapshot } from "../../results/snapshots";
import { computeRoundResult } from "../../results/compute";
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

export async function groupResult(year: number, group: string): Promise<GroupResult | null> {
  const round = await db().evaluationRound.findUnique({
    where: { year_group: { year, group } },
    select: { id: true, status: true, imported: true },
  });
  if (!round) return null;
  const base = { roundId: round.id, year, group, status: round.status, imported: round.imported };
  const snapshot = await latestSnapshot(round.id);
  if (snapshot) {
    return {
      ...base,
      kind: "published",
      version: snapshot.version,
      publishedAt: snapshot.publishedAt,
      set: snapshot.criteria,
      fields: fieldHeads(snapshot.criteria),
      result: snapshot.results,
    };
  }
  const { data, result } = await computeRoundResult(round.id);
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

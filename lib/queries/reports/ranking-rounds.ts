// The years and groups that have a round, for the pickers; the default is the latest published year.
import { db } from "../../db/client";

export type RankingRounds = {
  years: number[];
  groups: string[];
  published: { year: number; group: string }[];
  latestPublishedYear: number | null;
};

export async function rankingRounds(): Promise<RankingRounds> {
  const rounds = await db().evaluationRound.findMany({
    select: { year: true, group: true, _count: { select: { snapshots: true } } },
    orderBy: [{ year: "desc" }, { group: "asc" }],
  });
  const published = rounds
    .filter((r) => r._count.snapshots > 0)
    .map((r) => ({ year: r.year, group: r.group }));
  return {
    years: [...new Set(rounds.map((r) => r.year))],
    groups: [...new Set(rounds.map((r) => r.group))],
    published,
    latestPublishedYear: published[0]?.year ?? rounds[0]?.year ?? null,
  };
}

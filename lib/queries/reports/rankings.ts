// The rankings page's data: a group's league table for a year with the group average.
import { groupResult } from "./group-result";
import { groupAverage, rankingRows, type GroupAverage } from "../../reports/ranking-rows";
import type { ClassificationBand } from "../../scoring";
import type { FieldHead, RankingRow } from "../../reports/types";

export type RankingData = {
  year: number;
  group: string;
  status: string;
  /** live = computed now from unpublished values: "tạm tính" */
  kind: "published" | "live";
  version: number | null;
  publishedAt: Date | null;
  imported: boolean;
  fields: FieldHead[];
  bands: ClassificationBand[];
  rows: RankingRow[];
  average: GroupAverage;
};

export async function rankingData(year: number, group: string): Promise<RankingData | null> {
  const g = await groupResult(year, group);
  if (!g) return null;
  const rows = rankingRows(g.result, group);
  return {
    year,
    group,
    status: g.status,
    kind: g.kind,
    version: g.version,
    publishedAt: g.publishedAt,
    imported: g.imported,
    fields: g.fields,
    bands: [...g.set.classification].sort((a, b) => b.min - a.min),
    rows,
    average: groupAverage(rows, g.fields),
  };
}

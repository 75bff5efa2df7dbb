// Province-wide figures from the groups' league tables of one year (pure).
import { TONES } from "./colour-scale";
import type { ClassificationBand } from "../scoring";
import type { RankingRow } from "./types";

type Table = {
  group: string;
  rows: RankingRow[];
  bands: ClassificationBand[];
  average: { index: number | null };
};

export type Mover = {
  code: string;
  name: string;
  group: string;
  index: number | null;
  indexChange: number;
  rankChange: number | null;
};

export type ProvinceFigures = {
  groups: {
    group: string;
    units: number;
    average: number | null;
    bands: ClassificationBand[];
    byClassification: { label: string; count: number }[];
  }[];
  risers: Mover[];
  fallers: Mover[];
  /** units per index step of the colour scale (≥ 90, 80–90, …), all groups together */
  indexBands: { label: string; min: number; count: number }[];
};

export function provinceFigures(tables: Table[], limit = 5): ProvinceFigures {
  const movers: Mover[] = tables.flatMap((t) =>
    t.rows
      .filter((r) => r.indexChange !== null)
      .map((r) => ({
        code: r.code,
        name: r.name,
        group: t.group,
        index: r.index,
        indexChange: r.indexChange!,
        rankChange: r.rankChange,
      })),
  );
  const all = tables.flatMap((t) => t.rows).filter((r) => r.index !== null);
  return {
    groups: tables.map((t) => ({
      group: t.group,
      units: t.rows.filter((r) => r.index !== null).length,
      average: t.average.index,
      bands: t.bands,
      byClassification: t.bands.map((b) => ({
        label: b.label,
        count: t.rows.filter((r) => r.classification === b.label).length,
      })),
    })),
    risers: movers
      .filter((m) => m.indexChange > 0)
      .sort((a, b) => b.indexChange - a.indexChange || a.name.localeCompare(b.name, "vi"))
      .slice(0, limit),
    fallers: movers
      .filter((m) => m.indexChange < 0)
      .sort((a, b) => a.indexChange - b.indexChange || a.name.localeCompare(b.name, "vi"))
      .slice(0, limit),
    indexBands: TONES.map((t, i) => ({
      label: t.tone.label,
      min: t.min,
      count: all.filter((r) => r.index! >= t.min && (i === 0 || r.index! < TONES[i - 1]!.min)).length,
    })),
  };
}

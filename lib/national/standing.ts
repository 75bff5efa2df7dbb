// The province's standing in the national indices, from its stored results: each index's yearly
// trend of score and rank, and the fields that lost most points in each index's latest year, with
// the change since the year before and the department that leads the field. Pure.
import { NATIONAL_INDICES, NATIONAL_INDEX_KEYS, fieldName, type NationalIndexKey } from "./indices";

export type StoredResult = {
  index: string;
  year: number;
  month: number;
  score: number;
  rank: number | null;
  outOf: number | null;
  source: string;
  fields: { code: string; score: number; max: number }[];
};
export type Lead = { index: string; fieldCode: string; unitCode: string; unitName: string };

export type TrendPoint = {
  year: number;
  score: number;
  rank: number | null;
  outOf: number | null;
  scoreChange: number | null;
  rankChange: number | null;
};
export type IndexTrend = {
  index: NationalIndexKey;
  label: string;
  short: string;
  unit: string;
  points: TrendPoint[];
};
export type FieldLoss = {
  index: NationalIndexKey;
  indexShort: string;
  year: number;
  fieldCode: string;
  fieldName: string;
  score: number;
  max: number;
  lost: number;
  change: number | null;
  lead: { code: string; name: string } | null;
};

const round2 = (n: number) => Math.round(n * 100) / 100;

export function indexTrends(results: readonly StoredResult[]): IndexTrend[] {
  return NATIONAL_INDEX_KEYS.flatMap((key) => {
    const years = results.filter((r) => r.index === key && r.month === 0).sort((a, b) => a.year - b.year);
    if (!years.length) return [];
    const info = NATIONAL_INDICES[key];
    const points = years.map((r, i) => {
      const prev = years[i - 1]?.year === r.year - 1 ? years[i - 1]! : null;
      return {
        year: r.year,
        score: r.score,
        rank: r.rank,
        outOf: r.outOf,
        scoreChange: prev ? round2(r.score - prev.score) : null,
        // positive = moved up (a smaller rank number)
        rankChange: prev && prev.rank !== null && r.rank !== null ? prev.rank - r.rank : null,
      };
    });
    return [{ index: key, label: info.label, short: info.short, unit: info.unit, points }];
  });
}

/** The fields of each index's latest year, most points lost first (`limit` in all). */
export function fieldLosses(
  results: readonly StoredResult[],
  leads: readonly Lead[],
  limit = 10,
): FieldLoss[] {
  const out: FieldLoss[] = [];
  for (const key of NATIONAL_INDEX_KEYS) {
    const years = results
      .filter((r) => r.index === key && r.month === 0 && r.fields.length)
      .sort((a, b) => b.year - a.year);
    const latest = years[0];
    if (!latest) continue;
    const before = years.find((r) => r.year === latest.year - 1);
    for (const f of latest.fields) {
      const prev = before?.fields.find((p) => p.code === f.code);
      const lead = leads.find((l) => l.index === key && l.fieldCode === f.code);
      out.push({
        index: key,
        indexShort: NATIONAL_INDICES[key].short,
        year: latest.year,
        fieldCode: f.code,
        fieldName: fieldName(key, f.code),
        score: f.score,
        max: f.max,
        lost: round2(f.max - f.score),
        change: prev ? round2(f.score - prev.score) : null,
        lead: lead ? { code: lead.unitCode, name: lead.unitName } : null,
      });
    }
  }
  // points lost relative to the field's size, so that an 8-point field and a 100 % component compare
  return out
    .filter((f) => f.lost > 0)
    .sort((a, b) => b.lost / b.max - a.lost / a.max || b.lost - a.lost)
    .slice(0, limit);
}

/** The fields a department leads, with their latest result and the change since the year before. */
export function fieldsLedBy(
  unitCode: string,
  results: readonly StoredResult[],
  leads: readonly Lead[],
): (Omit<FieldLoss, "lead" | "year" | "score" | "max" | "lost"> & {
  year: number | null;
  score: number | null;
  max: number | null;
  lost: number | null;
})[] {
  return leads
    .filter((l) => l.unitCode === unitCode)
    .map((l) => {
      const key = l.index as NationalIndexKey;
      const years = results
        .filter((r) => r.index === key && r.month === 0 && r.fields.some((f) => f.code === l.fieldCode))
        .sort((a, b) => b.year - a.year);
      const latest = years[0];
      const f = latest?.fields.find((x) => x.code === l.fieldCode);
      const prev = latest
        ? years.find((r) => r.year === latest.year - 1)?.fields.find((x) => x.code === l.fieldCode)
        : undefined;
      return {
        index: key,
        indexShort: NATIONAL_INDICES[key]?.short ?? key,
        fieldCode: l.fieldCode,
        fieldName: fieldName(key, l.fieldCode),
        year: latest?.year ?? null,
        score: f?.score ?? null,
        max: f?.max ?? null,
        lost: f ? round2(f.max - f.score) : null,
        change: f && prev ? round2(f.score - prev.score) : null,
      };
    });
}

/** "55/63", or "—" without a rank */
export const rankText = (rank: number | null, outOf: number | null) =>
  rank === null ? "—" : `${rank}/${outOf ?? "—"}`;
/** a rank change in words: up is a smaller number */
export const rankMove = (n: number | null) =>
  n === null ? "—" : n > 0 ? `tăng ${n} bậc` : n < 0 ? `giảm ${-n} bậc` : "giữ nguyên";

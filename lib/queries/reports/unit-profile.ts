// The unit profile's data: the unit's result in a year against its group, its history, the
// deficiencies and the fixes that would gain most, figures from records and remediation progress.
import { db } from "../../db/client";
import { publishedOrPending, type GroupResult, type PendingResult } from "./group-result";
import { unitRecords, type UnitRecords } from "./unit-records";
import { remediationStatus, type RemediationStatusCounts } from "./remediation-status";
import { groupAverage, rankingRows, tiedWith } from "../../reports/ranking-rows";
import { unitHistory, type HistoryPoint } from "../../reports/unit-history";
import { yearSummary } from "../../reports/summary-sentence";
import { groupLabel } from "../../labels";
import {
  round2,
  topFixes,
  type ClassificationBand,
  type ComparisonBasis,
  type Deficiency,
  type Fix,
} from "../../scoring";
import { ancestorsOf, renamedFrom, LINEAGE_KIND_LABEL, type LineageKind } from "../../units/lineage";
import { pageLineageEdges } from "../../units/lineage-store";

export type ProfileField = {
  code: string;
  name: string;
  achieved: number;
  max: number;
  index: number | null;
  groupAverage: number | null;
  /** component-index change against last year */
  indexChange: number | null;
  /** achieved-points change against last year */
  pointsChange: number | null;
};

export type UnitYear = {
  year: number;
  kind: "published" | "live";
  version: number | null;
  publishedAt: Date | null;
  imported: boolean;
  index: number | null;
  achieved: number;
  max: number;
  rank: number | null;
  groupSize: number;
  tiedWith: number;
  classification: string | null;
  groupAverageIndex: number | null;
  bands: ClassificationBand[];
  indexChange: number | null;
  rankChange: number | null;
  /** the predecessors the change is taken against, when the unit was formed or enlarged that year */
  basis: ComparisonBasis[] | null;
  fields: ProfileField[];
  deficiencies: Deficiency[];
  fixes: Fix[];
  summary: string;
};

/** A unit whose records passed to this one in a reorganisation, with its own published results. */
export type Predecessor = {
  code: string;
  name: string;
  kind: string;
  date: string;
  share: number | null;
  history: HistoryPoint[];
};

export type UnitProfileData = {
  unit: { id: number; code: string; name: string; group: string };
  years: number[];
  current: UnitYear | null;
  /** the unit's own results, under its earlier codes too (a renamed unit keeps its history) */
  history: HistoryPoint[];
  predecessors: Predecessor[];
  records: UnitRecords;
  remediation: RemediationStatusCounts;
};

type ProfileUnit = { id: number; code: string; name: string; group: string };

/**
 * Rounds of the unit's group, and published rounds of any group that hold one of `codes`: a unit
 * moved to another group, or a predecessor ranked elsewhere, keeps its published results.
 */
async function roundsHolding(group: string, codes: string[]): Promise<{ year: number; group: string }[]> {
  return db().$queryRawUnsafe<{ year: number; group: string }[]>(
    `select distinct r.year, r."group" from "EvaluationRound" r
     where r."group" = $1 or exists (
       select 1 from "ResultSnapshot" s where s."roundId" = r.id and s."unitCodes" ?| $2::text[])
     order by r.year, r."group"`,
    group,
    codes,
  );
}

export async function unitProfileData(
  unit: ProfileUnit,
  requestedYear?: number | null,
): Promise<UnitProfileData> {
  const edges = await pageLineageEdges();
  const earlier = renamedFrom(unit.id, edges);
  const ancestors = ancestorsOf(unit.id, edges).filter((id) => !earlier.includes(id));
  const related = await db().unit.findMany({
    where: { id: { in: [...earlier, ...ancestors] } },
    select: { id: true, code: true, name: true },
  });
  const codeOf = new Map(related.map((u) => [u.id, u.code]));
  const ownCodes = [unit.code, ...earlier.map((id) => codeOf.get(id)!)];
  const rounds = await roundsHolding(unit.group, [...ownCodes, ...ancestors.map((id) => codeOf.get(id)!)]);
  const entries = (await Promise.all(rounds.map((r) => publishedOrPending(r.year, r.group)))).filter(
    (g): g is GroupResult | PendingResult => g !== null,
  );
  const inEntry = (code: string) => (g: GroupResult | PendingResult) =>
    g.kind === "pending" ? g.codes.includes(code) : g.result.units.some((u) => u.unit === code);
  const withUnit = entries.filter(inEntry(unit.code));
  const years = withUnit.map((g) => g.year);
  const fallback =
    [...withUnit].reverse().find((g) => g.kind === "published") ?? withUnit[withUnit.length - 1];
  const chosen = withUnit.find((g) => g.year === requestedYear) ?? fallback ?? null;
  // An unpublished round's result is computed only when the profile shows it (the chosen year and
  // the history up to it): a profile opened on a published year does not score the open round.
  const loaded = (
    await Promise.all(
      entries.map((g) => (g.kind !== "pending" ? g : !chosen || g.year <= chosen.year ? g.compute() : null)),
    )
  ).filter((g): g is GroupResult => g !== null);
  const holds = (code: string) => (g: GroupResult) => g.result.units.some((u) => u.unit === code);
  const selected = chosen ? loaded.find((g) => g.year === chosen.year && g.group === chosen.group)! : null;
  const recordYears = years.length ? years : [requestedYear ?? new Date().getFullYear()];
  const [records, remediation] = await Promise.all([
    unitRecords(unit.id, recordYears, selected?.year ?? recordYears[recordYears.length - 1]!),
    remediationStatus(unit.id, selected?.year ?? null),
  ]);
  return {
    unit,
    years,
    current: selected
      ? unitYear(
          unit,
          selected,
          loaded.find((g) => g.year === selected.year - 1 && holds(unit.code)(g)) ?? null,
        )
      : null,
    // a year's report shows the years up to it, not later (possibly provisional) ones
    history: ownCodes
      .flatMap((code) =>
        unitHistory(
          code,
          loaded.filter(holds(code)).filter((g) => !selected || g.year <= selected.year),
        ),
      )
      .sort((a, b) => a.year - b.year),
    predecessors: ancestors
      .map((id) => {
        const e = edges.find((x) => x.from === id && (x.to === unit.id || ancestors.includes(x.to)))!;
        const code = codeOf.get(id)!;
        return {
          code,
          name: related.find((u) => u.id === id)!.name,
          kind: LINEAGE_KIND_LABEL[e.kind as LineageKind],
          date: e.date,
          share: e.share,
          history: unitHistory(code, loaded.filter((g) => g.kind === "published").filter(holds(code))),
        };
      })
      .sort((a, b) => a.name.localeCompare(b.name, "vi")),
    records,
    remediation,
  };
}

function unitYear(unit: ProfileUnit, g: GroupResult, previous: GroupResult | null): UnitYear {
  const u = g.result.units.find((x) => x.unit === unit.code)!;
  const rows = rankingRows(g.result, unit.group);
  const avg = groupAverage(rows, g.fields);
  const before = previous?.result.units.find((x) => x.unit === unit.code) ?? null;
  const changeOf = new Map((u.change?.fields ?? []).map((f) => [f.code, f.index]));
  const fields: ProfileField[] = u.fields.map((f) => {
    const prevField = before?.fields.find((p) => p.code === f.code);
    return {
      code: f.code,
      name: f.name,
      achieved: round2(f.achieved),
      max: round2(f.max),
      index: f.index === null ? null : round2(f.index),
      groupAverage: avg.fields[f.code] ?? null,
      indexChange: changeOf.get(f.code) ?? null,
      pointsChange: prevField ? round2(round2(f.achieved) - round2(prevField.achieved)) : null,
    };
  });
  const groupSize = rows.filter((r) => r.index !== null).length;
  const index = u.index === null ? null : round2(u.index);
  const tied = tiedWith(rows, u.rank);
  const deficiencies = [...u.deficiencies].sort(
    (a, b) => b.lost - a.lost || a.code.localeCompare(b.code, "vi", { numeric: true }),
  );
  const basis = u.change?.basis ?? null;
  const basisIndex = basis ? weightedBasis(basis) : null;
  const summary = yearSummary({
    year: g.year,
    index,
    provisional: g.kind === "live",
    previous: basis
      ? basisIndex === null
        ? null
        : { year: g.year - 1, index: round2(basisIndex) }
      : previous && before
        ? { year: previous.year, index: before.index === null ? null : round2(before.index) }
        : null,
    rank: u.rank,
    groupSize,
    tiedWith: tied,
    groupLabel: groupLabel(unit.group),
    classification: u.classification,
    fieldsAtMax: fields.filter((f) => f.max > 0 && f.achieved >= f.max).length,
    fieldCount: fields.filter((f) => f.max > 0).length,
    fieldMoves: fields.map((f) => ({ name: f.name, change: f.indexChange })),
  });
  return {
    year: g.year,
    kind: g.kind,
    version: g.version,
    publishedAt: g.publishedAt,
    imported: g.imported,
    index,
    achieved: round2(u.achieved),
    max: round2(u.max),
    rank: u.rank,
    groupSize,
    tiedWith: tied,
    classification: u.classification,
    groupAverageIndex: avg.index,
    bands: [...g.set.classification].sort((a, b) => b.min - a.min),
    indexChange: u.change?.index ?? null,
    rankChange: u.change?.rank ?? null,
    basis,
    fields,
    deficiencies,
    fixes: topFixes(g.result, unit.code, 5),
    summary,
  };
}

function weightedBasis(basis: ComparisonBasis[]): number | null {
  const known = basis.filter((b) => b.index !== null);
  const w = known.reduce((s, b) => s + b.weight, 0);
  return w > 0 ? known.reduce((s, b) => s + b.weight * b.index!, 0) / w : null;
}

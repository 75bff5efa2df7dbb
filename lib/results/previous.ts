// Last year's results as the engine's `previous`, for the units of a round, following the 2025
// reorganisation: a unit untouched is compared with its own result; a renamed unit with its old
// code's (rank included: the same unit); a unit formed or enlarged that year with its predecessors'
// indices weighted by their shares (lib/units/lineage.ts comparisonBasis), listed beside the
// figure, and no rank change (a different field of units). Previous results of every group are
// read: a predecessor may have been ranked in another group.
import { db } from "../db/client";
import { comparisonBasis, sameField, weightedIndex, type BasisUnit } from "../units/lineage";
import { pageLineageEdges } from "../units/lineage-store";
import type { ComparisonBasis, PreviousRound } from "../scoring";
import { latestSnapshot } from "./snapshots";

type PreviousUnit = PreviousRound["units"][number];
type Unit = { id: number; code: string };

/** Published results of a year, every group, by unit code. */
export async function publishedUnitsOfYear(
  year: number,
): Promise<Map<string, PreviousUnit & { name: string }>> {
  const rounds = await db().evaluationRound.findMany({ where: { year }, select: { id: true } });
  const out = new Map<string, PreviousUnit & { name: string }>();
  for (const r of rounds) {
    const snapshot = await latestSnapshot(r.id);
    for (const u of snapshot?.results.units ?? []) {
      out.set(u.unit, {
        unit: u.unit,
        name: u.name,
        index: u.index,
        rank: u.rank,
        fields: u.fields.map((f) => ({ code: f.code, index: f.index })),
      });
    }
  }
  return out;
}

export async function previousRoundFor(
  year: number,
  units: readonly Unit[],
): Promise<PreviousRound | undefined> {
  const [before, edges, all] = await Promise.all([
    publishedUnitsOfYear(year - 1),
    pageLineageEdges(),
    db().unit.findMany({ select: { id: true, code: true, name: true, validFrom: true } }),
  ]);
  if (!before.size) return undefined;
  const byId = new Map(all.map((u) => [u.id, u]));
  const firstDay = new Date(`${year}-01-01T00:00:00Z`);
  const existedBefore = (id: number) => {
    const v = byId.get(id)?.validFrom;
    return !v || v < firstDay;
  };
  const out: PreviousUnit[] = [];
  for (const unit of units) {
    const basis = comparisonBasis(unit.id, year, edges, existedBefore);
    const own = before.get(unit.code);
    if (basis.length === 1 && basis[0]!.unit === unit.id) {
      if (own) out.push(own);
      continue;
    }
    const codeOf = (b: BasisUnit) => byId.get(b.unit)?.code ?? "";
    const listed: ComparisonBasis[] = basis.map((b) => ({
      unit: codeOf(b),
      name: byId.get(b.unit)?.name ?? "",
      index: before.get(codeOf(b))?.index ?? null,
      weight: b.weight,
    }));
    if (sameField(unit.id, basis)) {
      const old = before.get(codeOf(basis[0]!));
      if (old) out.push({ ...old, unit: unit.code, basis: listed });
      continue;
    }
    const index = weightedIndex(basis, (id) => before.get(byId.get(id)?.code ?? "")?.index);
    const fieldCodes = [
      ...new Set(basis.flatMap((b) => before.get(codeOf(b))?.fields.map((f) => f.code) ?? [])),
    ];
    const fields = fieldCodes.map((code) => ({
      code,
      index: weightedIndex(
        basis,
        (id) => before.get(byId.get(id)?.code ?? "")?.fields.find((f) => f.code === code)?.index,
      ),
    }));
    out.push({ unit: unit.code, index, rank: null, fields, basis: listed });
  }
  return { units: out };
}

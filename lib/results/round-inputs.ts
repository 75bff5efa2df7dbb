// Everything the scoring engine needs for one round, read from the database: the criteria set,
// the units of the round's group, their self/appraised values and not-applicable flags, survey
// results, and the inputs of `metric` leaves computed from records (cases, procedures, plan tasks).
import { db, type Db } from "../db/client";
import { loadCriteriaSet } from "../criteria/store";
import { metricInputs, type MetricKey, type MetricValues } from "../queries/metrics";
import { leavesOf, type CriteriaSet, type RoundInputs, type ScoringUnit, type UnitType } from "../scoring";

export type RoundData = {
  round: { id: number; year: number; group: string; name: string; status: string; criteriaSetId: number };
  set: CriteriaSet & { id: number; version: number };
  units: (ScoringUnit & { id: number })[];
  inputs: RoundInputs;
  /** leaf codes whose value came from records, per unit code */
  fromRecords: Record<string, string[]>;
};

export type RoundClient = Pick<
  Db,
  "evaluationRound" | "criteriaSet" | "criteriaNode" | "unit" | "assessmentValue" | "surveyResult"
>;

export type RoundScope = { group: string; year: number; referenceDate: Date | null };

/** The day whose units a round assesses: its reference date, by default 31/12 of its year. */
export const referenceDay = (round: Pick<RoundScope, "year" | "referenceDate">): Date =>
  round.referenceDate ?? new Date(`${round.year}-12-31T00:00:00Z`);

/** Prisma filter: units (of a group, when given) that exist on a day (after the 2025 reorganisation, not the dissolved ones). */
export const validOn = (group: string | undefined, day: Date) => ({
  ...(group === undefined ? {} : { group }),
  OR: [{ validTo: null }, { validTo: { gte: day } }],
  AND: [{ OR: [{ validFrom: null }, { validFrom: { lte: day } }] }],
});

/** True when a unit exists on the round's reference day. */
export function validForRound(
  unit: { validFrom: Date | null; validTo: Date | null },
  round: Pick<RoundScope, "year" | "referenceDate">,
): boolean {
  const day = referenceDay(round);
  return (!unit.validFrom || unit.validFrom <= day) && (!unit.validTo || unit.validTo >= day);
}

/** Units that take part: the round's group, valid on the round's reference day. */
export async function roundUnits(round: RoundScope, client: Pick<Db, "unit"> = db()) {
  return client.unit.findMany({
    where: validOn(round.group, referenceDay(round)),
    orderBy: { code: "asc" },
    select: { id: true, code: true, name: true, type: true, group: true },
  });
}

/**
 * `client`: the publishing transaction reads the round's own rows through it; figures from records
 * use their own connections, or are given already read (`metrics`, per unit id).
 */
export async function loadRoundData(
  roundId: number,
  opts: { unitIds?: number[]; client?: RoundClient; metrics?: Map<number, MetricValues> } = {},
): Promise<RoundData> {
  const client = opts.client ?? db();
  const round = await client.evaluationRound.findUniqueOrThrow({ where: { id: roundId } });
  const set = (await loadCriteriaSet(round.criteriaSetId, client)) as unknown as CriteriaSet & {
    id: number;
    version: number;
  };
  let units = await roundUnits(round, client);
  if (opts.unitIds) units = units.filter((u) => opts.unitIds!.includes(u.id));
  const unitIds = units.map((u) => u.id);
  const [values, surveys, nodes, metrics] = await Promise.all([
    client.assessmentValue.findMany({
      where: { roundId, unitId: { in: unitIds } },
      select: { unitId: true, nodeId: true, selfValue: true, appraisedValue: true, notApplicable: true },
    }),
    client.surveyResult.findMany({
      where: { roundId, unitId: { in: unitIds } },
      select: { unitId: true, nodeId: true, percentage: true },
    }),
    client.criteriaNode.findMany({ where: { setId: round.criteriaSetId }, select: { id: true, code: true } }),
    opts.metrics ?? metricInputs(round.year, unitIds),
  ]);
  const codeOfNode = new Map(nodes.map((n) => [n.id, n.code]));
  const codeOfUnit = new Map(units.map((u) => [u.id, u.code]));
  const inputs: RoundInputs = Object.fromEntries(units.map((u) => [u.code, {}]));
  for (const v of values) {
    const leaf = codeOfNode.get(v.nodeId)!;
    inputs[codeOfUnit.get(v.unitId)!]![leaf] = {
      ...(v.selfValue !== null ? { self: v.selfValue } : {}),
      ...(v.appraisedValue !== null ? { appraised: v.appraisedValue } : {}),
      ...(v.notApplicable ? { notApplicable: true } : {}),
    };
  }
  for (const s of surveys) {
    const unit = inputs[codeOfUnit.get(s.unitId)!]!;
    unit[codeOfNode.get(s.nodeId)!] = { appraised: Number(s.percentage) };
  }
  // Figures from records are facts, not opinions: they take the place of the appraised value.
  const fromRecords: Record<string, string[]> = {};
  const metricLeaves = leavesOf(set).filter((l) => l.metric);
  for (const u of units) {
    const m = metrics.get(u.id);
    for (const leaf of metricLeaves) {
      const value = m?.[leaf.metric as MetricKey];
      if (value === null || value === undefined) continue;
      const prior = inputs[u.code]![leaf.code];
      inputs[u.code]![leaf.code] = { ...prior, appraised: value };
      (fromRecords[u.code] ??= []).push(leaf.code);
    }
  }
  return {
    round: {
      id: round.id,
      year: round.year,
      group: round.group,
      name: round.name,
      status: round.status,
      criteriaSetId: round.criteriaSetId,
    },
    set,
    units: units.map((u) => ({
      id: u.id,
      code: u.code,
      name: u.name,
      type: u.type as UnitType,
      group: u.group,
    })),
    inputs,
    fromRecords,
  };
}

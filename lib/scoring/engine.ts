// scoreRound: one criteria set, the units of a round and their inputs → every unit's result.
// Pure: the CLI, the server and the tests all call this.
import { changeSince } from "./compare";
import { classify, competitionRanks } from "./ranking";
import { indexCriteria } from "./tree";
import {
  isLeaf,
  type CriteriaSet,
  type PreviousRound,
  type RoundInputs,
  type RoundResult,
  type ScoringError,
  type ScoringUnit,
} from "./types";
import { scoreUnit } from "./unit-score";

export type ScoreRoundInput = {
  set: CriteriaSet;
  units: ScoringUnit[];
  inputs: RoundInputs;
  /** Last year's result (a RoundResult or the printed JSON), to compute changes. */
  previous?: PreviousRound;
};

/**
 * Units keep their input order. Inputs for unknown units or codes that are not leaves are reported
 * in `errors` and ignored; a value a leaf's rule can't read scores 0 and is reported too.
 */
export function scoreRound({ set, units, inputs, previous }: ScoreRoundInput): RoundResult {
  const tree = indexCriteria(set);
  const errors: ScoringError[] = unknownInputs(set, tree.nodesByCode, units, inputs);
  const results = units.map((unit) => scoreUnit(tree, unit, inputs[unit.code] ?? {}, errors));

  const byGroup = new Map<string, number[]>();
  results.forEach((r, i) => {
    const members = byGroup.get(r.group);
    if (members) members.push(i);
    else byGroup.set(r.group, [i]);
  });
  for (const members of byGroup.values()) {
    const ranks = competitionRanks(members.map((i) => results[i]!.index));
    members.forEach((i, k) => (results[i]!.rank = ranks[k]!));
  }

  const before = new Map((previous?.units ?? []).map((u) => [u.unit, u]));
  for (const r of results) {
    r.classification = classify(r.index, set.classification);
    const previousUnit = before.get(r.unit);
    if (previousUnit) r.change = changeSince(r, previousUnit);
  }
  return { units: results, errors };
}

function unknownInputs(
  set: CriteriaSet,
  nodes: Map<string, CriteriaSet["fields"][number]>,
  units: ScoringUnit[],
  inputs: RoundInputs,
): ScoringError[] {
  const errors: ScoringError[] = [];
  const known = new Set(units.map((u) => u.code));
  for (const [unit, byLeaf] of Object.entries(inputs)) {
    if (!known.has(unit)) {
      errors.push({ unit, message: `mã đơn vị "${unit}" không có trong danh sách đơn vị` });
      continue;
    }
    for (const code of Object.keys(byLeaf)) {
      const node = nodes.get(code);
      if (!node)
        errors.push({
          unit,
          criterion: code,
          message: `mã tiêu chí "${code}" không có trong bộ tiêu chí "${set.name}"`,
        });
      else if (!isLeaf(node))
        errors.push({
          unit,
          criterion: code,
          message: `"${code}" có tiêu chí con: chỉ nhập giá trị cho tiêu chí không có tiêu chí con`,
        });
    }
  }
  return errors;
}

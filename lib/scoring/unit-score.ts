// Scores one unit against a flattened criteria set. Rank and classification are added by the round.
import { isBlank, leafPoints } from "./rules";
import { compareCodes, type CriteriaTree } from "./tree";
import type {
  CriteriaLeaf,
  Deficiency,
  LeafInput,
  LeafResult,
  NodeResult,
  RawValue,
  ScoringError,
  ScoringUnit,
  UnitResult,
  ValueSource,
} from "./types";

/** achieved ÷ max × 100, capped at 100 (bonus points can push achieved above max). */
export function indexOf(achieved: number, max: number): number | null {
  return max > 0 ? Math.min(100, (achieved / max) * 100) : null;
}

export function unitGroup(unit: ScoringUnit): string {
  return unit.group && unit.group.trim() !== "" ? unit.group : unit.type;
}

export function scoreUnit(
  tree: CriteriaTree,
  unit: ScoringUnit,
  inputs: Record<string, LeafInput>,
  errors: ScoringError[],
): UnitResult {
  const groupAchieved = new Array<number>(tree.groups.length).fill(0);
  const groupMax = new Array<number>(tree.groups.length).fill(0);
  const leafResults: LeafResult[] = [];
  let achieved = 0;
  let max = 0;
  let provisional = false;

  for (const { leaf, ancestors } of tree.leaves) {
    const result = scoreLeaf(leaf, unit, inputs[leaf.code]);
    leafResults.push(result);
    if (result.error) errors.push({ unit: unit.code, criterion: leaf.code, message: result.error });
    if (result.notApplicable) continue;
    if (result.source === "self") provisional = true;
    const leafMax = leaf.bonus ? 0 : leaf.max;
    achieved += result.points;
    max += leafMax;
    for (const g of ancestors) {
      groupAchieved[g]! += result.points;
      groupMax[g]! += leafMax;
    }
  }

  const criteria: NodeResult[] = tree.groups.map((node, g) =>
    nodeResult(node, groupAchieved[g]!, groupMax[g]!),
  );
  const fields = tree.fields.map((f) => {
    if (f.kind === "group") return criteria[f.position]!;
    const r = leafResults[f.position]!;
    return r.notApplicable ? nodeResult(r, 0, 0) : nodeResult(r, r.points, r.bonus ? 0 : r.max);
  });

  return {
    unit: unit.code,
    name: unit.name,
    type: unit.type,
    group: unitGroup(unit),
    achieved,
    max,
    index: indexOf(achieved, max),
    rank: null,
    classification: null,
    provisional,
    fields,
    criteria,
    deficiencies: deficienciesOf(leafResults),
    missing: leafResults.filter((r) => counts(r) && r.source === "missing").map((r) => r.code),
    leafResults,
  };
}

function scoreLeaf(leaf: CriteriaLeaf, unit: ScoringUnit, input: LeafInput | undefined): LeafResult {
  const excluded = leaf.appliesTo !== undefined && !leaf.appliesTo.includes(unit.type);
  const notApplicable = excluded || input?.notApplicable === true;
  let source: ValueSource = "missing";
  let value: RawValue = null;
  if (input && !isBlank(input.appraised)) [source, value] = ["appraised", input.appraised];
  else if (input && !isBlank(input.self)) [source, value] = ["self", input.self];
  // One object shape for every leaf result keeps this loop fast (it runs units × leaves times).
  const result: LeafResult = {
    code: leaf.code,
    name: leaf.name,
    points: 0,
    max: leaf.max,
    bonus: leaf.bonus === true,
    value,
    source,
    notApplicable,
  };
  if (notApplicable || source === "missing") return result;
  const scored = leafPoints(leaf, value);
  if ("error" in scored) result.error = scored.error;
  else result.points = scored.points;
  return result;
}

/** Non-bonus leaves that apply: the ones whose points can be lost or missing. */
function counts(r: LeafResult): boolean {
  return !r.notApplicable && !r.bonus;
}

function deficienciesOf(results: LeafResult[]): Deficiency[] {
  return results
    .filter((r) => counts(r) && r.points < r.max)
    .map((r) => ({ code: r.code, name: r.name, lost: r.max - r.points }))
    .sort((a, b) => (Math.abs(b.lost - a.lost) > 1e-9 ? b.lost - a.lost : compareCodes(a.code, b.code)));
}

function nodeResult(node: { code: string; name: string }, achieved: number, max: number): NodeResult {
  return { code: node.code, name: node.name, achieved, max, index: indexOf(achieved, max) };
}

// One unit's result in a round, laid out along the criteria tree: per field and criterion the
// achieved points, max and index; per leaf the value used, where it came from, its points; then
// the deficiencies, the missing inputs and the fixes that would gain most. Pure: no database.
import {
  isLeaf,
  round2,
  topFixes,
  type CriteriaNode,
  type CriteriaSet,
  type Fix,
  type LeafResult,
  type RoundInputs,
  type RoundResult,
  type UnitResult,
} from "../scoring";

/** thẩm định · tự đánh giá · từ dữ liệu hồ sơ · khảo sát · thiếu */
export type InputSource = "appraised" | "self" | "records" | "survey" | "missing";

export type DetailRow =
  | {
      kind: "group";
      depth: number;
      code: string;
      name: string;
      achieved: number;
      max: number;
      index: number | null;
    }
  | {
      kind: "leaf";
      depth: number;
      code: string;
      name: string;
      ruleType: string;
      metric: string | null;
      value: LeafResult["value"];
      selfValue: LeafResult["value"];
      source: InputSource;
      points: number;
      max: number;
      bonus: boolean;
      notApplicable: boolean;
      lost: number;
      error: string | null;
    };

export type UnitDetail = {
  unit: UnitResult;
  groupSize: number;
  rows: DetailRow[];
  fixes: Fix[];
  lostTotal: number;
};

export function sourceOf(
  leaf: { rule: { type: string } },
  r: LeafResult,
  fromRecords: readonly string[],
): InputSource {
  if (r.source === "missing") return "missing";
  if (r.source === "self") return "self";
  if (fromRecords.includes(r.code)) return "records";
  return leaf.rule.type === "survey" ? "survey" : "appraised";
}

export function unitDetail(args: {
  set: CriteriaSet;
  result: RoundResult;
  unitCode: string;
  fromRecords: Record<string, string[]>;
  inputs?: RoundInputs;
}): UnitDetail | null {
  const unit = args.result.units.find((u) => u.unit === args.unitCode);
  if (!unit) return null;
  const leafOf = new Map(unit.leafResults.map((r) => [r.code, r]));
  const nodeOf = new Map(unit.criteria.map((n) => [n.code, n]));
  const records = args.fromRecords[unit.unit] ?? [];
  const lostOf = new Map(unit.deficiencies.map((d) => [d.code, d.lost]));
  const rows: DetailRow[] = [];
  const walk = (nodes: CriteriaNode[], depth: number) => {
    for (const node of nodes) {
      if (isLeaf(node)) {
        const r = leafOf.get(node.code);
        if (!r) continue;
        rows.push({
          kind: "leaf",
          depth,
          code: node.code,
          name: node.name,
          ruleType: node.rule.type,
          metric: node.metric ?? null,
          value: r.value,
          selfValue: args.inputs?.[unit.unit]?.[node.code]?.self ?? null,
          source: sourceOf(node, r, records),
          points: r.points,
          max: r.max,
          bonus: r.bonus,
          notApplicable: r.notApplicable,
          lost: lostOf.get(node.code) ?? 0,
          error: r.error ?? null,
        });
      } else {
        const n = nodeOf.get(node.code);
        rows.push({
          kind: "group",
          depth,
          code: node.code,
          name: node.name,
          achieved: n?.achieved ?? 0,
          max: n?.max ?? 0,
          index: n?.index ?? null,
        });
        walk(node.children, depth + 1);
      }
    }
  };
  walk(args.set.fields, 0);
  const groupSize = args.result.units.filter((u) => u.group === unit.group && u.index !== null).length;
  return {
    unit,
    groupSize,
    rows,
    fixes: topFixes(args.result, unit.unit, unit.deficiencies.length),
    lostTotal: round2(unit.deficiencies.reduce((s, d) => s + d.lost, 0)),
  };
}

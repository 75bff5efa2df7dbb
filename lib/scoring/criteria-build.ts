// From the validated (loose) shape to the typed tree: a node is either a group or a leaf.
import type { CriteriaNode, CriteriaSet, Rule, UnitType } from "./types";

/** A node as the schema reads it, before we know it is a group or a leaf. */
export type RawNode = {
  code: string;
  name: string;
  max?: number;
  rule?: Rule;
  children?: RawNode[];
  metric?: string;
  appliesTo?: UnitType[];
  bonus?: boolean;
};

type RawSet = Omit<CriteriaSet, "fields"> & { fields: RawNode[] };

/** Only called once checkCriteriaSet found nothing wrong: every node is a group xor a leaf. */
export function buildCriteriaSet(raw: RawSet): CriteriaSet {
  return {
    name: raw.name,
    year: raw.year,
    group: raw.group,
    classification: raw.classification.map((c) => ({ label: c.label, min: c.min })),
    fields: raw.fields.map(buildNode),
  };
}

function buildNode(raw: RawNode): CriteriaNode {
  if (raw.children) return { code: raw.code, name: raw.name, children: raw.children.map(buildNode) };
  return {
    code: raw.code,
    name: raw.name,
    max: raw.max!,
    rule: raw.rule!,
    ...(raw.metric !== undefined ? { metric: raw.metric } : {}),
    ...(raw.appliesTo !== undefined ? { appliesTo: raw.appliesTo } : {}),
    ...(raw.bonus ? { bonus: true } : {}),
  };
}

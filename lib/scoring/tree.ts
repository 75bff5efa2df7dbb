// A criteria set flattened once per round, so that scoring a unit is a loop over leaves.
import { type CriteriaGroup, type CriteriaLeaf, type CriteriaNode, type CriteriaSet, isLeaf } from "./types";

export type IndexedLeaf = {
  leaf: CriteriaLeaf;
  /** Positions in `groups` of every group above this leaf. */
  ancestors: number[];
};

export type CriteriaTree = {
  leaves: IndexedLeaf[];
  /** Every group node (field or criterion), in tree order. */
  groups: CriteriaGroup[];
  /** Top-level nodes: a group's position in `groups`, or a leaf's position in `leaves`. */
  fields: ({ kind: "group"; position: number } | { kind: "leaf"; position: number })[];
  nodesByCode: Map<string, CriteriaNode>;
};

export function indexCriteria(set: CriteriaSet): CriteriaTree {
  const tree: CriteriaTree = { leaves: [], groups: [], fields: [], nodesByCode: new Map() };
  const visit = (node: CriteriaNode, ancestors: number[]): void => {
    tree.nodesByCode.set(node.code, node);
    if (isLeaf(node)) {
      tree.leaves.push({ leaf: node, ancestors });
      return;
    }
    const position = tree.groups.push(node) - 1;
    for (const child of node.children) visit(child, [...ancestors, position]);
  };
  for (const field of set.fields) {
    if (isLeaf(field)) tree.fields.push({ kind: "leaf", position: tree.leaves.length });
    else tree.fields.push({ kind: "group", position: tree.groups.length });
    visit(field, []);
  }
  return tree;
}

/** Every leaf of a set, in tree order. */
export function leavesOf(set: CriteriaSet): CriteriaLeaf[] {
  return indexCriteria(set).leaves.map((l) => l.leaf);
}

// One collator: localeCompare with options builds a new one on every call, which dominated sorting.
const codeCollator = new Intl.Collator("en", { numeric: true });

/** Codes compare as numbers part by part: "1.2" < "1.10". */
export function compareCodes(a: string, b: string): number {
  return codeCollator.compare(a, b);
}

// Maximum points of a criteria tree: a group's max is the sum of its children's; bonus leaves
// (điểm cộng) are outside the max and totalled apart. Pure: used by pages and the live editor.
import type { CriteriaNodeJson } from "./store";

export type NodeTotals = { max: number; bonus: number };

export function nodeTotals(node: Pick<CriteriaNodeJson, "children" | "max" | "bonus">): NodeTotals {
  if (node.children?.length) {
    return node.children.reduce<NodeTotals>(
      (t, c) => {
        const x = nodeTotals(c);
        return { max: t.max + x.max, bonus: t.bonus + x.bonus };
      },
      { max: 0, bonus: 0 },
    );
  }
  const max = typeof node.max === "number" && Number.isFinite(node.max) ? node.max : 0;
  return node.bonus ? { max: 0, bonus: max } : { max, bonus: 0 };
}

export function setTotals(fields: CriteriaNodeJson[]): NodeTotals {
  return nodeTotals({ children: fields });
}

/** Sums without binary noise: 0,1 + 0,2 shows as 0,3. */
export const tidy = (n: number) => Math.round(n * 1e6) / 1e6;

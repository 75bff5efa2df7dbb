// Immutable edits of the draft tree, addressed by node id.
import { newNode, type NodeDraft } from "./editor-model";

type Nodes = NodeDraft[];

export function mapNode(nodes: Nodes, id: string, f: (n: NodeDraft) => NodeDraft): Nodes {
  return nodes.map((n) =>
    n.id === id ? f(n) : n.children.length ? { ...n, children: mapNode(n.children, id, f) } : n,
  );
}

export function findNode(nodes: Nodes, id: string): NodeDraft | undefined {
  for (const n of nodes) {
    if (n.id === id) return n;
    const hit = findNode(n.children, id);
    if (hit) return hit;
  }
  return undefined;
}

/** The node removed from the tree, and the tree without it. */
export function takeNode(nodes: Nodes, id: string): [Nodes, NodeDraft | undefined] {
  let taken: NodeDraft | undefined;
  const walk = (list: Nodes): Nodes =>
    list.flatMap((n) => {
      if (n.id === id) {
        taken = n;
        return [];
      }
      return n.children.length ? [{ ...n, children: walk(n.children) }] : [n];
    });
  return [walk(nodes), taken];
}

export function removeNode(nodes: Nodes, id: string): Nodes {
  return takeNode(nodes, id)[0];
}

/** Swaps a node with its previous (-1) or next (+1) sibling. */
export function moveNode(nodes: Nodes, id: string, step: -1 | 1): Nodes {
  const i = nodes.findIndex((n) => n.id === id);
  if (i >= 0) {
    const j = i + step;
    if (j < 0 || j >= nodes.length) return nodes;
    const copy = [...nodes];
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    return copy;
  }
  return nodes.map((n) => (n.children.length ? { ...n, children: moveNode(n.children, id, step) } : n));
}

/** Moves a node (with its subtree) to the end of another parent's children; null = top level. */
export function reparentNode(nodes: Nodes, id: string, parentId: string | null): Nodes {
  if (parentId === id) return nodes;
  const node = findNode(nodes, id);
  if (!node || (parentId && findNode(node.children, parentId))) return nodes; // not into its own subtree
  const [rest, taken] = takeNode(nodes, id);
  if (!taken) return nodes;
  if (parentId === null) return [...rest, taken];
  return mapNode(rest, parentId, (p) => ({ ...p, children: [...p.children, taken] }));
}

export function addChild(nodes: Nodes, parentId: string | null, newId: string): Nodes {
  if (parentId === null) return [...nodes, newNode(newId, String(nodes.length + 1))];
  return mapNode(nodes, parentId, (p) => ({
    ...p,
    children: [...p.children, newNode(newId, `${p.code}.${p.children.length + 1}`)],
  }));
}

/** Groups a node may move into: any group outside its own subtree other than its current parent. */
export function moveTargets(nodes: Nodes, id: string): { id: string | null; label: string }[] {
  const out: { id: string | null; label: string }[] = [];
  const walk = (list: Nodes, parentId: string | null) => {
    for (const n of list) {
      if (n.id === id) {
        if (parentId !== null) out.unshift({ id: null, label: "Cấp lĩnh vực (gốc)" });
        continue;
      }
      if (n.children.length) {
        if (!n.children.some((c) => c.id === id)) out.push({ id: n.id, label: `${n.code} ${n.name}`.trim() });
        walk(n.children, n.id);
      }
    }
  };
  walk(nodes, null);
  return out;
}

/** The path of each node in the JSON sent to the server ("fields[0].children[2]"), to place errors. */
export function nodePaths(nodes: Nodes, prefix = "fields"): Map<string, string> {
  const out = new Map<string, string>();
  nodes.forEach((n, i) => {
    const p = `${prefix}[${i}]`;
    out.set(n.id, p);
    for (const [k, v] of nodePaths(n.children, `${p}.children`)) out.set(k, v);
  });
  return out;
}

/** Errors keyed by JSON path → the messages of one node (not of its descendants). */
export function errorsAt(errors: Record<string, string[] | undefined>, path: string): string[] {
  const out: string[] = [];
  for (const [key, messages] of Object.entries(errors)) {
    if (
      key === path ||
      (key.startsWith(`${path}.`) && !key.startsWith(`${path}.children[`)) ||
      key === `${path}.children`
    )
      out.push(...(messages ?? []));
  }
  return out;
}

// Criteria sets in the database: stored as a tree of nodes, read back in the interfaces.md JSON
// format that the scoring engine, the editor and the import/export all speak.
import type { Prisma } from "../db/generated/client";
import { db } from "../db/client";

export type CriteriaNodeJson = {
  code: string;
  name: string;
  max?: number;
  rule?: Record<string, unknown> & { type: string };
  metric?: string;
  appliesTo?: string[];
  bonus?: boolean;
  children?: CriteriaNodeJson[];
};
export type CriteriaSetJson = {
  name: string;
  year: number;
  group: string;
  classification: { label: string; min: number }[];
  fields: CriteriaNodeJson[];
};

type Tx = Prisma.TransactionClient;

/** Inserts a set (version = next free for its year and group) with all its nodes. */
export async function insertCriteriaSet(
  tx: Tx,
  def: CriteriaSetJson,
  basedOnId: number | null = null,
): Promise<number> {
  const last = await tx.criteriaSet.findFirst({
    where: { year: def.year, group: def.group },
    orderBy: { version: "desc" },
    select: { version: true },
  });
  const set = await tx.criteriaSet.create({
    data: {
      name: def.name,
      year: def.year,
      group: def.group,
      version: (last?.version ?? 0) + 1,
      basedOnId,
      classification: def.classification,
    },
  });
  const insert = async (nodes: CriteriaNodeJson[], parentId: number | null) => {
    for (const [i, n] of nodes.entries()) {
      const row = await tx.criteriaNode.create({
        data: {
          setId: set.id,
          parentId,
          code: n.code,
          name: n.name,
          sortOrder: i,
          max: n.children?.length ? null : (n.max ?? null),
          ...(!n.children?.length && n.rule ? { rule: n.rule as Prisma.InputJsonValue } : {}),
          metric: n.metric ?? null,
          appliesTo: (n.appliesTo ?? []) as never,
          bonus: n.bonus ?? false,
        },
      });
      if (n.children?.length) await insert(n.children, row.id);
    }
  };
  await insert(def.fields, null);
  return set.id;
}

export async function createCriteriaSet(
  def: CriteriaSetJson,
  basedOnId: number | null = null,
): Promise<number> {
  return db().$transaction((tx) => insertCriteriaSet(tx, def, basedOnId), { timeout: 60_000 });
}

/** The set as interfaces.md JSON (parents' max is derived, not stored). */
export async function loadCriteriaSet(
  id: number,
  client: Pick<Tx, "criteriaSet" | "criteriaNode"> = db(),
): Promise<CriteriaSetJson & { id: number; version: number }> {
  const set = await client.criteriaSet.findUniqueOrThrow({ where: { id } });
  const nodes = await client.criteriaNode.findMany({
    where: { setId: id },
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
  });
  const byParent = new Map<number | null, typeof nodes>();
  for (const n of nodes) byParent.set(n.parentId, [...(byParent.get(n.parentId) ?? []), n]);
  const build = (parentId: number | null): CriteriaNodeJson[] =>
    (byParent.get(parentId) ?? []).map((n) => {
      const children = build(n.id);
      if (children.length) return { code: n.code, name: n.name, children };
      const leaf: CriteriaNodeJson = {
        code: n.code,
        name: n.name,
        max: Number(n.max),
        rule: n.rule as CriteriaNodeJson["rule"],
      };
      if (n.metric) leaf.metric = n.metric;
      if (n.appliesTo.length) leaf.appliesTo = n.appliesTo;
      if (n.bonus) leaf.bonus = true;
      return leaf;
    });
  return {
    id: set.id,
    version: set.version,
    name: set.name,
    year: set.year,
    group: set.group,
    classification: set.classification as CriteriaSetJson["classification"],
    fields: build(null),
  };
}

/** Leaves in tree order. */
export function leavesOf(def: Pick<CriteriaSetJson, "fields">): CriteriaNodeJson[] {
  const out: CriteriaNodeJson[] = [];
  const walk = (ns: CriteriaNodeJson[]) =>
    ns.forEach((n) => (n.children?.length ? walk(n.children) : out.push(n)));
  walk(def.fields);
  return out;
}

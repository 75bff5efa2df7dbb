import "server-only";
// Versions of a criteria set. A set that units are already working under (a round OPEN, in
// APPRAISAL or PUBLISHED) never changes: a save makes a new version. A set used only by DRAFT
// rounds (or none) is changed in place, keeping the ids of nodes whose code survives so that
// entered values stay attached; when values hang on nodes that would go, a new version is made.
import { Prisma } from "../db/generated/client";
import { db } from "../db/client";
import type { CriteriaNodeJson, CriteriaSetJson } from "./store";

type Tx = Prisma.TransactionClient;

export const LOCKED_STATUSES = ["OPEN", "APPRAISAL", "PUBLISHED"] as const;
export const SWITCHABLE_STATUSES = ["DRAFT", "OPEN"] as const;

export type RoundUse = { id: number; name: string; year: number; group: string; status: string };

export async function roundsUsing(
  setId: number,
  client: Pick<Tx, "evaluationRound"> = db(),
): Promise<RoundUse[]> {
  return client.evaluationRound.findMany({
    where: { criteriaSetId: setId },
    orderBy: [{ year: "desc" }, { group: "asc" }],
    select: { id: true, name: true, year: true, group: true, status: true },
  });
}

export const isLocked = (rounds: RoundUse[]) =>
  rounds.some((r) => (LOCKED_STATUSES as readonly string[]).includes(r.status));

function flatten(nodes: CriteriaNodeJson[]): Map<string, CriteriaNodeJson> {
  const out = new Map<string, CriteriaNodeJson>();
  const walk = (ns: CriteriaNodeJson[]) =>
    ns.forEach((n) => {
      out.set(n.code, n);
      if (n.children?.length) walk(n.children);
    });
  walk(nodes);
  return out;
}

/** Leaf codes that carry entered values or survey results but would be deleted or become groups. */
export async function valuesOnRemovedLeaves(tx: Tx, setId: number, def: CriteriaSetJson): Promise<string[]> {
  const next = flatten(def.fields);
  const existing = await tx.criteriaNode.findMany({ where: { setId }, select: { id: true, code: true } });
  const gone = existing.filter((n) => !next.has(n.code) || next.get(n.code)!.children?.length);
  if (gone.length === 0) return [];
  const ids = gone.map((n) => n.id);
  const [values, surveys] = await Promise.all([
    tx.assessmentValue.findMany({
      where: { nodeId: { in: ids } },
      distinct: ["nodeId"],
      select: { nodeId: true },
    }),
    tx.surveyResult.findMany({
      where: { nodeId: { in: ids } },
      distinct: ["nodeId"],
      select: { nodeId: true },
    }),
  ]);
  const used = new Set([...values, ...surveys].map((v) => v.nodeId));
  return gone.filter((n) => used.has(n.id)).map((n) => n.code);
}

/** Rewrites the set's nodes to `def`: same code → same row (updated), new codes inserted, the rest deleted. */
export async function replaceNodesInPlace(tx: Tx, setId: number, def: CriteriaSetJson): Promise<void> {
  const existing = await tx.criteriaNode.findMany({ where: { setId }, select: { id: true, code: true } });
  const idOf = new Map(existing.map((n) => [n.code, n.id]));
  const kept = new Set<string>();
  const write = async (nodes: CriteriaNodeJson[], parentId: number | null) => {
    for (const [i, n] of nodes.entries()) {
      const group = Boolean(n.children?.length);
      const data = {
        parentId,
        name: n.name,
        sortOrder: i,
        max: group ? null : (n.max ?? null),
        rule: group || !n.rule ? Prisma.DbNull : (n.rule as Prisma.InputJsonValue),
        metric: group ? null : (n.metric ?? null),
        appliesTo: (group ? [] : (n.appliesTo ?? [])) as never,
        bonus: group ? false : (n.bonus ?? false),
      };
      const row = data;
      const id = idOf.get(n.code);
      const saved =
        id !== undefined
          ? await tx.criteriaNode.update({ where: { id }, data: row, select: { id: true } })
          : await tx.criteriaNode.create({ data: { ...row, setId, code: n.code }, select: { id: true } });
      kept.add(n.code);
      if (group) await write(n.children!, saved.id);
    }
  };
  await write(def.fields, null);
  const removed = existing.filter((n) => !kept.has(n.code)).map((n) => n.id);
  if (removed.length) await tx.criteriaNode.deleteMany({ where: { id: { in: removed } } });
  await tx.criteriaSet.update({
    where: { id: setId },
    data: { name: def.name, classification: def.classification },
  });
}

import "server-only";
// What every assessment service needs first: the round, its leaves as the engine sees them, the
// unit (whether the user may touch its data: requireUnitAccess in lib/auth/forbidden.ts).
import { db } from "../db/client";
import type { CurrentUser } from "../auth/session";
import { DomainError, NotFoundError } from "../errors";
import type { Prisma } from "../db/generated/client";
import type { Rule } from "../scoring";
import type { GridLeaf } from "./validation";
import { referenceDay, validForRound } from "../results/round-inputs";
import { fmtDate } from "../format";

export type AssessmentUser = Pick<CurrentUser, "id" | "role" | "unitId" | "username">;
export type RoundLeaf = Omit<GridLeaf, "applies"> & { nodeId: number; appliesTo: string[] };

export async function loadRound(
  roundId: number,
  client: Pick<Prisma.TransactionClient, "evaluationRound"> = db(),
) {
  const round = await client.evaluationRound.findUnique({ where: { id: roundId } });
  if (!round) throw new NotFoundError("Không tìm thấy đợt đánh giá");
  return round;
}

export async function roundLeaves(
  criteriaSetId: number,
  client: Pick<Prisma.TransactionClient, "criteriaNode"> = db(),
): Promise<Map<string, RoundLeaf>> {
  const nodes = await client.criteriaNode.findMany({
    where: { setId: criteriaSetId, max: { not: null } },
    select: {
      id: true,
      code: true,
      name: true,
      max: true,
      rule: true,
      metric: true,
      appliesTo: true,
      bonus: true,
    },
  });
  const out = new Map<string, RoundLeaf>();
  for (const n of nodes) {
    if (!n.rule) continue;
    out.set(n.code, {
      nodeId: n.id,
      code: n.code,
      name: n.name,
      max: Number(n.max),
      rule: n.rule as unknown as Rule,
      ...(n.metric ? { metric: n.metric } : {}),
      bonus: n.bonus,
      appliesTo: n.appliesTo,
    });
  }
  return out;
}

export function forUnit(leaf: RoundLeaf, unitType: string): GridLeaf {
  return { ...leaf, applies: leaf.appliesTo.length === 0 || leaf.appliesTo.includes(unitType) };
}

export async function loadUnit(unitId: number) {
  const unit = await db().unit.findUnique({
    where: { id: unitId },
    select: { id: true, code: true, name: true, type: true, group: true, validFrom: true, validTo: true },
  });
  if (!unit) throw new NotFoundError("Không tìm thấy đơn vị");
  return unit;
}

/** The unit must belong to the round's group and exist on the round's reference day. */
export function assertUnitInRound(
  unit: { group: string; validFrom: Date | null; validTo: Date | null },
  round: { group: string; year: number; referenceDate: Date | null },
) {
  if (unit.group !== round.group) throw new DomainError("Đơn vị không thuộc khối của đợt đánh giá này.", 422);
  if (!validForRound(unit, round))
    throw new DomainError(
      `Đơn vị không còn hiệu lực vào ngày ${fmtDate(referenceDay(round))}: không thuộc đợt đánh giá này.`,
      422,
    );
}

// Open remediation items of a unit that ended in a reorganisation pass to its successor, who must
// carry them to the end (issue 11): moved into the successor's plan of the same year (created if
// missing), marked with the unit they came from, each move audited. A divided unit's items go to
// the successor with the largest share. Runs inside the caller's transaction.
import type { Prisma } from "../db/generated/client";
import { recordAudit } from "../audit/record";

const OPEN_STATUSES = ["PLANNED", "IN_PROGRESS", "REOPENED"] as const;

export async function carryOverRemediation(
  tx: Prisma.TransactionClient,
  fromUnitId: number,
  toUnitId: number,
  actor: { id: number; username?: string } | null,
): Promise<number> {
  const plans = await tx.remediationPlan.findMany({
    where: { unitId: fromUnitId, items: { some: { status: { in: [...OPEN_STATUSES] } } } },
    include: {
      items: { where: { status: { in: [...OPEN_STATUSES] } }, select: { id: true, problem: true } },
    },
  });
  const [from, to] = await Promise.all([
    tx.unit.findUniqueOrThrow({ where: { id: fromUnitId }, select: { code: true, name: true } }),
    tx.unit.findUniqueOrThrow({ where: { id: toUnitId }, select: { code: true, name: true } }),
  ]);
  let moved = 0;
  for (const plan of plans) {
    const target = await tx.remediationPlan.upsert({
      where: { unitId_year: { unitId: toUnitId, year: plan.year } },
      create: {
        unitId: toUnitId,
        year: plan.year,
        title: `Kế hoạch khắc phục năm ${plan.year} của ${to.name}`,
        createdById: plan.createdById,
      },
      update: {},
    });
    for (const item of plan.items) {
      await tx.remediationItem.update({
        where: { id: item.id },
        data: { planId: target.id, carriedFromUnitId: fromUnitId },
      });
      await recordAudit(
        {
          actor,
          action: "update",
          entity: "RemediationItem",
          entityId: item.id,
          unitId: toUnitId,
          reason: `Chuyển từ ${from.name} sang ${to.name} theo sắp xếp đơn vị`,
          oldValue: { unit: from.code, planId: plan.id },
          newValue: { unit: to.code, planId: target.id },
        },
        tx,
      );
      moved++;
    }
  }
  return moved;
}

// The counts behind the shell's bell, and the items behind them, for the units a user may see.
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { addDays, dateOfDay, dayOf, type RemediationStatus } from "./status";

const OPEN: RemediationStatus[] = ["PLANNED", "IN_PROGRESS", "REOPENED"];

function filters(unitIds: number[] | null, today: string) {
  const scope: Prisma.RemediationItemWhereInput = unitIds ? { plan: { unitId: { in: unitIds } } } : {};
  return {
    dueSoon: {
      ...scope,
      status: { in: OPEN },
      deadline: { gte: dateOfDay(today), lte: dateOfDay(addDays(today, 7)) },
    },
    overdue: { ...scope, status: { in: OPEN }, deadline: { lt: dateOfDay(today) } },
    awaitingVerification: { ...scope, status: "DONE" as const },
  } satisfies Record<string, Prisma.RemediationItemWhereInput>;
}

export type BellCounts = { dueSoon: number; overdue: number; awaitingVerification: number };

export async function bellCounts(unitIds: number[] | null, today: string): Promise<BellCounts> {
  if (unitIds && !unitIds.length) return { dueSoon: 0, overdue: 0, awaitingVerification: 0 };
  const f = filters(unitIds, today);
  const [dueSoon, overdue, awaitingVerification] = await Promise.all([
    db().remediationItem.count({ where: f.dueSoon }),
    db().remediationItem.count({ where: f.overdue }),
    db().remediationItem.count({ where: f.awaitingVerification }),
  ]);
  return { dueSoon, overdue, awaitingVerification };
}

export async function bellItems(unitIds: number[] | null, today: string) {
  const f = filters(unitIds, today);
  const select = {
    id: true,
    problem: true,
    owner: true,
    deadline: true,
    status: true,
    doneAt: true,
    plan: { select: { year: true, unit: { select: { code: true, name: true } } } },
  } as const;
  const list = (where: Prisma.RemediationItemWhereInput) =>
    db()
      .remediationItem.findMany({ where, select, orderBy: [{ deadline: "asc" }, { id: "asc" }], take: 200 })
      .then((rows) => rows.map((r) => ({ ...r, deadline: dayOf(r.deadline) })));
  const [dueSoon, overdue, awaitingVerification] = await Promise.all([
    list(f.dueSoon),
    list(f.overdue),
    list(f.awaitingVerification),
  ]);
  return { dueSoon, overdue, awaitingVerification };
}
export type BellItem = Awaited<ReturnType<typeof bellItems>>["overdue"][number];

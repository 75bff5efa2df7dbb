// How far a unit's remediation items have got: counts by status and overdue (past the deadline,
// not done). Read-only; the remediation feature owns the items.
import { db } from "../../db/client";

export const REMEDIATION_STATUSES = ["PLANNED", "IN_PROGRESS", "DONE", "VERIFIED", "REOPENED"] as const;
export type RemediationStatusCounts = {
  byStatus: Record<(typeof REMEDIATION_STATUSES)[number], number>;
  overdue: number;
  total: number;
};

/** The unit's remediation items by status, those of one year's plan when `year` is given. */
export async function remediationStatus(
  unitId: number,
  year: number | null = null,
  today = new Date(),
): Promise<RemediationStatusCounts> {
  const where = { plan: { unitId, ...(year !== null ? { year } : {}) } };
  const [groups, overdue] = await Promise.all([
    db().remediationItem.groupBy({ by: ["status"], where, _count: { _all: true } }),
    db().remediationItem.count({
      where: { ...where, status: { in: ["PLANNED", "IN_PROGRESS", "REOPENED"] }, deadline: { lt: today } },
    }),
  ]);
  const byStatus = Object.fromEntries(
    REMEDIATION_STATUSES.map((s) => [s, 0]),
  ) as RemediationStatusCounts["byStatus"];
  for (const g of groups) byStatus[g.status] = g._count._all;
  return { byStatus, overdue, total: groups.reduce((a, g) => a + g._count._all, 0) };
}

import "server-only";
// Browsing the audit log: per unit, per criterion, per entity; newest first.
import { db } from "../db/client";

export type AuditFilter = {
  unitId?: number;
  criterionCode?: string;
  entity?: string;
  roundId?: number;
  take?: number;
};

export async function auditEntries(f: AuditFilter) {
  return db().auditLog.findMany({
    where: {
      ...(f.unitId ? { unitId: f.unitId } : {}),
      ...(f.criterionCode ? { criterionCode: f.criterionCode } : {}),
      ...(f.entity ? { entity: f.entity } : {}),
      ...(f.roundId ? { roundId: f.roundId } : {}),
    },
    orderBy: { id: "desc" },
    take: Math.min(f.take ?? 200, 1000),
  });
}

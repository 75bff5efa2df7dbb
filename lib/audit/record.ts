// Every change to a value, evidence, status or snapshot, and every refused attempt, is recorded
// here: who, when, old value, new value, why. The table is append-only (a trigger refuses edits).
import type { Prisma } from "../db/generated/client";
import { db } from "../db/client";

export type AuditEntry = {
  actor: { id: number; username?: string } | null;
  action: string;
  entity: string;
  entityId?: string | number | bigint | null;
  unitId?: number | null;
  roundId?: number | null;
  criterionCode?: string | null;
  oldValue?: unknown;
  newValue?: unknown;
  reason?: string | null;
};

type Tx = Pick<Prisma.TransactionClient, "auditLog">;

function json(v: unknown): Prisma.InputJsonValue | undefined {
  if (v === undefined || v === null) return undefined;
  return JSON.parse(
    JSON.stringify(v, (_k, x) => (typeof x === "bigint" ? x.toString() : x)),
  ) as Prisma.InputJsonValue;
}

export async function recordAudit(entry: AuditEntry, tx: Tx = db()): Promise<void> {
  await tx.auditLog.create({
    data: {
      userId: entry.actor?.id ?? null,
      username: entry.actor?.username ?? null,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId === undefined || entry.entityId === null ? null : String(entry.entityId),
      unitId: entry.unitId ?? null,
      roundId: entry.roundId ?? null,
      criterionCode: entry.criterionCode ?? null,
      ...(json(entry.oldValue) !== undefined ? { oldValue: json(entry.oldValue) } : {}),
      ...(json(entry.newValue) !== undefined ? { newValue: json(entry.newValue) } : {}),
      reason: entry.reason ?? null,
    },
  });
}

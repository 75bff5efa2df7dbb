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

/** The audit row of an entry: one mapping for the Prisma write and the SQL one below. */
function auditRow(entry: AuditEntry) {
  const oldValue = json(entry.oldValue);
  const newValue = json(entry.newValue);
  return {
    userId: entry.actor?.id ?? null,
    username: entry.actor?.username ?? null,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId === undefined || entry.entityId === null ? null : String(entry.entityId),
    unitId: entry.unitId ?? null,
    roundId: entry.roundId ?? null,
    criterionCode: entry.criterionCode ?? null,
    ...(oldValue !== undefined ? { oldValue } : {}),
    ...(newValue !== undefined ? { newValue } : {}),
    reason: entry.reason ?? null,
  };
}

export async function recordAudit(entry: AuditEntry, tx: Tx = db()): Promise<void> {
  await tx.auditLog.create({ data: auditRow(entry) });
}

/**
 * The same entry written on a plain `pg` client, inside a transaction that Prisma does not drive
 * (the case import's COPY): the audit row commits or rolls back with what it records.
 */
export async function recordAuditOn(
  client: { query: (sql: string, values: unknown[]) => Promise<unknown> },
  entry: AuditEntry,
): Promise<void> {
  const row = auditRow(entry);
  const columns = Object.keys(row);
  const values = Object.entries(row).map(([c, v]) =>
    c === "oldValue" || c === "newValue" ? JSON.stringify(v) : v,
  );
  await client.query(
    `insert into "AuditLog" (${columns.map((c) => `"${c}"`).join(", ")}) values (${columns.map((_, i) => `$${i + 1}`).join(", ")})`,
    values,
  );
}

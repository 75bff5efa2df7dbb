// Creates or updates units from a validated units file, all or nothing, keyed by code.
// Parents may be earlier or later in the file, or already stored.
import { db } from "../db/client";
import { recordAudit } from "../audit/record";
import type { RowError } from "../csv/read-csv";
import type { UnitInput } from "./units-file";

export type ImportUnitsResult = { created: number; updated: number; unchanged: number; errors: RowError[] };

export async function importUnits(
  units: UnitInput[],
  actor: { id: number; username?: string } | null,
): Promise<ImportUnitsResult> {
  const codes = new Set(units.map((u) => u.code));
  const parentCodes = [
    ...new Set(units.map((u) => u.parentCode).filter((c): c is string => !!c && !codes.has(c))),
  ];
  const known = new Set(
    (await db().unit.findMany({ where: { code: { in: parentCodes } }, select: { code: true } })).map(
      (u) => u.code,
    ),
  );
  const errors: RowError[] = [];
  units.forEach((u) => {
    if (u.parentCode && !codes.has(u.parentCode) && !known.has(u.parentCode)) {
      errors.push({
        row: u.row,
        column: "ma_don_vi_cha",
        message: `không có đơn vị mã "${u.parentCode}" trong tệp hay trong hệ thống`,
      });
    }
  });
  if (errors.length) return { created: 0, updated: 0, unchanged: 0, errors };

  return db().$transaction(
    async (tx) => {
      const existing = new Map(
        (await tx.unit.findMany({ where: { code: { in: [...codes] } } })).map((u) => [u.code, u]),
      );
      const ids = new Map<string, number>();
      const changed = new Set<string>();
      for (const u of units) {
        const data = {
          name: u.name,
          type: u.type,
          level: u.level,
          group: u.group,
          ...(u.validFrom !== undefined ? { validFrom: day(u.validFrom) } : {}),
          ...(u.validTo !== undefined ? { validTo: day(u.validTo) } : {}),
        };
        const old = existing.get(u.code);
        if (!old) {
          ids.set(u.code, (await tx.unit.create({ data: { code: u.code, ...data } })).id);
        } else {
          ids.set(u.code, old.id);
          if (
            old.name !== u.name ||
            old.type !== u.type ||
            old.level !== u.level ||
            old.group !== u.group ||
            (u.validFrom !== undefined && isoDay(old.validFrom) !== u.validFrom) ||
            (u.validTo !== undefined && isoDay(old.validTo) !== u.validTo)
          ) {
            await tx.unit.update({ where: { id: old.id }, data });
            changed.add(u.code);
          }
        }
      }
      const outside = new Map(
        (
          await tx.unit.findMany({ where: { code: { in: parentCodes } }, select: { id: true, code: true } })
        ).map((u) => [u.code, u.id]),
      );
      for (const u of units) {
        const parentId = u.parentCode ? (ids.get(u.parentCode) ?? outside.get(u.parentCode) ?? null) : null;
        const old = existing.get(u.code);
        if ((old?.parentId ?? null) !== parentId) {
          await tx.unit.update({ where: { id: ids.get(u.code)! }, data: { parentId } });
          if (old) changed.add(u.code);
        }
      }
      for (const code of changed) {
        const old = existing.get(code)!;
        const u = units.find((x) => x.code === code)!;
        await recordAudit(
          {
            actor,
            action: "update",
            entity: "Unit",
            entityId: old.id,
            unitId: old.id,
            reason: "Nhập tệp đơn vị",
            oldValue: {
              name: old.name,
              type: old.type,
              level: old.level,
              group: old.group,
              parentId: old.parentId,
              validFrom: isoDay(old.validFrom),
              validTo: isoDay(old.validTo),
            },
            newValue: {
              name: u.name,
              type: u.type,
              level: u.level,
              group: u.group,
              parentCode: u.parentCode,
              validFrom: u.validFrom ?? isoDay(old.validFrom),
              validTo: u.validTo ?? isoDay(old.validTo),
            },
          },
          tx,
        );
      }
      const created = units.filter((u) => !existing.has(u.code)).length;
      return { created, updated: changed.size, unchanged: units.length - created - changed.size, errors: [] };
    },
    { timeout: 120_000 },
  );
}

const day = (d: string | null) => (d === null ? null : new Date(`${d}T00:00:00Z`));
const isoDay = (d: Date | null) => (d === null ? null : d.toISOString().slice(0, 10));

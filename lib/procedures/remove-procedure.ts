import "server-only";
// Removing one procedure from a unit's catalogue of a year (Home Affairs, from the procedures page):
// the row and its audit entry, with what was removed, in one transaction.
import { z } from "zod";
import { db } from "../db/client";
import { recordAudit } from "../audit/record";
import { NotFoundError } from "../errors";
import { dbId } from "../ids";

export const removeProcedureInput = z.object({ id: dbId() });

export async function removeProcedure(id: number, actor: { id: number; username: string }): Promise<void> {
  await db().$transaction(async (tx) => {
    const p = await tx.procedure.findUnique({ where: { id }, include: { unit: { select: { code: true } } } });
    if (!p) throw new NotFoundError("Thủ tục không còn trong danh mục (có thể vừa bị xoá).");
    await tx.procedure.delete({ where: { id } });
    await recordAudit(
      {
        actor,
        action: "delete",
        entity: "Procedure",
        entityId: id,
        unitId: p.unitId,
        oldValue: {
          unit: p.unit.code,
          year: p.year,
          code: p.code,
          name: p.name,
          field: p.field,
          onlineLevel: p.onlineLevel,
        },
      },
      tx,
    );
  });
}

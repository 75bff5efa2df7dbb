import "server-only";
import { db } from "../db/client";

export async function listUnits(scope: { all: true } | { unitId: number }) {
  return db().unit.findMany({
    where: "all" in scope ? {} : { id: scope.unitId },
    orderBy: [{ group: "asc" }, { name: "asc" }],
    include: { parent: { select: { code: true, name: true } } },
  });
}

export async function unitByCode(code: string) {
  return db().unit.findUnique({ where: { code }, include: { parent: { select: { code: true, name: true } }, children: { select: { code: true, name: true }, orderBy: { name: "asc" } } } });
}

import "server-only";
import { db } from "../db/client";

// Names sort the Vietnamese way ("Đô Lương" after "Diễn Châu", not after "Yên Thành"; "Kế hoạch"
// before "Khoa học"): the database's collation may not know Vietnamese, so lists are sorted here.
const vi = new Intl.Collator("vi");
export const byName = (a: { name: string }, b: { name: string }) => vi.compare(a.name, b.name);

export async function listUnits(scope: { all: true } | { unitId: number }) {
  const units = await db().unit.findMany({
    where: "all" in scope ? {} : { id: scope.unitId },
    include: { parent: { select: { code: true, name: true } } },
  });
  return units.sort((a, b) => a.group.localeCompare(b.group) || byName(a, b));
}

/** Units to choose from in a form or filter (all, or those of `ids`), sorted by name. */
export async function unitChoices(ids: number[] | null = null) {
  const units = await db().unit.findMany({
    where: ids ? { id: { in: ids } } : {},
    select: { id: true, code: true, name: true },
  });
  return units.sort(byName);
}

/** A unit by id, with the same shape as unitByCode. */
export async function unitById(id: number) {
  const unit = await db().unit.findUnique({
    where: { id },
    include: {
      parent: { select: { code: true, name: true } },
      children: { select: { code: true, name: true } },
    },
  });
  unit?.children.sort(byName);
  return unit;
}

export async function unitByCode(code: string) {
  const unit = await db().unit.findUnique({
    where: { code },
    include: {
      parent: { select: { code: true, name: true } },
      children: { select: { code: true, name: true } },
    },
  });
  unit?.children.sort(byName);
  return unit;
}

import "server-only";
// A criteria set as the file provinces exchange (interfaces.md): no database ids, no version.
import { db } from "../db/client";
import { loadCriteriaSet, type CriteriaSetJson } from "./store";

export async function criteriaSetExport(
  id: number,
): Promise<{ json: CriteriaSetJson; filename: string } | null> {
  if (!(await db().criteriaSet.findUnique({ where: { id }, select: { id: true } }))) return null;
  const { name, year, group, classification, fields, version } = await loadCriteriaSet(id);
  return {
    json: { name, year, group, classification, fields },
    filename: `bo-tieu-chi-${year}-${group}-v${version}.json`,
  };
}

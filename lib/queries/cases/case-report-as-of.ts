// `report cases … --as-of YYYY-MM-DD`: figures counted under the units that succeed the recording
// units on that day (merges and renames, through chains); a divided unit's records stay under its
// own code, marked. Reads the per-unit figures once and folds them (lib/cases/fold-rows.ts), so it
// costs what the per-unit report costs, however the figures are stored.
import { db } from "../../db/client";
import { foldRows } from "../../cases/fold-rows";
import { successorOn } from "../../units/lineage";
import { pageLineageEdges } from "../../units/lineage-store";
import { caseReport, type CaseReportRow } from "./case-report";

const LEVEL_ORDER = ["tinh", "huyen", "xa"];

type Structure = {
  codeOf: Map<number, string>;
  idOf: Map<string, number>;
  levelOf: Map<string, string>;
  successor: (code: string) => { code: string; split: boolean };
};

async function structureOn(asOf: string): Promise<Structure> {
  const [units, edges] = await Promise.all([
    db().unit.findMany({ select: { id: true, code: true, level: true } }),
    pageLineageEdges(),
  ]);
  const codeOf = new Map(units.map((u) => [u.id, u.code]));
  const idOf = new Map(units.map((u) => [u.code, u.id]));
  const levelOf = new Map(units.map((u) => [u.code, u.level as string]));
  return {
    codeOf,
    idOf,
    levelOf,
    successor: (code) => {
      const s = successorOn(idOf.get(code)!, asOf, edges);
      return { code: codeOf.get(s.unit)!, split: s.split };
    },
  };
}

/** Ids of the units whose records count under `unitCode` on `asOf` (itself included). */
export async function unitsCountedUnder(unitCode: string, asOf: string): Promise<number[]> {
  const s = await structureOn(asOf);
  return [...s.idOf].filter(([code]) => s.successor(code).code === unitCode).map(([, id]) => id);
}

/** `unitIds`: the recording units to count (null: all), e.g. unitsCountedUnder(code) or a user's scope. */
export async function caseReportAsOf(
  year: number,
  by: "unit" | "level",
  asOf: string,
  unitIds: number[] | null = null,
): Promise<(CaseReportRow & { split?: true })[]> {
  const s = await structureOn(asOf);
  const rows = await caseReport(year, "unit", unitIds);
  if (by === "unit")
    return foldRows(rows, (code) => ({ key: s.successor(code).code, split: s.successor(code).split })).sort(
      (a, b) => String(a.key).localeCompare(String(b.key)),
    );
  const folded = foldRows(rows, (code) => ({ key: s.levelOf.get(s.successor(code).code)!, split: false }));
  return folded.sort((a, b) => LEVEL_ORDER.indexOf(String(a.key)) - LEVEL_ORDER.indexOf(String(b.key)));
}

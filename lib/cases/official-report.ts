// The official case report (báo cáo tình hình, kết quả giải quyết TTHC) as provinces lay it out:
// received (carried over + new, by channel), finished (early, on time, late) and in progress
// (in time, overdue), one row per unit under its level, a subtotal per level and a total row.
// Pure: the per-unit figures and the units come in (lib/queries/cases/case-report-official.ts).
import type { CaseFigures } from "../queries/cases/case-sql";

/** every count of CaseFigures (all of them add up across units; the rate does not) */
export const FIGURE_COUNTS = [
  "finished",
  "early",
  "onTime",
  "late",
  "open",
  "openInTime",
  "overdue",
  "online",
  "apologyLetters",
  "apologyLettersInTime",
  "received",
  "carriedOver",
  "receivedNew",
  "receivedOnline",
  "receivedInPerson",
  "receivedPostal",
] as const satisfies readonly (keyof CaseFigures)[];

const rate = (part: number, whole: number) => (whole > 0 ? Math.round((part * 10_000) / whole) / 100 : null);

/** The figures of several groups together: counts summed, the on-time rate recomputed from them. */
export function sumFigures(rows: readonly CaseFigures[]): CaseFigures {
  const sums = Object.fromEntries(
    FIGURE_COUNTS.map((k) => [k, rows.reduce((s, r) => s + (r[k] ?? 0), 0)]),
  ) as Omit<CaseFigures, "onTimeRate">;
  return { ...sums, onTimeRate: rate(sums.early + sums.onTime, sums.finished) };
}

export type ReportUnit = { code: string; name: string; level: string };
export type OfficialUnitRow = ReportUnit & { figures: CaseFigures };
export type OfficialSection = { level: string; total: CaseFigures; units: OfficialUnitRow[] };
export type OfficialCaseReport = { year: number; sections: OfficialSection[]; total: CaseFigures };

const LEVELS = ["tinh", "huyen", "xa"];

/** Units that received nothing in the year are left out; levels in the order tỉnh, huyện, xã. */
export function officialCaseReport(
  year: number,
  units: readonly ReportUnit[],
  rows: readonly ({ key: string | number } & CaseFigures)[],
): OfficialCaseReport {
  const unitOf = new Map(units.map((u) => [u.code, u]));
  const byLevel = new Map<string, OfficialUnitRow[]>();
  for (const r of rows) {
    const { key, ...figures } = r;
    const unit = unitOf.get(String(key));
    if (!unit || figures.received === 0) continue;
    byLevel.set(unit.level, [...(byLevel.get(unit.level) ?? []), { ...unit, figures }]);
  }
  const sections = [...byLevel.keys()]
    .sort((a, b) => LEVELS.indexOf(a) - LEVELS.indexOf(b))
    .map((level) => {
      const list = byLevel.get(level)!.sort((a, b) => a.name.localeCompare(b.name, "vi"));
      return { level, units: list, total: sumFigures(list.map((u) => u.figures)) };
    });
  return { year, sections, total: sumFigures(sections.map((s) => s.total)) };
}

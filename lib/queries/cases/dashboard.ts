import "server-only";
// What the case dashboard shows for a year and a set of units, one view at a time, queried in parallel.
import { caseReport } from "@/lib/queries/cases/case-report";
import { caseReportAsOf } from "@/lib/queries/cases/case-report-as-of";
import { caseReportByMonth } from "@/lib/queries/cases/case-report-by-month";
import { caseFields } from "@/lib/queries/cases/case-fields";
import { lateCases } from "@/lib/queries/cases/late-cases";
import { pageNumber } from "@/lib/ids";

/** The case dashboard's filter as it stands in the URL (?nam=&xem=&cap=&linh_vuc=&kenh=&thu=&trang=). */
export type LateFilter = {
  nam: string;
  xem?: string;
  cap?: string;
  linh_vuc?: string;
  kenh?: string;
  thu?: string;
  trang?: string;
};

export const LATE_PAGE_SIZE = 25;

/**
 * The dashboard's views (?xem=): a view reads and renders only what it shows. The year's totals
 * (the cards) are on every view; they come from the report by level, which every view reads.
 */
export const CASE_VIEWS = {
  "tong-hop": "Tổng hợp",
  "don-vi": "Theo đơn vị",
  "linh-vuc": "Theo lĩnh vực",
  "tre-han": "Hồ sơ trễ hạn",
} as const;
export type CaseView = keyof typeof CASE_VIEWS;

export const caseView = (x: string | undefined): CaseView =>
  x !== undefined && x in CASE_VIEWS ? (x as CaseView) : "tong-hop";

const none = async () => null;

/** `asOf`: count each record under the unit that succeeds its own on that day (lineage), by unit and level. */
export async function loadCaseDashboard(
  year: number,
  unitIds: number[] | null,
  f: LateFilter,
  asOf: string | null = null,
) {
  const view = caseView(f.xem);
  const page = pageNumber(f.trang);
  const level = f.cap === "tinh" || f.cap === "huyen" || f.cap === "xa" ? f.cap : null;
  const channel = f.kenh === "1" || f.kenh === "2" || f.kenh === "3" ? (Number(f.kenh) as 1 | 2 | 3) : null;
  const apology =
    f.thu === "none" || f.thu === "sent" || f.thu === "inTime" || f.thu === "notInTime" ? f.thu : null;
  const on = <T>(v: CaseView, read: () => Promise<T>) => (view === v ? read() : none());
  const [byLevel, byUnit, byChannel, byField, byMonth, fields, late] = await Promise.all([
    asOf ? caseReportAsOf(year, "level", asOf, unitIds) : caseReport(year, "level", unitIds),
    on("don-vi", () =>
      asOf ? caseReportAsOf(year, "unit", asOf, unitIds) : caseReport(year, "unit", unitIds),
    ),
    on("tong-hop", () => caseReport(year, "channel", unitIds)),
    on("linh-vuc", () => caseReport(year, "field", unitIds)),
    on("tong-hop", () => caseReportByMonth(year, unitIds)),
    on("tre-han", () => caseFields(unitIds)),
    on("tre-han", () =>
      lateCases({
        year,
        unitIds,
        level,
        field: f.linh_vuc || null,
        channel,
        apology,
        limit: LATE_PAGE_SIZE,
        offset: (page - 1) * LATE_PAGE_SIZE,
      }),
    ),
  ]);
  const sum = (
    k:
      | "finished"
      | "early"
      | "onTime"
      | "late"
      | "open"
      | "openInTime"
      | "overdue"
      | "online"
      | "apologyLetters"
      | "apologyLettersInTime",
  ) => byLevel.reduce((a, r) => a + r[k], 0);
  const total = {
    finished: sum("finished"),
    early: sum("early"),
    onTime: sum("onTime"),
    late: sum("late"),
    open: sum("open"),
    openInTime: sum("openInTime"),
    overdue: sum("overdue"),
    online: sum("online"),
    apologyLetters: sum("apologyLetters"),
    apologyLettersInTime: sum("apologyLettersInTime"),
  };
  return { view, byLevel, byUnit, byChannel, byField, byMonth, total, fields, late, page };
}

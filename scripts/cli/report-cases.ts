import { CliError, requireFlag, type Command } from "./args";
import { withDatabase } from "./with-db";
import type { CaseReportRow } from "../../lib/queries/cases/case-report";
import type { CaseFigures } from "../../lib/queries/cases/case-sql";
import { parseVnDay } from "../../lib/cases/dates";
import { CHANNEL_LABELS, LEVEL_LABELS } from "../../lib/labels";
import { sumFigures } from "../../lib/cases/official-report";

const BY = ["level", "unit", "channel", "month", "field"] as const;
type By = (typeof BY)[number];

export const reportCasesCommand: Command = {
  summary:
    "số liệu giải quyết hồ sơ của năm: --year Y --by level|unit|channel|month|field [--unit MÃ [--with-children]] [--as-of YYYY-MM-DD] [--json]",
  async run(args) {
    const yearText = requireFlag(args, "year");
    const year = Number(yearText);
    if (!/^\d{4}$/.test(yearText) || year < 1990 || year > 2100)
      throw new CliError(`--year "${yearText}" không hợp lệ (ví dụ: --year 2023)`, 2);
    const by = requireFlag(args, "by") as By;
    if (!BY.includes(by)) throw new CliError(`--by "${by}" không hợp lệ; dùng ${BY.join(", ")}`, 2);
    const unitCode = typeof args.flags.unit === "string" ? args.flags.unit : null;
    const asOfText = args.flags["as-of"];
    const asOf = typeof asOfText === "string" ? parseVnDay(asOfText) : null;
    if (asOfText !== undefined && !asOf)
      throw new CliError(`--as-of "${String(asOfText)}" không phải là ngày (ví dụ: --as-of 2025-07-01)`, 2);
    const rows = await withDatabase(async () => {
      const { db } = await import("../../lib/db/client");
      let unitIds: number[] | null = null;
      if (unitCode) {
        const unit = await db().unit.findUnique({ where: { code: unitCode }, select: { id: true } });
        if (!unit) throw new CliError(`không có đơn vị mã "${unitCode}"`);
        unitIds = [unit.id];
        // a district before 2025, or the province: itself and every unit under it
        if (args.flags["with-children"] === true) unitIds = await descendantsOf(unit.id);
      }
      if (asOf) {
        // records counted under the units that succeed the recording units on that day
        const asOfReport = await import("../../lib/queries/cases/case-report-as-of");
        if (unitCode && args.flags["with-children"] !== true)
          unitIds = await asOfReport.unitsCountedUnder(unitCode, asOf);
        if (by === "unit" || by === "level") return asOfReport.caseReportAsOf(year, by, asOf, unitIds);
      }
      if (by === "month")
        return (await import("../../lib/queries/cases/case-report-by-month")).caseReportByMonth(
          year,
          unitIds,
        );
      return (await import("../../lib/queries/cases/case-report")).caseReport(year, by, unitIds);
    });
    if (args.flags.json === true) {
      // the rows' sum (not for months: each counts its own carried-over and open cases)
      const total = by === "month" ? {} : { total: sumFigures(rows) };
      process.stdout.write(`${JSON.stringify({ year, by, ...(asOf ? { asOf } : {}), rows, ...total })}\n`);
    } else process.stdout.write(table(year, by, rows, asOf));
    return 0;
  },
};

const BY_LABEL: Record<By, string> = {
  level: "cấp",
  unit: "đơn vị",
  channel: "kênh",
  month: "tháng",
  field: "lĩnh vực",
};
const HEAD = [
  "nhóm",
  "đã xử lý",
  "sớm hạn",
  "đúng hạn",
  "trễ hạn",
  "tỷ lệ đúng hạn %",
  "tồn",
  "tồn trong hạn",
  "tồn quá hạn",
  "trực tuyến",
  "thư xin lỗi",
  "thư đúng hạn",
];

/** The key as people read it: level and channel by name, the month as "Tháng 1/2023" (codes stay in --json). */
function keyText(by: By, key: string | number): string {
  if (by === "level") return LEVEL_LABELS[String(key)] ?? String(key);
  if (by === "channel") return CHANNEL_LABELS[String(key)] ?? String(key);
  if (by === "month") {
    const [y, m] = String(key).split("-");
    return `Tháng ${Number(m)}/${y}`;
  }
  return String(key || "(không ghi)");
}

function table(
  year: number,
  by: By,
  rows: (CaseReportRow & { split?: true })[],
  asOf: string | null,
): string {
  const pct = (n: number | null) =>
    n === null ? "—" : n.toLocaleString("vi-VN", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const int = (n: number) => n.toLocaleString("vi-VN");
  const line = (label: string, r: CaseFigures) => [
    label,
    int(r.finished),
    int(r.early),
    int(r.onTime),
    int(r.late),
    pct(r.onTimeRate),
    int(r.open),
    int(r.openInTime),
    int(r.overdue),
    int(r.online),
    int(r.apologyLetters),
    int(r.apologyLettersInTime),
  ];
  // months each count their own open cases at their own end: a total of open cases over months means nothing
  const totalRow = line("Tổng cộng", sumFigures(rows));
  if (by === "month") for (const i of [6, 7, 8]) totalRow[i] = "";
  const body = [
    ...rows.map((r) => line(`${keyText(by, r.key)}${r.split ? " (đã chia tách)" : ""}`, r)),
    totalRow,
  ];
  const widths = HEAD.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const text = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  const structure = asOf ? ` (tính theo đơn vị kế thừa ngày ${asOf.split("-").reverse().join("/")})` : "";
  return `Hồ sơ TTHC năm ${year} theo ${BY_LABEL[by]}${structure}\n${text(HEAD)}\n${body.map(text).join("\n")}\n`;
}

/** A unit and every unit below it (parent links, any depth). */
async function descendantsOf(unitId: number): Promise<number[]> {
  const { db } = await import("../../lib/db/client");
  const units = await db().unit.findMany({ select: { id: true, parentId: true } });
  const out = [unitId];
  for (let i = 0; i < out.length; i++)
    for (const u of units) if (u.parentId === out[i] && !out.includes(u.id)) out.push(u.id);
  return out;
}

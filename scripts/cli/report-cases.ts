import { CliError, requireFlag, type Command } from "./args";
import { withDatabase } from "./with-db";
import type { CaseReportRow } from "../../lib/queries/cases/case-report";
import { parseVnDay } from "../../lib/cases/dates";

const BY = ["level", "unit", "channel", "month", "field"] as const;
type By = (typeof BY)[number];

export const reportCasesCommand: Command = {
  summary: "số liệu giải quyết hồ sơ của năm: --year Y --by level|unit|channel|month|field [--unit MÃ [--with-children]] [--as-of YYYY-MM-DD] [--json]",
  async run(args) {
    const yearText = requireFlag(args, "year");
    const year = Number(yearText);
    if (!/^\d{4}$/.test(yearText) || year < 1990 || year > 2100) throw new CliError(`--year "${yearText}" không hợp lệ (ví dụ: --year 2023)`, 2);
    const by = requireFlag(args, "by") as By;
    if (!BY.includes(by)) throw new CliError(`--by "${by}" không hợp lệ; dùng ${BY.join(", ")}`, 2);
    const unitCode = typeof args.flags.unit === "string" ? args.flags.unit : null;
    const asOfText = args.flags["as-of"];
    const asOf = typeof asOfText === "string" ? parseVnDay(asOfText) : null;
    if (asOfText !== undefined && !asOf) throw new CliError(`--as-of "${String(asOfText)}" không phải là ngày (ví dụ: --as-of 2025-07-01)`, 2);
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
        if (unitCode && args.flags["with-children"] !== true) unitIds = await asOfReport.unitsCountedUnder(unitCode, asOf);
        if (by === "unit" || by === "level") return asOfReport.caseReportAsOf(year, by, asOf, unitIds);
      }
      if (by === "month") return (await import("../../lib/queries/cases/case-report-by-month")).caseReportByMonth(year, unitIds);
      return (await import("../../lib/queries/cases/case-report")).caseReport(year, by, unitIds);
    });
    if (args.flags.json === true) {
      process.stdout.write(`${JSON.stringify({ year, by, ...(asOf ? { asOf } : {}), rows })}\n`);
    } else process.stdout.write(table(year, by, rows, asOf));
    return 0;
  },
};

const BY_LABEL: Record<By, string> = { level: "cấp", unit: "đơn vị", channel: "kênh", month: "tháng", field: "lĩnh vực" };
const HEAD = ["nhóm", "đã xử lý", "sớm hạn", "đúng hạn", "trễ hạn", "tỷ lệ đúng hạn %", "tồn", "tồn trong hạn", "tồn quá hạn", "trực tuyến", "thư xin lỗi", "thư đúng hạn"];

function table(year: number, by: By, rows: (CaseReportRow & { split?: true })[], asOf: string | null): string {
  const pct = (n: number | null) => (n === null ? "—" : n.toLocaleString("vi-VN", { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
  const body = rows.map((r) => [`${String(r.key || "(trống)")}${r.split ? " (đã chia tách)" : ""}`, r.finished, r.early, r.onTime, r.late, pct(r.onTimeRate), r.open, r.openInTime, r.overdue, r.online, r.apologyLetters, r.apologyLettersInTime].map(String));
  const widths = HEAD.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  const structure = asOf ? ` (tính theo đơn vị kế thừa ngày ${asOf.split("-").reverse().join("/")})` : "";
  return `Hồ sơ TTHC năm ${year} theo ${BY_LABEL[by]}${structure}\n${line(HEAD)}\n${body.map(line).join("\n")}\n`;
}

/** A unit and every unit below it (parent links, any depth). */
async function descendantsOf(unitId: number): Promise<number[]> {
  const { db } = await import("../../lib/db/client");
  const units = await db().unit.findMany({ select: { id: true, parentId: true } });
  const out = [unitId];
  for (let i = 0; i < out.length; i++) for (const u of units) if (u.parentId === out[i] && !out.includes(u.id)) out.push(u.id);
  return out;
}

import { CliError, requireFlag, type Command } from "./args";
import { withDatabase } from "./with-db";
import type { CaseReportRow } from "../../lib/queries/cases/case-report";

const BY = ["level", "unit", "channel", "month", "field"] as const;
type By = (typeof BY)[number];

export const reportCasesCommand: Command = {
  summary: "số liệu giải quyết hồ sơ của năm: --year Y --by level|unit|channel|month|field [--unit MÃ] [--json]",
  async run(args) {
    const yearText = requireFlag(args, "year");
    const year = Number(yearText);
    if (!/^\d{4}$/.test(yearText) || year < 1990 || year > 2100) throw new CliError(`--year "${yearText}" không hợp lệ (ví dụ: --year 2023)`, 2);
    const by = requireFlag(args, "by") as By;
    if (!BY.includes(by)) throw new CliError(`--by "${by}" không hợp lệ; dùng ${BY.join(", ")}`, 2);
    const unitCode = typeof args.flags.unit === "string" ? args.flags.unit : null;
    const rows = await withDatabase(async () => {
      const { db } = await import("../../lib/db/client");
      let unitIds: number[] | null = null;
      if (unitCode) {
        const unit = await db().unit.findUnique({ where: { code: unitCode }, select: { id: true } });
        if (!unit) throw new CliError(`không có đơn vị mã "${unitCode}"`);
        unitIds = [unit.id];
      }
      if (by === "month") return (await import("../../lib/queries/cases/case-report-by-month")).caseReportByMonth(year, unitIds);
      return (await import("../../lib/queries/cases/case-report")).caseReport(year, by, unitIds);
    });
    if (args.flags.json === true) {
      process.stdout.write(`${JSON.stringify({ year, by, rows })}\n`);
    } else process.stdout.write(table(year, by, rows));
    return 0;
  },
};

const BY_LABEL: Record<By, string> = { level: "cấp", unit: "đơn vị", channel: "kênh", month: "tháng", field: "lĩnh vực" };
const HEAD = ["nhóm", "đã xử lý", "sớm hạn", "đúng hạn", "trễ hạn", "tỷ lệ đúng hạn %", "tồn", "tồn trong hạn", "tồn quá hạn", "trực tuyến", "thư xin lỗi", "thư đúng hạn"];

function table(year: number, by: By, rows: CaseReportRow[]): string {
  const pct = (n: number | null) => (n === null ? "—" : n.toLocaleString("vi-VN", { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
  const body = rows.map((r) => [String(r.key || "(trống)"), r.finished, r.early, r.onTime, r.late, pct(r.onTimeRate), r.open, r.openInTime, r.overdue, r.online, r.apologyLetters, r.apologyLettersInTime].map(String));
  const widths = HEAD.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return `Hồ sơ TTHC năm ${year} theo ${BY_LABEL[by]}\n${line(HEAD)}\n${body.map(line).join("\n")}\n`;
}

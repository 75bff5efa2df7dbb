// The official case report as an XLSX in the layout provincial reports use: the issuing office and
// the national motto above, the title and the period, a three-row header (column groups, columns,
// column numbers), a row per level (I, II, III) with its units numbered under it, a total row, the
// date line and the signature block.
import ExcelJS from "exceljs";
import type { Cell } from "exceljs";
import type { CaseFigures } from "../../queries/cases/case-sql";
import type { OfficialCaseReport } from "../../cases/official-report";
import { LEVEL_LABELS } from "../../labels";
import { issuerOf } from "../issuer";
import { documentDateLine } from "../print-date";

type Col = {
  header: string;
  group?: string;
  width: number;
  value: (f: CaseFigures) => number | null;
  numFmt?: string;
};

/** columns after STT and Đơn vị; `group` spans the columns that share it */
export const CASE_REPORT_COLUMNS: Col[] = [
  { group: "Số hồ sơ nhận giải quyết", header: "Tổng số", width: 10, value: (f) => f.received },
  {
    group: "Số hồ sơ nhận giải quyết",
    header: "Từ kỳ trước chuyển qua",
    width: 11,
    value: (f) => f.carriedOver,
  },
  {
    group: "Số hồ sơ nhận giải quyết",
    header: "Mới tiếp nhận trực tuyến",
    width: 11,
    value: (f) => f.receivedOnline,
  },
  {
    group: "Số hồ sơ nhận giải quyết",
    header: "Mới tiếp nhận trực tiếp",
    width: 11,
    value: (f) => f.receivedInPerson,
  },
  {
    group: "Số hồ sơ nhận giải quyết",
    header: "Mới tiếp nhận qua bưu chính công ích",
    width: 12,
    value: (f) => f.receivedPostal,
  },
  { group: "Số hồ sơ đã giải quyết", header: "Tổng số", width: 10, value: (f) => f.finished },
  { group: "Số hồ sơ đã giải quyết", header: "Trước hạn", width: 10, value: (f) => f.early },
  { group: "Số hồ sơ đã giải quyết", header: "Đúng hạn", width: 10, value: (f) => f.onTime },
  { group: "Số hồ sơ đã giải quyết", header: "Quá hạn", width: 10, value: (f) => f.late },
  {
    group: "Số hồ sơ đã giải quyết",
    header: "Tỷ lệ trước và đúng hạn (%)",
    width: 11,
    value: (f) => f.onTimeRate,
    numFmt: "0.00",
  },
  { group: "Số hồ sơ đang giải quyết", header: "Tổng số", width: 10, value: (f) => f.open },
  { group: "Số hồ sơ đang giải quyết", header: "Trong hạn", width: 10, value: (f) => f.openInTime },
  { group: "Số hồ sơ đang giải quyết", header: "Quá hạn", width: 10, value: (f) => f.overdue },
];

const ROMAN = ["I", "II", "III", "IV", "V"];
const thin = { style: "thin" as const, color: { argb: "FF000000" } };
const border = (c: Cell) => {
  c.border = { top: thin, left: thin, bottom: thin, right: thin };
};

export type CaseReportOptions = { province: string | undefined; unitName?: string | null; at?: Date };

export function caseReportWorkbook(report: OfficialCaseReport, opts: CaseReportOptions): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Chỉ số CCHC";
  const ws = wb.addWorksheet(`Năm ${report.year}`, {
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const n = 2 + CASE_REPORT_COLUMNS.length;
  const issuer = issuerOf(opts.province);
  const half = 5;
  const put = (row: number, from: number, to: number, value: string, font: Partial<ExcelJS.Font> = {}) => {
    ws.mergeCells(row, from, row, to);
    const c = ws.getCell(row, from);
    c.value = value;
    c.font = { name: "Times New Roman", size: 12, ...font };
    c.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  };
  put(1, 1, half, issuer.authority, { bold: false });
  put(2, 1, half, opts.unitName ? opts.unitName.toLocaleUpperCase("vi-VN") : "SỞ NỘI VỤ", { bold: true });
  put(1, half + 2, n, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true });
  put(2, half + 2, n, "Độc lập - Tự do - Hạnh phúc", { bold: true, underline: true });
  put(4, 1, n, `TỔNG HỢP TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH NĂM ${report.year}`, {
    bold: true,
    size: 14,
  });
  put(
    5,
    1,
    n,
    `Kỳ báo cáo: năm ${report.year} (từ ngày 01/01/${report.year} đến hết ngày 31/12/${report.year})`,
    { italic: true },
  );
  put(6, 1, n, "Đơn vị tính: hồ sơ", { italic: true });
  ws.getCell(6, 1).alignment = { horizontal: "right" };

  // header: groups (row 8), columns (row 9), column numbers (row 10)
  const H = 8;
  const head = (row: number, col: number, value: string) => {
    const c = ws.getCell(row, col);
    c.value = value;
    c.font = { name: "Times New Roman", size: 11, bold: row < H + 2, italic: row === H + 2 };
    c.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    border(c);
  };
  for (const [col, label] of [
    [1, "STT"],
    [2, "Đơn vị"],
  ] as const) {
    head(H, col, label);
    ws.mergeCells(H, col, H + 1, col);
  }
  let col = 3;
  while (col <= n) {
    const group = CASE_REPORT_COLUMNS[col - 3]!.group!;
    const span = CASE_REPORT_COLUMNS.filter((c) => c.group === group).length;
    head(H, col, group);
    ws.mergeCells(H, col, H, col + span - 1);
    col += span;
  }
  CASE_REPORT_COLUMNS.forEach((c, i) => head(H + 1, i + 3, c.header));
  for (let i = 1; i <= n; i++) {
    head(H + 2, i, `(${i})`);
    if (i > 1) border(ws.getCell(H, i));
  }
  ws.getRow(H + 1).height = 48;
  ws.getColumn(1).width = 6;
  ws.getColumn(2).width = 36;
  CASE_REPORT_COLUMNS.forEach((c, i) => {
    ws.getColumn(i + 3).width = c.width;
  });

  let row = H + 3;
  const line = (stt: string, name: string, f: CaseFigures, bold: boolean) => {
    const r = ws.getRow(row++);
    r.getCell(1).value = stt;
    r.getCell(2).value = name;
    CASE_REPORT_COLUMNS.forEach((c, i) => {
      const cell = r.getCell(i + 3);
      cell.value = c.value(f);
      if (c.numFmt) cell.numFmt = c.numFmt;
    });
    for (let i = 1; i <= n; i++) {
      const cell = r.getCell(i);
      cell.font = { name: "Times New Roman", size: 11, bold };
      if (i === 1) cell.alignment = { horizontal: "center" };
      if (i === 2) cell.alignment = { wrapText: true };
      border(cell);
    }
  };
  report.sections.forEach((s, i) => {
    line(ROMAN[i] ?? String(i + 1), LEVEL_LABELS[s.level] ?? s.level, s.total, true);
    s.units.forEach((u, j) => line(String(j + 1), u.name, u.figures, false));
  });
  line("", "Tổng cộng", report.total, true);

  row += 1;
  put(row, half + 2, n, documentDateLine(opts.at ?? new Date(), issuer.place), { italic: true });
  row += 1;
  put(row, 1, half, "NGƯỜI LẬP BIỂU", { bold: true });
  put(row, half + 2, n, opts.unitName ? "THỦ TRƯỞNG ĐƠN VỊ" : "GIÁM ĐỐC SỞ NỘI VỤ", { bold: true });
  row += 1;
  put(row, 1, half, "(Ký, ghi rõ họ tên)", { italic: true });
  put(row, half + 2, n, "(Ký tên, đóng dấu)", { italic: true });
  ws.views = [{ state: "frozen", ySplit: H + 2, xSplit: 2 }];
  return wb;
}

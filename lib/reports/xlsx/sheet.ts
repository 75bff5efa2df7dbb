// One titled table per worksheet: a title row, an optional subtitle, Vietnamese headers, numbers
// stored as numbers ('0.00' where they are points or indices) so that the sheet can be computed on.
import ExcelJS from "exceljs";
import type { Worksheet, Cell } from "exceljs";
import { argb, indexTone, type Tone } from "../colour-scale";

export type Column = { header: string; width?: number; numFmt?: string };
export type CellValue = string | number | null;

export const HEADER_ROW = 4;

/** A workbook of one wide table: its sheet prints on landscape A4, one page wide. */
export function landscapeWorkbook(sheetName: string): { wb: ExcelJS.Workbook; ws: Worksheet } {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Chỉ số CCHC";
  const ws = wb.addWorksheet(sheetName, {
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  return { wb, ws };
}

export function titledTable(
  ws: Worksheet,
  opts: {
    title: string;
    subtitle?: string;
    columns: Column[];
    rows: CellValue[][];
    tones?: (row: number, col: number) => Tone | null;
    footer?: CellValue[];
  },
): void {
  const n = opts.columns.length;
  ws.getCell(1, 1).value = opts.title;
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.mergeCells(1, 1, 1, Math.max(1, n));
  if (opts.subtitle) {
    ws.getCell(2, 1).value = opts.subtitle;
    ws.getCell(2, 1).font = { italic: true };
    ws.mergeCells(2, 1, 2, Math.max(1, n));
  }
  const header = ws.getRow(HEADER_ROW);
  opts.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2E8F0" } };
    border(cell);
    ws.getColumn(i + 1).width = c.width ?? 12;
  });
  const write = (values: CellValue[], rowNumber: number, bold: boolean) => {
    const row = ws.getRow(rowNumber);
    values.forEach((v, i) => {
      const cell = row.getCell(i + 1);
      cell.value = v;
      const fmt = opts.columns[i]?.numFmt;
      if (typeof v === "number" && fmt) cell.numFmt = fmt;
      if (bold) cell.font = { bold: true };
      border(cell);
    });
  };
  opts.rows.forEach((values, r) => {
    write(values, HEADER_ROW + 1 + r, false);
    values.forEach((_, c) => {
      const tone = opts.tones?.(r, c);
      if (tone) {
        const cell = ws.getRow(HEADER_ROW + 1 + r).getCell(c + 1);
        cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(tone.bg) } };
        cell.font = { color: { argb: argb(tone.fg) } };
      }
    });
  });
  if (opts.footer) write(opts.footer, HEADER_ROW + 1 + opts.rows.length, true);
  ws.views = [{ state: "frozen", ySplit: HEADER_ROW }];
}

function border(cell: Cell) {
  const thin = { style: "thin" as const, color: { argb: "FF94A3B8" } };
  cell.border = { top: thin, left: thin, bottom: thin, right: thin };
}

export const toneOfIndex = (v: CellValue) => (typeof v === "number" ? indexTone(v) : null);

/** A file name for Content-Disposition: ASCII fallback plus the UTF-8 form. */
export function attachment(name: string): string {
  const ascii = name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^\w.-]+/g, "-");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

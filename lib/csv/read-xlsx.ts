// Reading the first sheet of a small XLSX workbook with the same rules as a CSV file (readCsv): the
// header row, unknown columns refused, rows numbered as the spreadsheet numbers them. The sheet is
// written out as CSV text, one line per sheet row (empty lines for empty rows), and read by readCsv.
// For small files only (official scores, lists): case files stream through lib/cases/case-source.ts.
import { readCsv, type CsvSpec, type CsvTable } from "./read-csv";
import { excelDateToText } from "../cases/dates";

export type ExcelValue =
  | null
  | undefined
  | string
  | number
  | boolean
  | Date
  | { richText?: { text: string }[]; text?: string; result?: unknown; error?: string };

/**
 * A cell's text as the user sees it: rich text joined, a formula's result, a date cell as its
 * local date and time ("2023-05-01T00:00:00"); `dayOnly` drops a midnight time (a typed date).
 */
export function cellText(v: ExcelValue, dayOnly = false): string {
  if (v === null || v === undefined) return "";
  // a date cell (Excel turns a typed "2023-05" into 01/05/2023): its calendar day, without time at midnight
  if (v instanceof Date) return dayOnly ? excelDateToText(v).replace(/T00:00:00$/, "") : excelDateToText(v);
  if (typeof v === "object") {
    if (v.richText) return v.richText.map((t) => t.text).join("");
    if (v.text !== undefined) return String(v.text);
    if (v.result !== undefined) return cellText(v.result as ExcelValue, dayOnly);
    return "";
  }
  return String(v);
}

const quote = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export async function readXlsx(content: Buffer, spec: CsvSpec): Promise<CsvTable> {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch (e) {
    return {
      header: [],
      rows: [],
      unknownColumns: [],
      errors: [
        { row: 1, message: `tệp XLSX không đọc được (${e instanceof Error ? e.message : String(e)})` },
      ],
    };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet)
    return {
      header: [],
      rows: [],
      unknownColumns: [],
      errors: [{ row: 1, message: "tệp XLSX không có trang tính nào" }],
    };
  const lines: string[] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    while (lines.length < number - 1) lines.push("");
    lines.push(
      (row.values as ExcelValue[])
        .slice(1)
        .map((v) => quote(cellText(v, true)))
        .join(","),
    );
  });
  return readCsv(lines.join("\n"), spec);
}

/** A CSV or XLSX file by its name. */
export function readTable(name: string, content: Buffer, spec: CsvSpec): Promise<CsvTable> {
  return /\.xlsx$/i.test(name) ? readXlsx(content, spec) : Promise.resolve(readCsv(content, spec));
}

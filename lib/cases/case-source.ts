// Reading a case-records file as a stream of rows (CSV or the first sheet of an XLSX workbook),
// without holding the file in memory. Row numbers count the header as row 1. Every source yields
// rows in batches (a CSV chunk's rows, a thousand XLSX rows, a whole API request): a million
// asynchronous steps of one row each cost more than reading the rows.
import { createReadStream } from "node:fs";
import type { Readable } from "node:stream";
import { csvRecords, CsvSyntaxError } from "./csv-records";
import { unknownColumnErrors, type RowError } from "../csv/read-csv";
import { cellText, type ExcelValue } from "../csv/read-xlsx";
import { CASE_COLUMNS, REQUIRED_CASE_COLUMNS, type AnyCaseColumn, type CaseColumn } from "./case-row";

export type SourceRow = { row: number; get: (column: CaseColumn) => string };
export type RowSource = AsyncIterable<SourceRow[]> | Iterable<SourceRow[]>;

/** Groups rows given one by one (a generator, an array) into batches of `size`. */
export function* batched(rows: Iterable<SourceRow>, size = 10_000): Generator<SourceRow[]> {
  let batch: SourceRow[] = [];
  for (const r of rows) {
    batch.push(r);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

/** The file cannot be read as a case-records file at all (unreadable, or required columns missing). */
export class CaseFileError extends Error {
  constructor(public errors: RowError[]) {
    super(errors.map((e) => e.message).join("; "));
  }
}

function headerIndex(cells: string[]): Map<AnyCaseColumn, number> {
  const names = cells.map((h) =>
    String(h ?? "")
      .replace(/^\uFEFF/, "")
      .trim()
      .toLowerCase(),
  );
  const missing = REQUIRED_CASE_COLUMNS.filter((c) => !names.includes(c));
  const unknown = names.filter((n) => n !== "" && !(CASE_COLUMNS as readonly string[]).includes(n));
  if (missing.length || unknown.length) {
    throw new CaseFileError([
      ...missing.map((c) => ({ row: 1, column: c, message: "thiếu cột bắt buộc" })),
      ...unknownColumnErrors(unknown, CASE_COLUMNS).map((e) => ({ ...e, column: e.column! })),
    ]);
  }
  const index = new Map<AnyCaseColumn, number>();
  for (const c of CASE_COLUMNS) if (names.includes(c)) index.set(c, names.indexOf(c));
  return index;
}

function getter(index: Map<AnyCaseColumn, number>, cells: string[]) {
  return (c: AnyCaseColumn) => {
    const i = index.get(c);
    return i === undefined ? "" : (cells[i] ?? "");
  };
}

export async function* csvRows(input: Readable): AsyncGenerator<SourceRow[]> {
  let index: Map<AnyCaseColumn, number> | null = null;
  try {
    for await (const records of csvRecords(input)) {
      const rows: SourceRow[] = [];
      for (const { record, line } of records) {
        if (!index) index = headerIndex(record);
        else rows.push({ row: line, get: getter(index, record) });
      }
      if (rows.length) yield rows;
    }
  } catch (e) {
    if (e instanceof CaseFileError) throw e;
    if (e instanceof CsvSyntaxError)
      throw new CaseFileError([
        { row: e.line, column: "-", message: `tệp CSV không đọc được (${e.message})` },
      ]);
    throw new CaseFileError([
      {
        row: 0,
        column: "-",
        message: `tệp CSV không đọc được (${e instanceof Error ? e.message : String(e)})`,
      },
    ]);
  }
  if (!index) throw new CaseFileError([{ row: 1, column: "-", message: "tệp trống: thiếu dòng tiêu đề" }]);
}

export async function* xlsxRows(path: string): AsyncGenerator<SourceRow[]> {
  const { default: ExcelJS } = await import("exceljs");
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    worksheets: "emit",
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    entries: "ignore",
  });
  let index: Map<AnyCaseColumn, number> | null = null;
  let batch: SourceRow[] = [];
  try {
    for await (const sheet of reader) {
      for await (const row of sheet as AsyncIterable<{ number: number; values: ExcelValue[] }>) {
        const cells = (row.values as ExcelValue[]).slice(1).map((v) => cellText(v));
        if (cells.every((c) => c.trim() === "")) continue;
        if (!index) {
          index = headerIndex(cells);
          continue;
        }
        batch.push({ row: row.number, get: getter(index, cells) });
        if (batch.length >= 1000) {
          yield batch;
          batch = [];
        }
      }
      break; // the first sheet only
    }
  } catch (e) {
    if (e instanceof CaseFileError) throw e;
    throw new CaseFileError([
      {
        row: 0,
        column: "-",
        message: `tệp XLSX không đọc được (${e instanceof Error ? e.message : String(e)})`,
      },
    ]);
  }
  if (batch.length) yield batch;
  if (!index) throw new CaseFileError([{ row: 1, column: "-", message: "tệp trống: thiếu dòng tiêu đề" }]);
}

/** Rows of a file chosen by its extension (.xlsx → workbook, anything else → CSV). */
export function fileRows(path: string): AsyncGenerator<SourceRow[]> {
  return /\.xlsx$/i.test(path) ? xlsxRows(path) : csvRows(createReadStream(path));
}

/** Rows of the API's JSON array, in one batch: row = index + 1, values may be strings, numbers or null. */
export function jsonRows(items: unknown[]): SourceRow[][] {
  return [
    items.map((o, i) => {
      const rec = o && typeof o === "object" && !Array.isArray(o) ? (o as Record<string, unknown>) : {};
      return {
        row: i + 1,
        get: (c: AnyCaseColumn) => (rec[c] === null || rec[c] === undefined ? "" : String(rec[c])),
      };
    }),
  ];
}

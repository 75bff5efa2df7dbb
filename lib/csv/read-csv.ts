// Reading a CSV file that people made in Excel or a one-stop-shop system: UTF-8 with or without BOM,
// comma or semicolon separated, a header row. Pure: takes the file's content, never a path.
// Row numbers count the header as row 1 and follow the file's lines, so they match what the user
// sees in a text editor or a spreadsheet even when blank lines or multi-line cells are present.
import { parse } from "csv-parse/sync";

/** The one row error of every file import: "dòng N, cột C: …" (no column: the whole row). */
export type RowError = { row: number; column?: string; message: string };

export type CsvRow = {
  row: number;
  /** The trimmed cell of a column ("" when the column or the cell is absent). */
  get(column: string): string;
};

export type CsvTable = {
  /** Column names as normalised (trimmed, lower case). */
  header: string[];
  rows: CsvRow[];
  /** Columns present in the file that the caller did not name (errors unless `allowUnknown`). */
  unknownColumns: string[];
  errors: RowError[];
};

/**
 * An import refuses a column it does not know, naming it: a silently ignored column loses what the
 * user meant (issue 11: `hieu_luc_tu` ignored, "success" reported). `allowUnknown` is for files that
 * are not imports (the pure `score` command warns instead).
 */
export type CsvSpec = { required: readonly string[]; optional?: readonly string[]; allowUnknown?: boolean };

/** "dòng 5, cột ma_tieu_chi: …" or, for a whole row, "dòng 5: …". */
export function formatRowError(e: RowError): string {
  return e.column ? `dòng ${e.row}, cột ${e.column}: ${e.message}` : `dòng ${e.row}: ${e.message}`;
}

export function readCsv(content: string | Buffer, spec: CsvSpec): CsvTable {
  const empty = (errors: RowError[]): CsvTable => ({ header: [], rows: [], unknownColumns: [], errors });
  const text = typeof content === "string" ? content : decode(content);
  if (text === null)
    return empty([{ row: 1, message: "tệp phải được lưu với bảng mã UTF-8 (tệp này là UTF-16)" }]);

  let records: { record: string[]; info: { lines: number } }[];
  try {
    // With `info: true` each record comes with where it ended; the typings don't know that.
    records = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      delimiter: detectDelimiter(text),
    }) as unknown as typeof records;
  } catch (e) {
    return empty([parseError(e)]);
  }
  const first = records[0];
  if (!first) return empty([{ row: 1, message: "tệp trống: thiếu dòng tiêu đề" }]);

  const header = first.record.map(normaliseName);
  const errors = headerErrors(header, spec);
  const known = new Set([...spec.required, ...(spec.optional ?? [])]);
  const unknownColumns = header.filter((h) => h !== "" && !known.has(h));
  if (!spec.allowUnknown) errors.push(...unknownColumnErrors(unknownColumns, [...known]));
  if (errors.length > 0) return { header, rows: [], unknownColumns, errors };

  const position = new Map(header.map((h, i) => [h, i] as const));
  const rows: CsvRow[] = [];
  for (const { record, info } of records.slice(1)) {
    if (record.every((cell) => cell.trim() === "")) continue;
    const row = info.lines - record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
    if (record.length > header.length && record.slice(header.length).some((c) => c.trim() !== "")) {
      errors.push({ row, message: `có ${record.length} cột, nhiều hơn dòng tiêu đề (${header.length} cột)` });
      continue;
    }
    rows.push({ row, get: (column) => (record[position.get(column) ?? -1] ?? "").trim() });
  }
  return { header, rows, unknownColumns, errors };
}

function decode(buffer: Buffer): string | null {
  if ((buffer[0] === 0xff && buffer[1] === 0xfe) || (buffer[0] === 0xfe && buffer[1] === 0xff)) return null;
  return buffer.toString("utf8");
}

function normaliseName(name: string): string {
  return name
    .replace(/^\uFEFF/, "")
    .trim()
    .normalize("NFC")
    .toLowerCase();
}

/** Excel in a Vietnamese locale saves "CSV" with semicolons, because the comma is the decimal mark. */
function detectDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const count = (ch: string) => firstLine.split(ch).length - 1;
  return count(";") > count(",") ? ";" : count("\t") > count(",") ? "\t" : ",";
}

function headerErrors(header: string[], spec: CsvSpec): RowError[] {
  const errors: RowError[] = [];
  const present = header.filter((h) => h !== "").join(", ") || "(trống)";
  for (const column of spec.required) {
    if (!header.includes(column))
      errors.push({ row: 1, column, message: `thiếu cột bắt buộc (dòng tiêu đề đang có: ${present})` });
  }
  header.forEach((h, i) => {
    if (h !== "" && header.indexOf(h) !== i)
      errors.push({ row: 1, column: h, message: "cột bị lặp lại trong dòng tiêu đề" });
  });
  return errors;
}

/** One error per column that the file format does not have, listing the columns it does have. */
export function unknownColumnErrors(unknown: readonly string[], known: readonly string[]): RowError[] {
  return unknown.map((column) => ({
    row: 1,
    column,
    message: `cột không có trong định dạng tệp này (các cột được dùng: ${known.join(", ")})`,
  }));
}

const PARSE_MESSAGES: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'dấu ngoặc kép (") mở nhưng không được đóng',
  CSV_INVALID_CLOSING_QUOTE: 'sau dấu ngoặc kép (") đóng phải là dấu phân cách hoặc xuống dòng',
};

function parseError(e: unknown): RowError {
  const err = e as { code?: string; lines?: number; message?: string };
  const message =
    (err.code && PARSE_MESSAGES[err.code]) ?? `không đọc được tệp CSV (${err.message ?? String(e)})`;
  return { row: typeof err.lines === "number" && err.lines > 0 ? err.lines : 1, message };
}

// A streaming CSV reader for large case files (RFC 4180: comma separated, "quoted" fields with ""
// escapes and line breaks inside quotes, CRLF or LF, UTF-8 with or without BOM). It splits plain
// lines with String.split, several times faster than a general parser on files of a million rows.
// `line` is the file line a record starts on (the header is line 1). Records come in batches, one
// per chunk read: an async step per record cost more than the splitting on a million rows.
import type { Readable } from "node:stream";

export class CsvSyntaxError extends Error {
  constructor(
    public line: number,
    message: string,
  ) {
    super(message);
  }
}

/** Parses one quoted-or-plain record starting at `pos`; null when the buffer ends inside quotes. */
function parseRecord(
  buf: string,
  pos: number,
  final: boolean,
): { record: string[]; next: number; lines: number } | null {
  const record: string[] = [];
  let lines = 0;
  let i = pos;
  for (;;) {
    if (buf.charCodeAt(i) === 34 /* " */) {
      let value = "";
      let j = i + 1;
      for (;;) {
        const q = buf.indexOf('"', j);
        if (q < 0) {
          if (final) throw new CsvSyntaxError(0, 'thiếu dấu " đóng');
          return null;
        }
        value += buf.slice(j, q);
        if (buf.charCodeAt(q + 1) === 34) {
          value += '"';
          j = q + 2;
          continue;
        }
        if (q + 1 >= buf.length && !final) return null;
        i = q + 1;
        break;
      }
      for (let k = 0; k < value.length; k++) if (value.charCodeAt(k) === 10) lines++;
      record.push(value);
      const c = buf.charCodeAt(i);
      if (c === 44 /* , */) {
        i++;
        continue;
      }
      if (c === 13) i++;
      if (buf.charCodeAt(i) === 10 || i >= buf.length) return { record, next: i + 1, lines: lines + 1 };
      // text after a closing quote: keep it, as spreadsheet programs do
      const end = nextDelimiter(buf, i);
      record[record.length - 1] += buf.slice(i, end.at);
      if (end.ch === 44) {
        i = end.at + 1;
        continue;
      }
      if (end.at >= buf.length && !final) return null;
      return { record, next: end.at + 1, lines: lines + 1 };
    }
    const end = nextDelimiter(buf, i);
    if (end.at >= buf.length && !final) return null;
    let value = buf.slice(i, end.at);
    if (end.ch !== 44 && value.endsWith("\r")) value = value.slice(0, -1);
    record.push(value);
    if (end.ch === 44) {
      i = end.at + 1;
      continue;
    }
    return { record, next: end.at + 1, lines: lines + 1 };
  }
}

function nextDelimiter(buf: string, from: number): { at: number; ch: number } {
  for (let k = from; k < buf.length; k++) {
    const c = buf.charCodeAt(k);
    if (c === 44 || c === 10) return { at: k, ch: c };
  }
  return { at: buf.length, ch: -1 };
}

export type CsvRecord = { record: string[]; line: number };

/** No record of a case file comes near this: a longer one is refused before it fills the memory. */
export const MAX_RECORD_CHARS = 1024 * 1024;

export async function* csvRecords(input: Readable): AsyncGenerator<CsvRecord[]> {
  input.setEncoding("utf8");
  let buf = "";
  let line = 1;
  let first = true;
  const drain = (final: boolean): CsvRecord[] => {
    const batch: CsvRecord[] = [];
    let pos = 0;
    for (;;) {
      if (pos >= buf.length) break;
      const nl = buf.indexOf("\n", pos);
      if (nl < 0 && !final) break;
      const end = nl < 0 ? buf.length : nl;
      const quote = buf.indexOf('"', pos);
      if (quote < 0 || quote > end) {
        let text = buf.slice(pos, end);
        if (text.endsWith("\r")) text = text.slice(0, -1);
        if (text !== "") batch.push({ record: text.split(","), line });
        line++;
        pos = end + 1;
        continue;
      }
      let r: ReturnType<typeof parseRecord>;
      try {
        r = parseRecord(buf, pos, final);
      } catch (e) {
        if (e instanceof CsvSyntaxError) throw new CsvSyntaxError(line, `dòng ${line}: ${e.message}`);
        throw e;
      }
      if (!r) break;
      batch.push({ record: r.record, line });
      line += r.lines;
      pos = r.next;
    }
    buf = buf.slice(pos);
    return batch;
  };
  for await (const chunk of input as AsyncIterable<string>) {
    buf += first && chunk.charCodeAt(0) === 0xfeff ? chunk.slice(1) : chunk;
    first = false;
    const batch = drain(false);
    if (batch.length) yield batch;
    // what is left is one unfinished record: a line (or a quoted cell) that never ends
    if (buf.length > MAX_RECORD_CHARS)
      throw new CsvSyntaxError(
        line,
        `dòng ${line}: dòng dài quá ${MAX_RECORD_CHARS / 1024 / 1024} MB ký tự (thiếu xuống dòng, hoặc dấu " không được đóng)`,
      );
  }
  const last = drain(true);
  if (last.length) yield last;
}

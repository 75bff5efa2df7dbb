// Dates in case files are Vietnam local time (UTC+7, no daylight saving). Accepted forms:
// YYYY-MM-DD, YYYY-MM-DDTHH:mm[:ss] (a space instead of T too), dd/mm/yyyy, dd/mm/yyyy HH:mm[:ss].
// Pure: no database.
export const VN_OFFSET_MS = 7 * 3600 * 1000;

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const VN = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

const digit = (s: string, i: number) => {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1000;
};

/** Fast path for the machine-written forms YYYY-MM-DD and YYYY-MM-DD[T ]HH:mm[:ss] (no regex). */
function parseIsoFast(s: string): number | null {
  const n = s.length;
  if ((n !== 10 && n !== 16 && n !== 19) || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return null;
  const y = digit(s, 0) * 1000 + digit(s, 1) * 100 + digit(s, 2) * 10 + digit(s, 3);
  const mo = digit(s, 5) * 10 + digit(s, 6);
  const d = digit(s, 8) * 10 + digit(s, 9);
  let h = 0,
    mi = 0,
    se = 0;
  if (n > 10) {
    const sep = s.charCodeAt(10);
    if ((sep !== 84 && sep !== 32) || s.charCodeAt(13) !== 58) return null;
    h = digit(s, 11) * 10 + digit(s, 12);
    mi = digit(s, 14) * 10 + digit(s, 15);
    if (n === 19) {
      if (s.charCodeAt(16) !== 58) return null;
      se = digit(s, 17) * 10 + digit(s, 18);
    }
  }
  if (
    y < 1900 ||
    y > 2200 ||
    mo < 1 ||
    mo > 12 ||
    d < 1 ||
    d > 31 ||
    h < 0 ||
    h > 23 ||
    mi < 0 ||
    mi > 59 ||
    se < 0 ||
    se > 59
  )
    return null;
  const utc = Date.UTC(y, mo - 1, d, h, mi, se);
  if (d > 28 && new Date(utc).getUTCDate() !== d) return null;
  return utc - VN_OFFSET_MS;
}

/** The instant a Vietnam wall-clock date-time denotes, or null when the text is not a valid date. */
export function parseVnDate(text: string): Date | null {
  const fast = parseIsoFast(text);
  if (fast !== null) return new Date(fast);
  const s = text.trim();
  let y: number,
    mo: number,
    d: number,
    h = 0,
    mi = 0,
    se = 0;
  let m = ISO.exec(s);
  if (m) {
    [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (m[4] !== undefined) [h, mi, se] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
  } else if ((m = VN.exec(s))) {
    [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (m[4] !== undefined) [h, mi, se] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
  } else return null;
  if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || se > 59) return null;
  const utc = Date.UTC(y, mo - 1, d, h, mi, se);
  const check = new Date(utc);
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null; // 31/02, 29/02 outside leap years
  return new Date(utc - VN_OFFSET_MS);
}

/** Days since 1970-01-01 of the Vietnam calendar day an instant falls on. */
export function vnDayNumber(at: Date): number {
  return Math.floor((at.getTime() + VN_OFFSET_MS) / 86_400_000);
}

/** "YYYY-MM-DD" of the Vietnam calendar day. */
export function vnDayString(at: Date): string {
  return new Date(at.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant Vietnam's calendar year starts (00:00 on 1 January, UTC+7). */
export function vnYearStart(year: number): Date {
  return new Date(Date.UTC(year, 0, 1) - VN_OFFSET_MS);
}

/** Wall-clock components of an exceljs date cell (stored as if UTC) written as a local date text. */
export function excelDateToText(d: Date): string {
  return d.toISOString().slice(0, 19);
}

/** A calendar day written YYYY-MM-DD or dd/mm/yyyy (no time) as "YYYY-MM-DD", or null. */
export function parseVnDay(text: string): string | null {
  const s = text.trim();
  if (s.includes(":")) return null;
  const at = parseVnDate(s);
  return at ? vnDayString(at) : null;
}

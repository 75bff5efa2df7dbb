// vi-VN formatting for every screen and export: 63,58 · 1.234 · 22/11/2026.
const dec2 = new Intl.NumberFormat("vi-VN", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const int = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 0 });
const date = new Intl.DateTimeFormat("vi-VN", {
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  timeZone: "Asia/Ho_Chi_Minh",
});
const dateTime = new Intl.DateTimeFormat("vi-VN", {
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "Asia/Ho_Chi_Minh",
});

export const fmt2 = (n: number | null | undefined) =>
  n === null || n === undefined || Number.isNaN(n) ? "—" : dec2.format(n);
export const fmtInt = (n: number | bigint | null | undefined) =>
  n === null || n === undefined ? "—" : int.format(n);
export const fmtPct = (n: number | null | undefined) =>
  n === null || n === undefined ? "—" : `${dec2.format(n)} %`;
export const fmtDate = (d: Date | string | null | undefined) => (d ? date.format(new Date(d)) : "—");
export const fmtDateTime = (d: Date | string | null | undefined) => (d ? dateTime.format(new Date(d)) : "—");
/** signed change: +1,25 / −6,54 */
export const fmtDelta = (n: number | null | undefined) =>
  n === null || n === undefined ? "—" : `${n > 0 ? "+" : n < 0 ? "−" : "±"}${dec2.format(Math.abs(n))}`;

// The date line of a Vietnamese administrative document: "…, ngày 22 tháng 11 năm 2026"
// (Vietnam time; the place is left for the signer's province).
export function documentDateLine(date: Date, place = "…"): string {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Asia/Ho_Chi_Minh",
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
  }).formatToParts(date);
  const get = (t: string) => parts.find((p) => p.type === t)!.value;
  return `${place}, ngày ${get("day")} tháng ${get("month")} năm ${get("year")}`;
}

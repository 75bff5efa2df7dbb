// Checking a national result entered by Home Affairs (form) before it is stored: the score within
// the index's scale, the rank not above its "out of" (63 provinces before 2025, 34 after, unless
// given), no year that has not begun, each field's points within its maximum. Pure.
import { NATIONAL_INDICES, isNationalIndex, type NationalIndexKey } from "./indices";
import { parseScore, provincesIn } from "../qd766/official-file";
import { fmt2 } from "../format";

export type NationalResultValue = {
  index: NationalIndexKey;
  year: number;
  month: number;
  score: number;
  rank: number | null;
  outOf: number | null;
  fields: { code: string; score: number; max: number }[];
};
export type FieldErrors = Record<string, string[]>;

/** `raw`: the form's fields (index, year, score, rank, outOf, f_<code>, m_<code>); `today` "YYYY-MM-DD". */
export function checkNationalResult(
  raw: Record<string, unknown>,
  today: string,
): { value: NationalResultValue } | { errors: FieldErrors } {
  const errors: FieldErrors = {};
  const err = (k: string, m: string) => (errors[k] ??= []).push(m);
  const text = (k: string) => (typeof raw[k] === "string" ? (raw[k] as string).trim() : "");
  const index = text("index");
  if (!isNationalIndex(index)) return { errors: { index: ["Chọn một chỉ số"] } };
  const info = NATIONAL_INDICES[index];
  const year = Number(text("year"));
  if (!/^\d{4}$/.test(text("year"))) err("year", "Năm gồm 4 chữ số");
  else if (year > Number(today.slice(0, 4))) err("year", `Năm ${year} chưa bắt đầu: chưa thể có kết quả`);
  const score = parseScore(text("score"));
  if (score === null) err("score", "Nhập điểm/chỉ số (ví dụ 59,9)");
  else if (score < 0 || score > info.max) err("score", `Phải trong khoảng 0–${info.max}`);
  const whole = (k: string) => {
    const t = text(k);
    if (!t) return null;
    if (!/^\d+$/.test(t) || Number(t) < 1) {
      err(k, "Phải là số nguyên dương");
      return null;
    }
    return Number(t);
  };
  const rank = whole("rank");
  const outOf = whole("outOf") ?? (rank !== null && /^\d{4}$/.test(text("year")) ? provincesIn(year) : null);
  if (rank !== null && outOf !== null && rank > outOf)
    err("rank", `Hạng ${rank} lớn hơn tổng số ${outOf} tỉnh, thành phố`);
  const fields: NationalResultValue["fields"] = [];
  for (const f of info.fields) {
    const s = text(`f_${f.code}`);
    const m = f.max === null ? text(`m_${f.code}`) : String(f.max);
    if (!s && (f.max !== null || !m)) continue;
    const fs = parseScore(s),
      fm = parseScore(m);
    if (fs === null) err(`f_${f.code}`, "Nhập điểm đạt của lĩnh vực");
    if (fm === null || fm <= 0) err(`m_${f.code}`, "Nhập điểm tối đa của lĩnh vực (lớn hơn 0)");
    else if (fs !== null && (fs < 0 || fs > fm)) err(`f_${f.code}`, `Phải trong khoảng 0–${fmt2(fm)}`);
    if (fs !== null && fm !== null && fm > 0 && fs >= 0 && fs <= fm)
      fields.push({ code: f.code, score: fs, max: fm });
  }
  if (Object.keys(errors).length) return { errors };
  return { value: { index, year, month: 0, score: score!, rank, outOf, fields } };
}

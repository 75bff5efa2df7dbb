// The one-sentence summary of a unit's year, in plain Vietnamese, built only from the figures
// ("Năm 2023 đạt 85,19 điểm, giảm 6,54 điểm so với năm 2022, xếp thứ 10/12 trong khối huyện …").
import { fmt2 } from "../format";

export type FieldMove = { name: string; change: number | null };

export type YearSummaryInput = {
  year: number;
  index: number | null;
  provisional: boolean;
  previous: { year: number; index: number | null } | null;
  rank: number | null;
  groupSize: number;
  /** how many other units share this rank */
  tiedWith: number;
  /** e.g. "Khối huyện, thị xã, thành phố" (written in lower case inside the sentence) */
  groupLabel: string;
  classification: string | null;
  fieldsAtMax: number;
  fieldCount: number;
  /** component-index change of every field against last year (null: not comparable) */
  fieldMoves: FieldMove[];
};

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase("vi-VN") + s.slice(1);
const EPS = 0.005;

function comparison(index: number, previous: YearSummaryInput["previous"]): string | null {
  if (!previous || previous.index === null) return null;
  const d = Math.round((index - previous.index) * 100) / 100;
  if (Math.abs(d) < EPS) return `bằng năm ${previous.year}`;
  return `${d > 0 ? "tăng" : "giảm"} ${fmt2(Math.abs(d))} điểm so với năm ${previous.year}`;
}

function rankPart(i: YearSummaryInput): string | null {
  if (i.rank === null) return null;
  const tie =
    i.tiedWith > 0
      ? `đồng hạng ${i.rank}/${i.groupSize} (cùng ${i.tiedWith} đơn vị khác)`
      : `thứ ${i.rank}/${i.groupSize}`;
  return `xếp ${tie} trong ${lowerFirst(i.groupLabel)}`;
}

function fullMarks(atMax: number, count: number): string {
  if (count === 0) return "";
  if (atMax === 0) return "chưa có lĩnh vực nào đạt điểm tối đa";
  if (atMax === count) return `cả ${count} lĩnh vực đều đạt điểm tối đa`;
  return `${atMax}/${count} lĩnh vực đạt điểm tối đa`;
}

function names(list: string[]): string {
  if (list.length <= 1) return list.join("");
  return `${list.slice(0, -1).join(", ")} và ${list[list.length - 1]}`;
}

function falls(moves: FieldMove[]): string | null {
  const down = moves.filter(
    (m): m is { name: string; change: number } => m.change !== null && m.change < -EPS,
  );
  if (moves.every((m) => m.change === null)) return null;
  if (down.length === 0) return "không có lĩnh vực nào giảm điểm";
  const worst = Math.min(...down.map((m) => m.change));
  const worstNames = down.filter((m) => Math.abs(m.change - worst) < EPS).map((m) => m.name);
  const amount = `chỉ số thành phần −${fmt2(Math.abs(worst))}`;
  if (down.length === 1) return `giảm ở lĩnh vực ${worstNames[0]} (${amount})`;
  const where = worstNames.length === 1 ? `lĩnh vực ${worstNames[0]}` : `các lĩnh vực ${names(worstNames)}`;
  return `${down.length} lĩnh vực giảm điểm, giảm nhiều nhất ở ${where} (${amount})`;
}

export function yearSummary(i: YearSummaryInput): string {
  const year = `Năm ${i.year}${i.provisional ? " (tạm tính)" : ""}`;
  if (i.index === null) return `${year} chưa có kết quả.`;
  const first = [
    `${year} đạt ${fmt2(i.index)} điểm`,
    comparison(i.index, i.previous),
    rankPart(i),
    i.classification ? `xếp loại ${i.classification}` : null,
  ]
    .filter(Boolean)
    .join(", ");
  const rest = [fullMarks(i.fieldsAtMax, i.fieldCount), i.previous ? falls(i.fieldMoves) : null].filter(
    Boolean,
  );
  return `${[first, ...rest].join("; ")}.`;
}

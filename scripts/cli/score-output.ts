// What `score` prints: the JSON document of interfaces.md, or a readable Vietnamese table.
import {
  compareCodes,
  formatIndex,
  formatPoints,
  round2,
  type CriteriaSet,
  type RoundResult,
  type UnitResult,
} from "../../lib/scoring";

/** Units grouped (groups in order of appearance), then by rank, unranked last, then by code. */
export function rankedUnits(result: RoundResult): UnitResult[] {
  const groupOrder = [...new Set(result.units.map((u) => u.group))];
  return [...result.units].sort(
    (a, b) =>
      groupOrder.indexOf(a.group) - groupOrder.indexOf(b.group) ||
      (a.rank ?? Infinity) - (b.rank ?? Infinity) ||
      compareCodes(a.unit, b.unit),
  );
}

const r2 = (x: number | null) => (x === null ? null : round2(x));

export function scoreJson(result: RoundResult): string {
  const units = rankedUnits(result).map((u) => ({
    unit: u.unit,
    name: u.name,
    achieved: r2(u.achieved),
    max: r2(u.max),
    index: r2(u.index),
    rank: u.rank,
    classification: u.classification,
    provisional: u.provisional,
    fields: u.fields.map((f) => ({
      code: f.code,
      achieved: r2(f.achieved),
      max: r2(f.max),
      index: r2(f.index),
    })),
    deficiencies: u.deficiencies.map((d) => ({ code: d.code, lost: r2(d.lost) })),
    missing: u.missing,
  }));
  return `${JSON.stringify({ units }, null, 2)}\n`;
}

type Column = { title: string; right?: boolean; cell: (u: UnitResult) => string };

const COLUMNS: Column[] = [
  { title: "Hạng", right: true, cell: (u) => (u.rank === null ? "—" : String(u.rank)) },
  { title: "Mã đơn vị", cell: (u) => u.unit },
  { title: "Tên đơn vị", cell: (u) => u.name },
  { title: "Điểm đạt", right: true, cell: (u) => formatPoints(u.achieved) },
  { title: "Tối đa", right: true, cell: (u) => formatPoints(u.max) },
  { title: "Chỉ số", right: true, cell: (u) => formatIndex(u.index) },
  { title: "Xếp loại", cell: (u) => u.classification ?? "—" },
  { title: "Ghi chú", cell: note },
];

function note(u: UnitResult): string {
  const parts: string[] = [];
  if (u.provisional) parts.push("tạm tính");
  if (u.missing.length > 0) parts.push(`thiếu ${u.missing.length} tiêu chí`);
  return parts.join("; ");
}

export function scoreTable(set: CriteriaSet, result: RoundResult): string {
  const units = rankedUnits(result);
  const lines = [`${set.name} (năm ${set.year}): ${units.length} đơn vị`];
  for (const group of [...new Set(units.map((u) => u.group))]) {
    lines.push("", `Khối ${group}`, ...table(units.filter((u) => u.group === group)));
  }
  lines.push("", "Chỉ số thành phần theo lĩnh vực:");
  for (const u of units) {
    lines.push(`  ${u.unit}: ${u.fields.map((f) => `${f.code}: ${formatIndex(f.index)}`).join(" · ")}`);
  }
  const deficient = units.filter((u) => u.deficiencies.length > 0);
  if (deficient.length > 0) {
    lines.push("", "Tiêu chí bị mất điểm (điểm bị mất):");
    for (const u of deficient) {
      lines.push(
        `  ${u.unit}: ${u.deficiencies.map((d) => `${d.code} (−${formatPoints(d.lost)})`).join(", ")}`,
      );
    }
  }
  if (units.some((u) => u.provisional))
    lines.push("", "Tạm tính: có tiêu chí dùng điểm tự đánh giá, chưa thẩm định.");
  return `${lines.join("\n")}\n`;
}

function table(units: UnitResult[]): string[] {
  const cells = units.map((u) => COLUMNS.map((c) => c.cell(u).normalize("NFC")));
  const widths = COLUMNS.map((c, i) => Math.max(c.title.length, ...cells.map((row) => row[i]!.length)));
  const line = (row: string[]) =>
    row
      .map((text, i) => (COLUMNS[i]!.right ? text.padStart(widths[i]!) : text.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [line(COLUMNS.map((c) => c.title)), line(widths.map((w) => "-".repeat(w))), ...cells.map(line)];
}

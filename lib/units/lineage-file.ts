// The lineage file (interfaces.md): ma_don_vi_cu, ma_don_vi_moi, ngay_hieu_luc, hinh_thuc, ty_le.
// Read and checked whole against the units and the events already stored, so that a file with a
// cycle, a date outside a unit's validity, an unknown code, a split whose shares do not add up to 1,
// or an old unit that ends twice is refused whole, each row named. Pure: no database.
import { readCsv, type RowError } from "../csv/read-csv";
import { parseVnDay } from "../cases/dates";
import {
  ENDING_KINDS,
  LINEAGE_KINDS,
  LINEAGE_KIND_LABEL,
  type LineageEdge,
  type LineageKind,
} from "./lineage";
import { viDay } from "./units-file";

export type LineageRow = {
  row: number;
  fromCode: string;
  toCode: string;
  date: string;
  kind: LineageKind;
  share: number | null;
};
export type LineageUnit = { id: number; code: string; validFrom: string | null; validTo: string | null };

const REQUIRED = ["ma_don_vi_cu", "ma_don_vi_moi", "ngay_hieu_luc", "hinh_thuc"] as const;
const OPTIONAL = ["ty_le"] as const;
const SHARE_TOLERANCE = 0.001;

export function parseLineageFile(content: string | Buffer): { rows: LineageRow[]; errors: RowError[] } {
  const table = readCsv(content, { required: REQUIRED, optional: OPTIONAL });
  const errors: RowError[] = [...table.errors];
  const rows: LineageRow[] = [];
  if (errors.some((e) => e.row === 1)) return { rows, errors };
  for (const r of table.rows) {
    const before = errors.length;
    const err = (column: string, message: string) => errors.push({ row: r.row, column, message });
    const fromCode = r.get("ma_don_vi_cu");
    const toCode = r.get("ma_don_vi_moi");
    if (!fromCode) err("ma_don_vi_cu", "không được để trống");
    if (!toCode) err("ma_don_vi_moi", "không được để trống");
    if (fromCode && fromCode === toCode)
      err("ma_don_vi_moi", "đơn vị mới trùng đơn vị cũ (đổi tên giữ nguyên mã thì chỉ cần sửa tên đơn vị)");
    const date = parseVnDay(r.get("ngay_hieu_luc"));
    if (!date)
      err("ngay_hieu_luc", `"${r.get("ngay_hieu_luc")}" không phải là ngày (YYYY-MM-DD hoặc dd/mm/yyyy)`);
    const kindText = r.get("hinh_thuc").toLowerCase();
    const kind = (LINEAGE_KINDS as readonly string[]).includes(kindText) ? (kindText as LineageKind) : null;
    if (!kind)
      err(
        "hinh_thuc",
        `"${r.get("hinh_thuc")}" không hợp lệ; dùng sap_nhap, chia_tach, doi_ten hoặc dieu_chinh`,
      );
    const shareText = r.get("ty_le").replace(",", ".");
    let share: number | null = null;
    if (shareText) {
      share = Number(shareText);
      if (!Number.isFinite(share) || share <= 0 || share > 1)
        err("ty_le", `"${r.get("ty_le")}" phải là một số lớn hơn 0 và không quá 1`);
      else if (kind && kind !== "chia_tach" && kind !== "dieu_chinh")
        err("ty_le", `tỷ lệ chỉ dùng cho chia_tach hoặc dieu_chinh, không dùng cho ${kind}`);
    } else if (kind === "chia_tach")
      err("ty_le", "chia tách cần tỷ lệ của đơn vị mới (0–1; các tỷ lệ của một đơn vị cộng lại bằng 1)");
    if (errors.length === before)
      rows.push({ row: r.row, fromCode, toCode, date: date!, kind: kind!, share });
  }
  return { rows, errors };
}

/**
 * Every problem of the file's events together with the stored ones (an event of the file replaces
 * the stored event between the same two units). `units` holds every unit by code.
 */
export function lineageProblems(
  rows: readonly LineageRow[],
  units: ReadonlyMap<string, LineageUnit>,
  stored: readonly LineageEdge[],
): RowError[] {
  const errors: RowError[] = [];
  const byId = new Map([...units.values()].map((u) => [u.id, u]));
  const seenPair = new Map<string, number>();
  const resolved: (LineageRow & { from: number; to: number })[] = [];
  for (const r of rows) {
    const from = units.get(r.fromCode),
      to = units.get(r.toCode);
    if (!from)
      errors.push({
        row: r.row,
        column: "ma_don_vi_cu",
        message: `không có đơn vị mã "${r.fromCode}" trong hệ thống`,
      });
    if (!to)
      errors.push({
        row: r.row,
        column: "ma_don_vi_moi",
        message: `không có đơn vị mã "${r.toCode}" trong hệ thống`,
      });
    if (!from || !to) continue;
    const pair = `${from.id}>${to.id}`;
    if (seenPair.has(pair)) {
      errors.push({
        row: r.row,
        column: "ma_don_vi_moi",
        message: `cặp ${r.fromCode} → ${r.toCode} trùng với dòng ${seenPair.get(pair)}`,
      });
      continue;
    }
    seenPair.set(pair, r.row);
    if (from.validFrom && r.date <= from.validFrom) {
      errors.push({
        row: r.row,
        column: "ngay_hieu_luc",
        message: `${viDay(r.date)} không sau ngày đơn vị ${from.code} có hiệu lực (${viDay(from.validFrom)})`,
      });
    } else if (from.validTo && r.date > nextDay(from.validTo)) {
      errors.push({
        row: r.row,
        column: "ngay_hieu_luc",
        message: `${viDay(r.date)} sau ngày đơn vị ${from.code} hết hiệu lực (${viDay(from.validTo)}); ngày hiệu lực là ngày đầu tiên của đơn vị mới`,
      });
    }
    if (to.validFrom && r.date < to.validFrom) {
      errors.push({
        row: r.row,
        column: "ngay_hieu_luc",
        message: `đơn vị ${to.code} chỉ có hiệu lực từ ${viDay(to.validFrom)}`,
      });
    } else if (to.validTo && r.date > to.validTo) {
      errors.push({
        row: r.row,
        column: "ngay_hieu_luc",
        message: `đơn vị ${to.code} đã hết hiệu lực ngày ${viDay(to.validTo)}`,
      });
    }
    resolved.push({ ...r, from: from.id, to: to.id });
  }

  // The file's events replace stored events between the same two units.
  const filePairs = new Set(resolved.map((r) => `${r.from}>${r.to}`));
  const all: (LineageEdge & { row: number | null })[] = [
    ...stored.filter((e) => !filePairs.has(`${e.from}>${e.to}`)).map((e) => ({ ...e, row: null })),
    ...resolved.map((r) => ({
      from: r.from,
      to: r.to,
      date: r.date,
      kind: r.kind,
      share: r.share,
      row: r.row,
    })),
  ];
  const codeOf = (id: number) => byId.get(id)?.code ?? String(id);
  const where = (e: { row: number | null }) => (e.row === null ? "đã lưu trong hệ thống" : `dòng ${e.row}`);

  // An old unit ends once: one merge or one rename, or the rows of one split on one day. Stored
  // events come first, so the rows of the file are the ones named.
  const endings = new Map<number, typeof all>();
  for (const e of all) if (ENDING_KINDS.has(e.kind)) endings.set(e.from, [...(endings.get(e.from) ?? []), e]);
  for (const [unit, list] of endings) {
    const first = list[0]!;
    const split = list.every((e) => e.kind === "chia_tach" && e.date === first.date);
    if (list.length > 1 && !split) {
      for (const e of list.slice(1)) {
        if (e.row === null) continue;
        errors.push({
          row: e.row,
          column: "ma_don_vi_cu",
          message: `đơn vị ${codeOf(unit)} đã kết thúc (${LINEAGE_KIND_LABEL[first.kind].toLowerCase()} vào ${codeOf(first.to)} ngày ${viDay(first.date)}, ${where(first)}): một đơn vị chỉ kết thúc một lần`,
        });
      }
    } else if (split) {
      const total = list.reduce((s, e) => s + (e.share ?? 0), 0);
      if (Math.abs(total - 1) > SHARE_TOLERANCE) {
        for (const e of list) {
          if (e.row !== null)
            errors.push({
              row: e.row,
              column: "ty_le",
              message: `các tỷ lệ chia tách của ${codeOf(unit)} cộng lại bằng ${round(total)}, phải bằng 1`,
            });
        }
      }
    }
  }

  // No unit succeeds itself through a chain.
  const out = new Map<number, typeof all>();
  for (const e of all) out.set(e.from, [...(out.get(e.from) ?? []), e]);
  const onCycle = new Set<(typeof all)[number]>();
  const state = new Map<number, 1 | 2>();
  const stack: (typeof all)[number][] = [];
  const dfs = (u: number) => {
    state.set(u, 1);
    for (const e of out.get(u) ?? []) {
      stack.push(e);
      if (state.get(e.to) === 1) {
        for (let i = stack.length - 1; i >= 0; i--) {
          onCycle.add(stack[i]!);
          if (stack[i]!.from === e.to) break;
        }
      } else if (!state.has(e.to)) dfs(e.to);
      stack.pop();
    }
    state.set(u, 2);
  };
  for (const u of out.keys()) if (!state.has(u)) dfs(u);
  for (const e of onCycle) {
    if (e.row !== null)
      errors.push({
        row: e.row,
        column: "ma_don_vi_moi",
        message: `tạo thành vòng lặp: ${codeOf(e.to)} lại là đơn vị tiền thân của ${codeOf(e.from)}`,
      });
  }
  return errors.sort((a, b) => a.row - b.row);
}

const round = (n: number) => Math.round(n * 10000) / 10000;

function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export function previousDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

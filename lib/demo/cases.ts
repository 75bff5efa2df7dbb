// Demo case records: ~100,000 cases over 2022–2024 with on-time rates by level close to real ones
// (tỉnh ~98 %, huyện ~95 %, xã ~92 %), supplements, apology letters and a few open cases, loaded
// through the same COPY import as a file.
import { rng, type Rng } from "./random";
import { DEMO_PROCEDURES } from "./procedure-catalog";
import { importCases } from "../cases/import-cases";
import { batched, type SourceRow } from "../cases/case-source";
import type { CaseColumn } from "../cases/case-row";

export type DemoCaseUnit = { id: number; code: string; level: "tinh" | "huyen" | "xa" };

const LATE: Record<DemoCaseUnit["level"], number> = { tinh: 0.02, huyen: 0.05, xa: 0.08 };
const WEIGHT: Record<DemoCaseUnit["level"], number> = { tinh: 1.2, huyen: 3, xa: 1 };
const ONLINE_SHARE: Record<number, number> = { 2022: 0.3, 2023: 0.45, 2024: 0.58 };
const DAY = 86_400_000;
const START = Date.UTC(2022, 0, 1);
const END = Date.UTC(2024, 11, 31);
/** the demo's "today": cases received in its last weeks are still open */
const CUTOFF = Date.UTC(2024, 11, 31);

const pad = (n: number) => String(n).padStart(2, "0");
/** wall-clock text "YYYY-MM-DDTHH:mm" of a UTC-based day number + hour (read back as Vietnam time) */
const at = (day: number, hour: number, minute = 0) => `${new Date(day * DAY).toISOString().slice(0, 10)}T${pad(hour)}:${pad(minute)}`;

/** Demo cases as rows of a case-records file (also used by the benchmark to write a CSV). */
export function* generateDemoCases(units: DemoCaseUnit[], total: number, r: Rng = rng(20240766)): Generator<SourceRow> {
  const weights = units.map((u) => WEIGHT[u.level]);
  const sum = weights.reduce((a, b) => a + b, 0);
  let row = 1;
  for (let ui = 0; ui < units.length; ui++) {
    const u = units[ui]!;
    const n = Math.round((total * weights[ui]!) / sum);
    const procedures = DEMO_PROCEDURES[u.level];
    for (let i = 0; i < n; i++) {
      const recvDay = Math.floor((START + r.next() * (END - START)) / DAY);
      const year = new Date(recvDay * DAY).getUTCFullYear();
      const allowed = r.pick([1, 3, 3, 5, 5, 7, 10, 15, 20]);
      const dueDay = recvDay + allowed;
      const p = r.pick(procedures);
      const channel = r.chance(ONLINE_SHARE[year] ?? 0.5) ? 2 : r.chance(0.08) ? 3 : 1;
      let supplements = 0, wait = 0;
      if (r.chance(0.08)) {
        supplements = r.chance(0.06) ? 2 : 1;
        wait = r.int(1, 5);
      }
      const effectiveDue = dueDay + wait;
      const status = r.chance(0.01) ? "tra_lai" : r.chance(0.003) ? "dung_xu_ly" : null;
      let finishDay: number | null;
      let late = false;
      if (supplements > 1) {
        late = true;
        finishDay = effectiveDue + r.int(1, 6);
      } else if (r.chance(LATE[u.level] * 0.9)) {
        late = true;
        finishDay = effectiveDue + r.int(1, 10);
      } else if (r.chance(0.65)) finishDay = Math.max(recvDay, effectiveDue - r.int(1, Math.max(1, allowed)));
      else finishDay = effectiveDue;
      // Cases not finished by the demo's cutoff, and a handful left open and overdue.
      if (finishDay * DAY > CUTOFF || (r.chance(0.0015) && status === null)) finishDay = null;
      const apology = late && r.chance(0.6) ? (r.chance(0.5) ? at(effectiveDue - r.int(1, 2), 9) : at(effectiveDue + r.int(0, 3), 9)) : "";
      const values: Record<CaseColumn, string> = {
        ma_ho_so: `${u.code}-${year}-${String(i + 1).padStart(6, "0")}`,
        ma_don_vi: u.code,
        ma_tthc: p.code,
        linh_vuc: p.field,
        kenh: String(channel),
        ngay_tiep_nhan: at(recvDay, r.int(7, 16), r.int(0, 59)),
        ngay_hen_tra: at(dueDay, 17),
        ngay_ket_thuc_xu_ly: finishDay === null ? "" : at(finishDay, r.int(8, 17), r.int(0, 59)),
        ngay_tra_ket_qua: finishDay === null || status ? "" : at(finishDay + r.int(0, 1), 16),
        trang_thai: status ?? (finishDay === null ? "dang_xu_ly" : "da_xu_ly"),
        so_lan_bo_sung: String(supplements),
        so_ngay_cho_bo_sung: String(wait),
        ngay_thu_xin_loi: finishDay === null ? "" : apology,
      };
      yield { row: ++row, get: (c) => values[c] };
    }
  }
}

/** Generates and imports ~`total` demo cases; returns how many were written. */
export async function seedCaseRecords(url: string, units: DemoCaseUnit[], total = 100_000): Promise<{ rows: number; inserted: number }> {
  const result = await importCases(batched(generateDemoCases(units, total)), { url });
  if (!result.ok) throw new Error(`Dữ liệu mẫu hồ sơ không hợp lệ: ${result.errors.slice(0, 3).map((e) => `dòng ${e.row}, cột ${e.column}: ${e.message}`).join("; ")}`);
  return { rows: result.rows, inserted: result.inserted };
}

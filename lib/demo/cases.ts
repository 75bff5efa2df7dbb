// Demo case records: ~100,000 cases from 2022 to the demo's today (30/11/2026) with on-time rates by
// level close to real ones (tỉnh ~98 %, huyện ~95 %, xã ~92 %), supplements, apology letters and a few
// open cases, loaded through the same COPY import as a file. Each unit records only while it exists:
// 2025 has the old structure until 30/6 and the new one from 1/7.
import { rng, type Rng } from "./random";
import { DEMO_PROCEDURES } from "./procedure-catalog";
import { importCases } from "../cases/import-cases";
import { batched, type SourceRow } from "../cases/case-source";
import type { CaseColumn } from "../cases/case-row";

/** validFrom/validTo: "YYYY-MM-DD", the unit's first and last day (none: the whole demo period) */
export type DemoCaseUnit = {
  id: number;
  code: string;
  level: "tinh" | "huyen" | "xa";
  validFrom?: string | null;
  validTo?: string | null;
};

const LATE: Record<DemoCaseUnit["level"], number> = { tinh: 0.02, huyen: 0.05, xa: 0.08 };
/** cases per unit and day, relative; a commune formed in 2025 serves about three old ones and took over most district procedures */
const WEIGHT: Record<DemoCaseUnit["level"], number> = { tinh: 1.2, huyen: 3, xa: 1 };
const MERGED_COMMUNE_WEIGHT = 4;
const ONLINE_SHARE: Record<number, number> = { 2022: 0.3, 2023: 0.45, 2024: 0.58, 2025: 0.66, 2026: 0.72 };
const DAY = 86_400_000;
const START = Date.UTC(2022, 0, 1);
/** the demo's "today": nothing is received after it, and cases received in its last weeks are still open */
export const DEMO_TODAY = "2026-11-30";
const CUTOFF = Date.UTC(2026, 10, 30);
const dayNumber = (d: string) => Date.parse(`${d}T00:00:00Z`) / DAY;

/** The days (UTC day numbers, inclusive) a unit records cases in the demo period. */
function span(u: DemoCaseUnit): [number, number] {
  return [
    Math.max(START / DAY, u.validFrom ? dayNumber(u.validFrom) : 0),
    Math.min(CUTOFF / DAY, u.validTo ? dayNumber(u.validTo) : Infinity),
  ];
}

function weightOf(u: DemoCaseUnit): number {
  return u.level === "xa" && u.validFrom ? MERGED_COMMUNE_WEIGHT : WEIGHT[u.level];
}

/** Procedures a unit handles: a commune formed in 2025 also the former district ones. */
export function demoProceduresOf(u: Pick<DemoCaseUnit, "level" | "validFrom">) {
  return u.level === "xa" && u.validFrom
    ? [...DEMO_PROCEDURES.xa, ...DEMO_PROCEDURES.huyen]
    : DEMO_PROCEDURES[u.level];
}

const pad = (n: number) => String(n).padStart(2, "0");
/** wall-clock text "YYYY-MM-DDTHH:mm" of a UTC-based day number + hour (read back as Vietnam time) */
const at = (day: number, hour: number, minute = 0) =>
  `${new Date(day * DAY).toISOString().slice(0, 10)}T${pad(hour)}:${pad(minute)}`;

/** Demo cases as rows of a case-records file (also used by the benchmark to write a CSV). */
export function* generateDemoCases(
  units: DemoCaseUnit[],
  total: number,
  r: Rng = rng(20240766),
): Generator<SourceRow> {
  const spans = units.map(span);
  const weights = units.map((u, i) => Math.max(0, spans[i]![1] - spans[i]![0] + 1) * weightOf(u));
  const sum = weights.reduce((a, b) => a + b, 0);
  let row = 1;
  for (let ui = 0; ui < units.length; ui++) {
    const u = units[ui]!;
    const [first, last] = spans[ui]!;
    const n = Math.round((total * weights[ui]!) / sum);
    const procedures = demoProceduresOf(u);
    for (let i = 0; i < n; i++) {
      const recvDay = first + Math.floor(r.next() * (last - first + 1));
      const year = new Date(recvDay * DAY).getUTCFullYear();
      const allowed = r.pick([1, 3, 3, 5, 5, 7, 10, 15, 20]);
      const dueDay = recvDay + allowed;
      const p = r.pick(procedures);
      const channel = r.chance(ONLINE_SHARE[year] ?? 0.5) ? 2 : r.chance(0.08) ? 3 : 1;
      let supplements = 0,
        wait = 0;
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
      // A unit that ended finished its cases by its last day (what was left passed to the successor's system).
      if (finishDay > last && last < CUTOFF / DAY) finishDay = last;
      // Cases not finished by the demo's cutoff, and a handful left open and overdue.
      if (finishDay * DAY > CUTOFF || (r.chance(0.0015) && status === null && last * DAY >= CUTOFF))
        finishDay = null;
      const apology =
        late && r.chance(0.6)
          ? r.chance(0.5)
            ? at(effectiveDue - r.int(1, 2), 9)
            : at(effectiveDue + r.int(0, 3), 9)
          : "";
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
export async function seedCaseRecords(
  url: string,
  units: DemoCaseUnit[],
  total = 100_000,
): Promise<{ rows: number; inserted: number }> {
  const result = await importCases(batched(generateDemoCases(units, total)), { url });
  if (!result.ok)
    throw new Error(
      `Dữ liệu mẫu hồ sơ không hợp lệ: ${result.errors
        .slice(0, 3)
        .map((e) => `dòng ${e.row}, cột ${e.column}: ${e.message}`)
        .join("; ")}`,
    );
  return { rows: result.rows, inserted: result.inserted };
}

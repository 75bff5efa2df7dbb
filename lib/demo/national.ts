// The demo province's standing in the national indices and the official QĐ 766 scores the national
// portal published, loaded as a user would: the results through the same store as the form, the
// official scores as an `import qd766` file (its rows built here), the lead departments assigned.
import { db } from "../db/client";
import { env } from "../env";
import type { CsvTable } from "../csv/read-csv";
import { QD766_GROUPS } from "../cases/qd766";
import { importOfficialQd766 } from "../qd766/import-official";
import { saveNationalResult, setFieldLeads } from "../national/store";
import { provincesIn } from "../qd766/official-file";
import { rng } from "./random";

type Actor = { id: number; username: string };

// PAR INDEX: [year, index %, rank], field points [achieved, max] per field 1–8 (the maxima as the
// Ministry of Home Affairs' report of that year gives them; they add up to 100).
const PAR: [number, number, number][] = [
  [2022, 84.12, 28],
  [2023, 85.37, 21],
  [2024, 86.05, 24],
  [2025, 88.41, 12],
];
const PAR_MAX = [9, 11, 11.5, 9, 14, 7.5, 10, 28];
const PAR_LOST = [
  [0.9, 1.6, 1.2, 0.8, 2.6, 0.9, 2.1, 5.8],
  [0.8, 1.4, 1.1, 0.7, 2.4, 0.8, 1.8, 5.6],
  [0.8, 1.2, 1.3, 0.6, 2.2, 0.8, 1.6, 5.45],
  [0.5, 0.9, 1.1, 0.5, 1.9, 0.7, 1.3, 4.69],
];
const SIPAS: [number, number, number][] = [
  [2022, 80.93, 40],
  [2023, 82.15, 35],
  [2024, 83.4, 30],
  [2025, 85.02, 15],
];
// QĐ 766, the province as the portal ranks it: 49,1 → 59,9 while the rank fell from 54 to 55 of 63
const QD766_PROVINCE: [number, number, number][] = [
  [2022, 49.1, 54],
  [2023, 59.9, 55],
  [2024, 72.4, 40],
  [2025, 80.15, 20],
];
const PAR_LEADS: Record<string, string> = {
  "1": "SO_NV",
  "2": "SO_TP",
  "3": "SO_NV",
  "4": "SO_NV",
  "5": "SO_NV",
  "6": "SO_TC",
  "7": "SO_KHCN",
  "8": "SO_NV",
};
/** departments whose official monthly QĐ 766 scores the demo holds (2026, January–November) */
const OFFICIAL_UNITS = ["SO_KHCN", "SO_TP", "SO_NV", "SO_TC", "SO_XD", "SO_YT"];

const r2 = (n: number) => Math.round(n * 100) / 100;

/** A total split over the five groups in proportion to their maxima, a little uneven. */
function groupsOf(total: number, r: ReturnType<typeof rng>): number[] {
  const raw = QD766_GROUPS.map((g) => g.max * (total / 100) * (0.96 + r.next() * 0.08));
  const scaled = raw.map((v, i) =>
    Math.min(QD766_GROUPS[i]!.max, r2(v * (total / raw.reduce((s, x) => s + x, 0)))),
  );
  scaled[0] = r2(scaled[0]! + (total - scaled.reduce((s, x) => s + x, 0)));
  return scaled;
}

function table(header: string[], rows: string[][]): CsvTable {
  return {
    header,
    unknownColumns: [],
    errors: [],
    rows: rows.map((cells, i) => ({ row: i + 2, get: (c: string) => cells[header.indexOf(c)] ?? "" })),
  };
}

export async function seedNationalStanding(admin: Actor): Promise<void> {
  for (const [i, [year, score, rank]] of PAR.entries()) {
    await saveNationalResult(
      {
        index: "PAR_INDEX",
        year,
        month: 0,
        score,
        rank,
        outOf: provincesIn(year),
        fields: PAR_MAX.map((max, f) => ({ code: String(f + 1), score: r2(max - PAR_LOST[i]![f]!), max })),
      },
      "form",
      admin,
    );
  }
  for (const [year, score, rank] of SIPAS) {
    const fields = [-1.2, 0.8, 1.5, -0.4, -2.1].map((d, f) => ({
      code: String(f + 1),
      score: r2(score + d),
      max: 100,
    }));
    await saveNationalResult(
      { index: "SIPAS", year, month: 0, score, rank, outOf: provincesIn(year), fields },
      "form",
      admin,
    );
  }
  const units = new Map(
    (
      await db().unit.findMany({
        where: { code: { in: [...Object.values(PAR_LEADS)] } },
        select: { id: true, code: true },
      })
    ).map((u) => [u.code, u.id]),
  );
  await setFieldLeads(
    "PAR_INDEX",
    Object.entries(PAR_LEADS).map(([fieldCode, code]) => ({ fieldCode, unitId: units.get(code)! })),
    admin,
  );

  // the official file: the province's yearly result and six departments' months of 2026
  const r = rng(20260766);
  const header = ["ma_don_vi", "ky", ...QD766_GROUPS.map((g) => g.column), "tong", "thu_hang", "tong_so"];
  const rows: string[][] = QD766_PROVINCE.map(([year, total, rank]) => [
    env.CCHC_PROVINCE_CODE,
    String(year),
    ...groupsOf(total, r).map(String),
    String(total),
    String(rank),
    String(provincesIn(year)),
  ]);
  for (const code of OFFICIAL_UNITS) {
    let level = 70 + r.int(0, 14);
    for (let month = 1; month <= 11; month++) {
      level = Math.max(55, Math.min(90, level + r.int(-3, 4)));
      const total = r2(level + r.next());
      rows.push([
        code,
        `2026-${String(month).padStart(2, "0")}`,
        ...groupsOf(total, r).map(String),
        String(total),
        "",
        "",
      ]);
    }
  }
  const result = await importOfficialQd766(table(header, rows), admin, "2026-12-01");
  if (result.errors.length)
    throw new Error(`Tệp QĐ 766 của dữ liệu demo bị từ chối: ${JSON.stringify(result.errors.slice(0, 3))}`);
}

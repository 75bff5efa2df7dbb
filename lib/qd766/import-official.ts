// `import qd766`: stores the official QĐ 766 scores of a checked file, all or nothing. A unit's row
// goes to its Qd766Score of the period; the province's own code (CCHC_PROVINCE_CODE) goes to the
// province's national QĐ 766 result, its five groups as the result's fields. Keyed by (unit or
// province, year, month): re-importing the same file changes nothing. Every change is audited.
import { db } from "../db/client";
import { env } from "../env";
import { recordAudit } from "../audit/record";
import type { RowError, CsvTable } from "../csv/read-csv";
import { QD766_GROUPS } from "../cases/qd766";
import { parseOfficialFile, provincesIn, type OfficialRow } from "./official-file";
import { saveNationalResult } from "../national/store";

export type ImportOfficialResult = {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  province: number;
  errors: RowError[];
};

const scoreData = (r: OfficialRow) => ({
  transparency: r.groups.congKhai,
  progress: r.groups.tienDo,
  online: r.groups.trucTuyen,
  digitisation: r.groups.soHoa,
  satisfaction: r.groups.haiLong,
  total: r.total,
  rank: r.rank,
  outOf: r.outOf,
});

export async function importOfficialQd766(
  table: CsvTable,
  actor: { id: number; username?: string } | null,
  today = new Date().toISOString().slice(0, 10),
): Promise<ImportOfficialResult> {
  const provinceCode = env.CCHC_PROVINCE_CODE;
  const units = new Map(
    (await db().unit.findMany({ select: { id: true, code: true } })).map((u) => [u.code, u.id]),
  );
  const { rows, errors } = parseOfficialFile(
    table,
    (code) => code === provinceCode || units.has(code),
    today,
  );
  const empty = { rows: rows.length, created: 0, updated: 0, unchanged: 0, province: 0 };
  if (errors.length) return { ...empty, errors };
  return db().$transaction(
    async (tx) => {
      const counts = { ...empty };
      for (const r of rows) {
        if (r.code === provinceCode) {
          const outcome = await saveNationalResult(
            {
              index: "QD766",
              year: r.year,
              month: r.month,
              score: r.total,
              rank: r.rank,
              outOf: r.outOf ?? (r.rank !== null ? provincesIn(r.year) : null),
              fields: QD766_GROUPS.map((g) => ({ code: g.column, score: r.groups[g.key], max: g.max })),
            },
            "file",
            actor,
            tx,
          );
          counts[outcome]++;
          counts.province++;
          continue;
        }
        const unitId = units.get(r.code)!;
        const key = { unitId_year_month: { unitId, year: r.year, month: r.month } };
        const data = scoreData(r);
        const old = await tx.qd766Score.findUnique({ where: key });
        const before = old && {
          transparency: Number(old.transparency),
          progress: Number(old.progress),
          online: Number(old.online),
          digitisation: Number(old.digitisation),
          satisfaction: Number(old.satisfaction),
          total: Number(old.total),
          rank: old.rank,
          outOf: old.outOf,
        };
        if (before && JSON.stringify(before) === JSON.stringify(data)) {
          counts.unchanged++;
          continue;
        }
        const row = await tx.qd766Score.upsert({
          where: key,
          create: { unitId, year: r.year, month: r.month, ...data },
          update: data,
        });
        counts[old ? "updated" : "created"]++;
        await recordAudit(
          {
            actor,
            action: old ? "update" : "create",
            entity: "Qd766Score",
            entityId: row.id,
            unitId,
            reason: "Nhập tệp điểm QĐ 766 chính thức",
            oldValue: before ?? undefined,
            newValue: { year: r.year, month: r.month, ...data },
          },
          tx,
        );
      }
      return { ...counts, errors: [] };
    },
    { timeout: 120_000 },
  );
}

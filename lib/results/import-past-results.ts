// Past results from the previous software (issue 11): each year and group of the file becomes a
// published round marked `imported`, with a snapshot shaped like a computed one (index, rank,
// classification, field points; no criteria values), published on the date given. Rankings, trends
// and profiles read it like any other. All or nothing; re-importing the same file changes nothing;
// a corrected file replaces that year and group's imported results; a year and group assessed in
// this software is never overwritten. Audited.
import { db } from "../db/client";
import { recordAudit } from "../audit/record";
import type { RowError } from "../csv/read-csv";
import { insertCriteriaSet, type CriteriaSetJson } from "../criteria/store";
import type { RoundResult, UnitResult, UnitType } from "../scoring";
import { groupLabel } from "../labels";
import type { PastResultRow } from "./past-results-file";

export type ImportPastResultsResult = {
  created: number;
  replaced: number;
  unchanged: number;
  errors: RowError[];
};

const round2 = (n: number) => Math.round(n * 100) / 100;
/** JSON with keys in order: what PostgreSQL's jsonb gives back is compared by content */
const canonical = (v: unknown) =>
  JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === "object" && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b)))
      : x,
  );
/** 00:00 of a Vietnam calendar day */
const vnMidnight = (day: string) => new Date(`${day}T00:00:00+07:00`);

export async function importPastResults(
  rows: PastResultRow[],
  actor: { id: number; username?: string } | null,
): Promise<ImportPastResultsResult> {
  const units = new Map(
    (await db().unit.findMany({ select: { id: true, code: true, name: true, type: true } })).map((u) => [
      u.code,
      u,
    ]),
  );
  const errors: RowError[] = [];
  for (const r of rows)
    if (!units.has(r.unitCode))
      errors.push({
        row: r.row,
        column: "ma_don_vi",
        message: `không có đơn vị mã "${r.unitCode}" trong hệ thống`,
      });
  const byRound = new Map<string, PastResultRow[]>();
  for (const r of rows)
    byRound.set(`${r.year}|${r.group}`, [...(byRound.get(`${r.year}|${r.group}`) ?? []), r]);
  const existing = await db().evaluationRound.findMany({
    where: { OR: [...byRound.values()].map((g) => ({ year: g[0]!.year, group: g[0]!.group })) },
    select: { id: true, year: true, group: true, imported: true },
  });
  for (const e of existing.filter((x) => !x.imported)) {
    for (const r of byRound.get(`${e.year}|${e.group}`) ?? []) {
      errors.push({
        row: r.row,
        column: "nam",
        message: `năm ${e.year} khối ${groupLabel(e.group)} đã được đánh giá trên phần mềm này: không nhập đè`,
      });
    }
  }
  for (const g of byRound.values()) {
    const dates = new Set(g.map((r) => r.publishedOn));
    if (dates.size > 1)
      for (const r of g.slice(1))
        if (r.publishedOn !== g[0]!.publishedOn)
          errors.push({
            row: r.row,
            column: "ngay_cong_bo",
            message: `một năm và khối có một ngày công bố (dòng ${g[0]!.row}: ${g[0]!.publishedOn})`,
          });
  }
  if (errors.length)
    return { created: 0, replaced: 0, unchanged: 0, errors: errors.sort((a, b) => a.row - b.row) };

  return db().$transaction(
    async (tx) => {
      let created = 0,
        replaced = 0,
        unchanged = 0;
      for (const g of byRound.values()) {
        const { year, group, publishedOn } = g[0]!;
        const { set, result } = build(g, units);
        const old = existing.find((e) => e.year === year && e.group === group);
        if (old) {
          const snap = await tx.resultSnapshot.findFirst({
            where: { roundId: old.id },
            orderBy: { version: "desc" },
          });
          if (
            snap &&
            canonical(snap.results) === canonical(result) &&
            snap.publishedAt.getTime() === vnMidnight(publishedOn).getTime()
          ) {
            unchanged++;
            continue;
          }
          const { criteriaSetId } = await tx.evaluationRound.delete({ where: { id: old.id } });
          await tx.criteriaNode.deleteMany({ where: { setId: criteriaSetId } });
          await tx.criteriaSet.delete({ where: { id: criteriaSetId } });
          replaced++;
        } else created++;
        const setId = await insertCriteriaSet(tx, set);
        const round = await tx.evaluationRound.create({
          data: {
            year,
            group,
            name: `Kết quả năm ${year} (nhập từ phần mềm trước)`,
            criteriaSetId: setId,
            status: "PUBLISHED",
            imported: true,
          },
        });
        await tx.resultSnapshot.create({
          data: {
            roundId: round.id,
            version: 1,
            publishedAt: vnMidnight(publishedOn),
            publishedById: actor?.id ?? 0,
            reason: "Nhập từ phần mềm trước",
            criteria: set as never,
            inputs: { values: {}, fromRecords: {} },
            results: result as never,
          },
        });
        await recordAudit(
          {
            actor,
            action: old ? "update" : "create",
            entity: "ResultSnapshot",
            entityId: round.id,
            roundId: round.id,
            reason: "Nhập kết quả đã công bố từ phần mềm trước",
            newValue: { year, group, units: g.length, publishedOn },
          },
          tx,
        );
      }
      return { created, replaced, unchanged, errors: [] };
    },
    { timeout: 120_000 },
  );
}

/** The criteria set (one leaf per field, no criteria values) and the result of a year and group. */
function build(
  rows: PastResultRow[],
  units: Map<string, { code: string; name: string; type: string }>,
): { set: CriteriaSetJson; result: RoundResult } {
  const { year, group } = rows[0]!;
  const codes = [...new Set(rows.flatMap((r) => r.fields.map((f) => f.code)))].sort(
    (a, b) => Number(a) - Number(b),
  );
  // the bands read off the file: each classification from the lowest index that carries it
  const lowest = new Map<string, number>();
  for (const r of rows)
    if (r.classification)
      lowest.set(r.classification, Math.min(lowest.get(r.classification) ?? 100, r.index));
  const set: CriteriaSetJson = {
    name: "Kết quả nhập từ phần mềm trước",
    year,
    group,
    classification: [...lowest].map(([label, min]) => ({ label, min })).sort((a, b) => b.min - a.min),
    fields: codes.map((code) => ({ code, name: `Lĩnh vực ${code}`, max: 0, rule: { type: "manual" } })),
  };
  const sorted = [...rows].sort((a, b) => b.index - a.index);
  const rankOf = (r: PastResultRow) =>
    r.rank ?? 1 + sorted.filter((x) => round2(x.index) > round2(r.index)).length;
  const result: RoundResult = {
    errors: [],
    units: [...rows]
      .sort((a, b) => a.unitCode.localeCompare(b.unitCode))
      .map((r): UnitResult => {
        const u = units.get(r.unitCode)!;
        const fields = codes.map((code) => ({
          code,
          name: `Lĩnh vực ${code}`,
          achieved: r.fields.find((f) => f.code === code)?.points ?? 0,
          max: 0,
          index: null,
        }));
        const achieved = r.fields.length ? round2(r.fields.reduce((s, f) => s + f.points, 0)) : r.index;
        return {
          unit: u.code,
          name: u.name,
          type: u.type as UnitType,
          group,
          achieved,
          max: r.index > 0 ? round2((achieved * 100) / r.index) : 100,
          index: r.index,
          rank: rankOf(r),
          classification: r.classification,
          provisional: false,
          fields,
          criteria: fields,
          deficiencies: [],
          missing: [],
          leafResults: [],
        };
      }),
  };
  return { set, result };
}

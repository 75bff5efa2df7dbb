// The case summaries (issue 16) against a full scan of the records: after random imports, re-imports
// that change cases (finished, returned, moved to another unit, another field or channel), a first
// load into an empty table and deletions, every report read from the summaries equals the same
// report scanned from the records, for every year and month, every grouping, all units or a few.
import { describe, expect, it } from "vitest";
import { makeUnit } from "./factories";
import { rng } from "../../lib/demo/random";
import { importCases } from "../../lib/cases/import-cases";
import { jsonRows } from "../../lib/cases/case-source";
import { parseVnDate } from "../../lib/cases/dates";
import { db } from "../../lib/db/client";
import {
  casePeriodReport,
  caseReportFromRecords,
  type CaseReportBy,
} from "../../lib/queries/cases/case-report";
import { monthsPeriod, yearPeriod, type MonthPeriod } from "../../lib/queries/cases/case-summary";
import { lateCases } from "../../lib/queries/cases/late-cases";
import {
  caseReportByMonth,
  caseReportByMonthFromRecords,
} from "../../lib/queries/cases/case-report-by-month";

const CODES = ["S1", "S2", "S3", "S4"];
const FIELDS = ["Đất đai", "Hộ tịch", "Xây dựng", ""];

function randomCases(seed: number, count: number, prefix = "C") {
  const r = rng(seed);
  const day = (base: string, plus: number) =>
    new Date(parseVnDate(base)!.getTime() + plus * 86_400_000 + r.int(0, 23) * 3_600_000);
  const iso = (d: Date) => new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 16);
  return Array.from({ length: count }, (_, i) => {
    const received = day("2022-10-01", r.int(0, 700));
    const due = new Date(received.getTime() + r.int(0, 40) * 86_400_000);
    // some stay open for months, some are never finished
    const finished = r.chance(0.8)
      ? new Date(received.getTime() + r.int(0, r.chance(0.2) ? 200 : 30) * 86_400_000)
      : null;
    const status = r.chance(0.06) ? r.pick(["tra_lai", "dung_xu_ly"]) : finished ? "da_xu_ly" : "dang_xu_ly";
    const apology = r.chance(0.3) ? new Date(received.getTime() + r.int(0, 45) * 86_400_000) : null;
    return {
      ma_ho_so: `${prefix}${i}`,
      ma_don_vi: r.pick(CODES),
      linh_vuc: r.pick(FIELDS),
      kenh: r.int(1, 3),
      ngay_tiep_nhan: iso(received),
      ngay_hen_tra: iso(due),
      ngay_ket_thuc_xu_ly: finished && status !== "dang_xu_ly" ? iso(finished) : "",
      trang_thai: status,
      so_lan_bo_sung: r.int(0, 2),
      so_ngay_cho_bo_sung: r.chance(0.2) ? r.int(1, 5) : 0,
      ngay_thu_xin_loi: apology ? iso(apology) : "",
    };
  });
}

async function expectSummariesMatchRecords(unitIds: (number[] | null)[]) {
  // the count the triggers keep is the table's
  const kept = await db().caseDataVersion.findUniqueOrThrow({ where: { id: 1 } });
  expect(Number(kept.total)).toBe(await db().caseRecord.count());
  const periods: MonthPeriod[] = [];
  for (const year of [2022, 2023, 2024, 2025]) {
    periods.push(yearPeriod(year));
    for (let m = 1; m <= 12; m++) periods.push(monthsPeriod(year, m, 1));
  }
  for (const ids of unitIds)
    for (const p of periods)
      for (const by of ["unit", "level", "channel", "field"] as CaseReportBy[]) {
        const [fromSummaries, fromRecords] = await Promise.all([
          casePeriodReport(p, by, ids),
          caseReportFromRecords(p, by, ids),
        ]);
        expect(fromSummaries, `${by} ${p.startMonth}…${p.lastMonth} units ${ids ?? "all"}`).toEqual(
          fromRecords,
        );
      }
  for (const ids of unitIds)
    for (const year of [2023, 2024])
      expect(await caseReportByMonth(year, ids)).toEqual(await caseReportByMonthFromRecords(year, ids));
  // the late-case list's total (from the summary) is the number of rows it lists, whatever the filter
  for (const ids of unitIds)
    for (const filter of [
      {},
      { channel: 2 as const },
      { field: "Hộ tịch", level: "huyen" as const },
      { apology: "none" as const },
      { apology: "notInTime" as const },
      { apology: "inTime" as const },
    ]) {
      const late = await lateCases({ year: 2023, unitIds: ids, ...filter, limit: 1000 });
      expect(late.total, JSON.stringify(filter)).toBe(late.rows.length);
    }
}

describe("case summaries", () => {
  it(
    "equal a full scan after a first load, re-imports that change cases, and deletions",
    { timeout: 240_000 },
    async () => {
      const units = await Promise.all(
        CODES.map((code, i) => makeUnit({ code, level: i === 0 ? "tinh" : i < 3 ? "huyen" : "xa" })),
      );
      const some = [units[1]!.id, units[3]!.id];

      // the first load of an empty table (COPY straight into "CaseRecord")
      const first = randomCases(1, 1500);
      expect((await importCases(jsonRows(first))).ok).toBe(true);
      expect(await db().caseFinishedSummary.count()).toBeGreaterThan(0);
      await expectSummariesMatchRecords([null, some]);

      // a re-import: the same codes with other values (finished, returned, moved, other field) and new ones
      const changed = randomCases(2, 1500).slice(0, 900);
      const more = randomCases(3, 400, "N");
      expect((await importCases(jsonRows([...changed, ...more]))).ok).toBe(true);
      // an unchanged file changes nothing
      expect(await importCases(jsonRows(more))).toMatchObject({ ok: true, unchanged: 400 });
      await expectSummariesMatchRecords([null, some]);

      // cases deleted (a unit's records removed by hand), then every record
      await db().caseRecord.deleteMany({ where: { unitId: units[2]!.id } });
      await expectSummariesMatchRecords([null]);
      await db().caseRecord.deleteMany({});
      expect(await db().caseFinishedSummary.count()).toBe(0);
      expect(await db().caseOpenSummary.count()).toBe(0);
    },
  );
});

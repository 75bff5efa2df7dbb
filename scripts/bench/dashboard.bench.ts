// The case dashboard's data (lib/queries/cases/dashboard.ts: figures by level, unit, channel, field
// and month, the field list and the first page of late cases) for the whole province, on the demo
// (about 100,000 cases), then after importing BENCH_EXTRA_CASES more generated cases (default
// 1,500,000; 7,500,000 is five years of a merged province) into the same units over the same years:
// the medians and their ratio, which the summaries should keep near 1 (issue 16: at most 1,5). Also
// the same figures scanned from the records at both sizes, the cost the summaries replaced.
import { performance } from "node:perf_hooks";
import { createTestDatabase } from "../../tests/integration/test-database";
import type { SourceRow } from "../../lib/cases/case-source";

const RUNS = 7;
const EXTRA = Number(process.env.BENCH_EXTRA_CASES ?? 1_500_000);
const YEAR = 2025;
const fmt = (n: number) => n.toLocaleString("vi-VN", { maximumFractionDigits: 1 });

async function median(fn: () => Promise<unknown>): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[RUNS >> 1]!;
}

export async function run(): Promise<void> {
  const database = await createTestDatabase("cchc_bench_dashboard");
  process.env.DATABASE_URL = database.url;
  try {
    const { seedDemo } = await import("../../lib/demo/index");
    const { db, disconnectDb } = await import("../../lib/db/client");
    const { loadCaseDashboard } = await import("../../lib/queries/cases/dashboard");
    const { caseReportFromRecords } = await import("../../lib/queries/cases/case-report");
    const { caseReportByMonthFromRecords } = await import("../../lib/queries/cases/case-report-by-month");
    const { yearPeriod } = await import("../../lib/queries/cases/case-summary");
    const { importCases } = await import("../../lib/cases/import-cases");
    const { generateDemoCases } = await import("../../lib/demo/cases");
    const { rng } = await import("../../lib/demo/random");
    await seedDemo(() => {});
    // statistics and visibility maps of the freshly written tables, as autovacuum leaves them in use
    await db().$executeRawUnsafe(`vacuum analyze`);
    const dashboard = () => loadCaseDashboard(YEAR, null, { nam: String(YEAR) });
    const scans = () =>
      Promise.all([
        ...(["level", "unit", "channel", "field"] as const).map((by) =>
          caseReportFromRecords(yearPeriod(YEAR), by, null),
        ),
        caseReportByMonthFromRecords(YEAR, null),
      ]);
    const { setCaseFigureCache } = await import("../../lib/queries/cases/figure-cache");
    const measure = async () => {
      const cases = await db().caseRecord.count();
      setCaseFigureCache(false);
      const d = await median(dashboard);
      const s = await median(scans);
      setCaseFigureCache(true);
      const cached = await median(dashboard);
      console.log(
        `${fmt(cases)} hồ sơ: dữ liệu bảng điều khiển hồ sơ năm ${YEAR} trung vị ${fmt(d)} ms từ bảng tóm tắt, ${fmt(cached)} ms khi đã lưu đệm (các số liệu đó khi quét hồ sơ: ${fmt(s)} ms)`,
      );
      return { d, s };
    };
    const small = await measure();

    // more cases like the demo's (each unit's only while it exists, 2022–2026), with other codes
    const units = (
      await db().unit.findMany({
        select: { id: true, code: true, level: true, validFrom: true, validTo: true },
      })
    ).map((u) => ({
      id: u.id,
      code: u.code,
      level: u.level as "tinh" | "huyen" | "xa",
      validFrom: u.validFrom?.toISOString().slice(0, 10) ?? null,
      validTo: u.validTo?.toISOString().slice(0, 10) ?? null,
    }));
    const t = performance.now();
    const extra = generateDemoCases(units, EXTRA, rng(7));
    const batches = function* (): Generator<SourceRow[]> {
      let batch: SourceRow[] = [];
      for (const row of extra) {
        const get = row.get;
        batch.push({ row: row.row, get: (c) => (c === "ma_ho_so" ? `X${get(c)}` : get(c)) });
        if (batch.length === 5000) {
          yield batch;
          batch = [];
        }
      }
      if (batch.length) yield batch;
    };
    const r = await importCases(batches());
    if (!r.ok) throw new Error(`nhập lỗi: ${JSON.stringify(r.errors.slice(0, 3))}`);
    console.log(`nhập thêm ${fmt(r.inserted)} hồ sơ trong ${fmt((performance.now() - t) / 1000)} s`);
    await db().$executeRawUnsafe(`vacuum analyze`);
    const large = await measure();
    console.log(
      `tỷ lệ trung vị dữ liệu bảng điều khiển (lớn / demo): ${fmt(large.d / small.d)} (mục tiêu ≤ 1,5); khi quét hồ sơ: ${fmt(large.s / small.s)}`,
    );
    await disconnectDb();
  } finally {
    await database.drop();
  }
}

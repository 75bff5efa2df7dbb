// The case dashboard's data (lib/queries/cases/dashboard.ts), view by view (summary: figures by level,
// channel and month; by unit; by field; the first page of late cases), for the whole province, on the demo
// (about 100,000 cases), then after importing BENCH_EXTRA_CASES more generated cases (default
// 1,500,000; 7,500,000 is five years of a merged province) into the same units over the same years:
// the medians and their ratio, which the summaries should keep near 1 (issue 16: at most 1,5). Also
// the same figures scanned from the records at both sizes, the cost the summaries replaced.
import { performance } from "node:perf_hooks";
import { createTestDatabase } from "../../tests/integration/test-database";

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
    const { loadCaseDashboard, CASE_VIEWS } = await import("../../lib/queries/cases/dashboard");
    const { caseReportFromRecords } = await import("../../lib/queries/cases/case-report");
    const { caseReportByMonthFromRecords } = await import("../../lib/queries/cases/case-report-by-month");
    const { yearPeriod } = await import("../../lib/queries/cases/case-summary");
    await seedDemo(() => {});
    // statistics and visibility maps of the freshly written tables, as autovacuum leaves them in use
    await db().$executeRawUnsafe(`vacuum analyze`);
    const views = Object.keys(CASE_VIEWS);
    const dashboard = (xem: string) => () => loadCaseDashboard(YEAR, null, { nam: String(YEAR), xem });
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
      const d: Record<string, number> = {};
      for (const v of views) d[v] = await median(dashboard(v));
      const s = await median(scans);
      setCaseFigureCache(true);
      const cached: Record<string, number> = {};
      for (const v of views) cached[v] = await median(dashboard(v));
      console.log(`${fmt(cases)} hồ sơ, bảng điều khiển hồ sơ năm ${YEAR}, trung vị theo trang xem:`);
      for (const v of views)
        console.log(
          `  ${v.padEnd(9)} ${fmt(d[v]!).padStart(7)} ms từ bảng tóm tắt, ${fmt(cached[v]!).padStart(6)} ms khi đã lưu đệm`,
        );
      console.log(`  các số liệu đó khi quét hồ sơ: ${fmt(s)} ms`);
      return { d, s };
    };
    const small = await measure();

    const { addGeneratedCases } = await import("./generated-cases");
    const added = await addGeneratedCases(EXTRA);
    console.log(`nhập thêm ${fmt(added.inserted)} hồ sơ trong ${fmt(added.seconds)} s`);
    const large = await measure();
    for (const v of views)
      console.log(
        `tỷ lệ trung vị (lớn / demo), trang ${v}: ${fmt(large.d[v]! / small.d[v]!)} (mục tiêu ≤ 1,5)`,
      );
    console.log(`khi quét hồ sơ: ${fmt(large.s / small.s)}`);
    await disconnectDb();
  } finally {
    await database.drop();
  }
}

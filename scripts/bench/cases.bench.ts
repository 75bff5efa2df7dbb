// Case import and report speed on a throwaway database: 1,000,000 generated cases written to a CSV,
// imported with `importCases` (validate, COPY into staging, merge) and compared with a bare COPY of
// the same file into an unindexed table; then the time of a year's report by level and by unit.
import { createWriteStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { createReadStream } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { once } from "node:events";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { createTestDatabase } from "../../tests/integration/test-database";
import { demoUnits } from "../../lib/demo/units";
import { generateDemoCases } from "../../lib/demo/cases";
import { CASE_COLUMNS, type AnyCaseColumn } from "../../lib/cases/case-row";

const ROWS = Number(process.env.BENCH_CASES ?? 1_000_000);
const secs = (t: number) => (performance.now() - t) / 1000;
const fmt = (n: number) => n.toLocaleString("vi-VN", { maximumFractionDigits: 2 });
const csvCell = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export async function run(): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), "cchc-bench-"));
  const db = await createTestDatabase("cchc_bench");
  process.env.DATABASE_URL = db.url;
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    for (const u of demoUnits()) {
      await client.query(
        `insert into "Unit" (code, name, type, level, "group", "updatedAt") values ($1, $2, $3, $4, $5, now())`,
        [u.code, u.name, u.type, u.level, u.group],
      );
    }
    const units = (
      await client.query<{ id: number; code: string; level: "tinh" | "huyen" | "xa" }>(
        `select id, code, level from "Unit"`,
      )
    ).rows;

    /** the generated cases as the CSV a province exports, codes prefixed (a second file is other cases) */
    const writeFile = async (file: string, prefix: string) => {
      const t = performance.now();
      const out = createWriteStream(file);
      out.write(`${CASE_COLUMNS.join(",")}\n`);
      let buf = "";
      let n = 0;
      for (const row of generateDemoCases(units, ROWS)) {
        // the demo generator answers the base columns only; the QĐ 766 columns stay empty
        const get = row.get as (c: AnyCaseColumn) => string | undefined;
        buf += `${CASE_COLUMNS.map((c) => csvCell((c === "ma_ho_so" ? prefix : "") + (get(c) ?? ""))).join(",")}\n`;
        if (++n % 10_000 === 0) {
          if (!out.write(buf)) await once(out, "drain");
          buf = "";
        }
      }
      out.end(buf);
      await once(out, "finish");
      console.log(
        `tệp: ${fmt(n)} hồ sơ, ${fmt((await stat(file)).size / 1e6)} MB, tạo trong ${fmt(secs(t))} s`,
      );
      return n;
    };
    const file = path.join(dir, "cases.csv");
    const n = await writeFile(file, "");
    let t = performance.now();

    /** a bare COPY of the same file into an unindexed table of text columns: the floor */
    const bareCopy = async (f: string) => {
      await client.query(`create table bare_copy (${CASE_COLUMNS.map((c) => `${c} text`).join(", ")})`);
      const t0 = performance.now();
      await pipeline(
        createReadStream(f),
        client.query(copyFrom(`copy bare_copy from stdin with (format csv, header true)`)),
      );
      const s = secs(t0);
      await client.query(`drop table bare_copy`);
      return s;
    };
    const bare = await bareCopy(file);
    console.log(`COPY trần vào bảng không chỉ mục: ${fmt(bare)} s (${fmt(n / bare)} dòng/s)`);

    // the importing process's memory, sampled while it imports (issue 16: at most 500 MB)
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
    const before = process.memoryUsage().rss;

    const { importCases } = await import("../../lib/cases/import-cases");
    const { fileRows } = await import("../../lib/cases/case-source");
    t = performance.now();
    const r = await importCases(fileRows(file), {
      onProgress: ({ rows, phase }) =>
        phase === "merging" && console.log(`  … đọc xong ${fmt(rows)} dòng sau ${fmt(secs(t))} s, đang gộp`),
    });
    const imp = secs(t);
    if (!r.ok)
      throw new Error(
        `nhập lỗi: ${r.errors
          .slice(0, 3)
          .map((e) => `${e.row}/${e.column}: ${e.message}`)
          .join("; ")}`,
      );
    clearInterval(sampler);
    console.log(
      `import cases: ${fmt(imp)} s (${fmt(n / imp)} dòng/s), ${fmt(r.inserted)} mới — gấp ${fmt(imp / bare)} lần COPY trần (mục tiêu < 3); bộ nhớ tiến trình cao nhất ${fmt(peak / 2 ** 20)} MB (trước khi nhập ${fmt(before / 2 ** 20)} MB)`,
    );

    t = performance.now();
    const again = await importCases(fileRows(file));
    const reimport = secs(t);
    console.log(
      `nhập lại cùng tệp: ${fmt(reimport)} s, ${again.ok ? `${fmt(again.unchanged)} không đổi, ${again.updated} cập nhật` : "LỖI"} — gấp ${fmt(reimport / bare)} lần COPY trần (mục tiêu < 3)`,
    );

    // other cases into a table that already holds these: staging and merge, not the first load
    const other = path.join(dir, "other.csv");
    await writeFile(other, "B");
    const bareOther = await bareCopy(other);
    t = performance.now();
    const more = await importCases(fileRows(other));
    const impOther = secs(t);
    console.log(
      `nhập tệp thứ hai (hồ sơ khác) vào bảng đã có ${fmt(n)} hồ sơ: ${fmt(impOther)} s, ${more.ok ? `${fmt(more.inserted)} mới` : "LỖI"} — gấp ${fmt(impOther / bareOther)} lần COPY trần của tệp đó (mục tiêu < 3)`,
    );

    await client.query(`vacuum analyze "CaseRecord"`);
    const { caseReport, caseReportFromRecords } = await import("../../lib/queries/cases/case-report");
    const { caseReportByMonth, caseReportByMonthFromRecords } =
      await import("../../lib/queries/cases/case-report-by-month");
    const { yearPeriod } = await import("../../lib/queries/cases/case-summary");
    // the queries themselves, not the figures cached after the first call
    (await import("../../lib/queries/cases/figure-cache")).setCaseFigureCache(false);
    const { count } = (await client.query<{ count: string }>(`select count(*) from "CaseFinishedSummary"`))
      .rows[0]!;
    const open = (await client.query<{ count: string }>(`select count(*) from "CaseOpenSummary"`)).rows[0]!
      .count;
    console.log(
      `tóm tắt hồ sơ: ${fmt(Number(count))} dòng đã giải quyết, ${fmt(Number(open))} dòng tồn cuối tháng`,
    );
    const median = async (fn: () => Promise<unknown>) => {
      const times: number[] = [];
      for (let i = 0; i < 5; i++) {
        t = performance.now();
        await fn();
        times.push(performance.now() - t);
      }
      return times.sort((a, b) => a - b)[2]!;
    };
    for (const by of ["level", "unit", "month"] as const) {
      const summaries = await median(() => (by === "month" ? caseReportByMonth(2023) : caseReport(2023, by)));
      const records = await median(() =>
        by === "month" ? caseReportByMonthFromRecords(2023) : caseReportFromRecords(yearPeriod(2023), by),
      );
      console.log(
        `report cases --year 2023 --by ${by}: trung vị ${fmt(summaries)} ms từ bảng tóm tắt, ${fmt(records)} ms khi quét hồ sơ (gấp ${fmt(records / summaries)} lần)`,
      );
    }
  } finally {
    await client.end();
    const { disconnectDb } = await import("../../lib/db/client");
    await disconnectDb();
    await db.drop();
    await rm(dir, { recursive: true, force: true });
  }
}

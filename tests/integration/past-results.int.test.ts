// `import results`: the previous software's published results become rounds the rankings, trends
// and profiles read (issue 11, deliverable 6); all or nothing, idempotent, never over this software's.
import { describe, expect, it, beforeAll } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { db } from "../../lib/db/client";
import { parseUnitsFile } from "../../lib/units/units-file";
import { importUnits } from "../../lib/units/import-units";
import { parsePastResultsFile } from "../../lib/results/past-results-file";
import { importPastResults } from "../../lib/results/import-past-results";
import { rankingData } from "../../lib/queries/reports/rankings";
import { unitProfileData } from "../../lib/queries/reports/unit-profile";
import { formatRowError } from "../../lib/csv/read-csv";

const tmp = mkdtempSync(path.join(tmpdir(), "cchc-past-"));
const FILE = `ma_don_vi,nam,khoi,chi_so,thu_hang,xep_loai,ngay_cong_bo,LV1,LV2
P_A,2021,SO,85.5,1,Tốt,15/03/2022,10,"7,5"
P_B,2021,SO,72.25,2,Khá,15/03/2022,9,6
P_A,2022,SO,88,,Tốt,2023-03-20,,
P_B,2022,SO,90.1,,Xuất sắc,2023-03-20,,
`;

beforeAll(async () => {
  await importUnits(
    parseUnitsFile("ma_don_vi,ten_don_vi,loai,cap\nP_A,Sở A,SO,tinh\nP_B,Sở B,SO,tinh\n").units,
    null,
  );
});

describe("import results", () => {
  it("creates published rounds marked imported, read by rankings and profiles, and changes nothing the second time", async () => {
    const { rows, errors } = parsePastResultsFile(FILE, "2026-12-03");
    expect(errors).toEqual([]);
    expect(await importPastResults(rows, null)).toEqual({
      created: 2,
      replaced: 0,
      unchanged: 0,
      errors: [],
    });
    const r2021 = (await rankingData(2021, "SO"))!;
    expect(r2021).toMatchObject({ kind: "published", imported: true });
    expect(r2021.publishedAt?.toISOString()).toBe("2022-03-14T17:00:00.000Z");
    expect(r2021.rows.map((r) => [r.code, r.index, r.rank, r.classification])).toEqual([
      ["P_A", 85.5, 1, "Tốt"],
      ["P_B", 72.25, 2, "Khá"],
    ]);
    // ranks not given are computed within the group
    expect((await rankingData(2022, "SO"))!.rows.map((r) => [r.code, r.rank])).toEqual([
      ["P_B", 1],
      ["P_A", 2],
    ]);
    const a = await db().unit.findUniqueOrThrow({ where: { code: "P_A" } });
    const profile = await unitProfileData(a, 2022);
    expect(profile.history.map((h) => [h.year, h.index])).toEqual([
      [2021, 85.5],
      [2022, 88],
    ]);
    expect(profile.current).toMatchObject({ imported: true, indexChange: null });
    expect(await importPastResults(rows, null)).toEqual({
      created: 0,
      replaced: 0,
      unchanged: 2,
      errors: [],
    });
  });

  it("replaces a corrected year, refuses bad rows whole, and never overwrites a round assessed here", async () => {
    const corrected = parsePastResultsFile(
      FILE.replace("P_B,2022,SO,90.1", "P_B,2022,SO,80.1"),
      "2026-12-03",
    );
    expect(await importPastResults(corrected.rows, null)).toMatchObject({ replaced: 1, unchanged: 1 });
    const bad = parsePastResultsFile(
      "ma_don_vi,nam,khoi,chi_so,thu_hang,xep_loai,ngay_cong_bo,ghi_chu\nP_A,2020,SO,101,0,Tốt,31/02/2021,x\n",
      "2026-12-03",
    );
    expect(bad.errors.map(formatRowError)[0]).toMatch(/^dòng 1, cột ghi_chu: cột không có/);
    const bad2 = parsePastResultsFile(
      "ma_don_vi,nam,khoi,chi_so,thu_hang,ngay_cong_bo\nP_A,2020,SO,101,0,31/02/2021\nP_A,2027,SO,50,1,2021-01-01\n",
      "2026-12-03",
    );
    expect(bad2.errors.map((e) => `${e.row}:${e.column}`)).toEqual([
      "2:chi_so",
      "2:thu_hang",
      "2:ngay_cong_bo",
      "3:nam",
    ]);
    const set = await db().criteriaSet.create({
      data: { name: "Bộ 2023", year: 2023, group: "SO", classification: [] },
    });
    await db().evaluationRound.create({
      data: { year: 2023, group: "SO", name: "Đợt 2023", criteriaSetId: set.id, status: "PUBLISHED" },
    });
    const here = parsePastResultsFile(
      "ma_don_vi,nam,khoi,chi_so,ngay_cong_bo\nP_A,2023,SO,70,2024-03-01\nP_X,2023,SO,70,2024-03-01\n",
      "2026-12-03",
    );
    const refused = await importPastResults(here.rows, null);
    expect(refused.errors.map(formatRowError)).toEqual([
      "dòng 2, cột nam: năm 2023 khối Khối sở, ban, ngành đã được đánh giá trên phần mềm này: không nhập đè",
      'dòng 3, cột ma_don_vi: không có đơn vị mã "P_X" trong hệ thống',
      "dòng 3, cột nam: năm 2023 khối Khối sở, ban, ngành đã được đánh giá trên phần mềm này: không nhập đè",
    ]);
  });

  it("runs from the command line", () => {
    const file = path.join(tmp, "results.csv");
    writeFileSync(file, FILE);
    const r = spawnSync("npx", ["tsx", "scripts/cchc.ts", "import", "results", file, "--json"], {
      cwd: path.resolve(import.meta.dirname, "../.."),
      encoding: "utf8",
      env: { ...process.env },
    });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ rows: 4 });
  }, 60_000);
});

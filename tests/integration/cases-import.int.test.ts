import { describe, expect, it, beforeAll } from "vitest";
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { db } from "../../lib/db/client";
import { parseUnitsFile } from "../../lib/units/units-file";
import { importUnits } from "../../lib/units/import-units";
import { importCases } from "../../lib/cases/import-cases";
import { fileRows, jsonRows } from "../../lib/cases/case-source";
import { caseReport } from "../../lib/queries/cases/case-report";
import { caseReportByMonth } from "../../lib/queries/cases/case-report-by-month";

const FIX = path.resolve(import.meta.dirname, "../fixtures/cases");
const CSV = path.join(FIX, "cases-2023.csv");
const expected = JSON.parse(readFileSync(path.join(FIX, "expected-2023.json"), "utf8"));
const tmp = mkdtempSync(path.join(tmpdir(), "cchc-cases-"));

beforeAll(async () => {
  const { units } = parseUnitsFile(readFileSync(path.join(FIX, "units.csv")));
  await importUnits(units, null);
});

describe("import cases", () => {
  it("imports the fixture and reports the hand-computed figures", async () => {
    const r = await importCases(fileRows(CSV));
    expect(r).toEqual({ ok: true, rows: 16, inserted: 16, updated: 0, unchanged: 0 });
    expect(await caseReport(2023, "level")).toEqual(expected.level.rows);
    expect(await caseReport(2023, "channel")).toEqual(expected.channel.rows);
  });

  it("changes nothing when the same file is imported again", async () => {
    const before = await db().$queryRawUnsafe<{ x: string }[]>(
      `select string_agg(xmin::text, ',' order by code) as x from "CaseRecord"`,
    );
    expect(await importCases(fileRows(CSV))).toEqual({
      ok: true,
      rows: 16,
      inserted: 0,
      updated: 0,
      unchanged: 16,
    });
    const after = await db().$queryRawUnsafe<{ x: string }[]>(
      `select string_agg(xmin::text, ',' order by code) as x from "CaseRecord"`,
    );
    expect(after).toEqual(before);
  });

  it("updates only a row that differs", async () => {
    const changed = readFileSync(CSV, "utf8").replace(
      "HS16,SO_A,1.002,Đất đai,Trực tiếp,2023-12-01,2023-12-20,",
      "HS16,SO_A,1.002,Đất đai,Trực tiếp,2023-12-01,2023-12-20,2023-12-19",
    );
    const file = path.join(tmp, "changed.csv");
    writeFileSync(file, changed);
    expect(await importCases(fileRows(file))).toMatchObject({
      ok: true,
      inserted: 0,
      updated: 1,
      unchanged: 15,
    });
    const hs16 = await db().caseRecord.findUniqueOrThrow({ where: { code: "HS16" } });
    expect(hs16.status).toBe("da_xu_ly");
    expect(hs16.finishedAt?.toISOString()).toBe("2023-12-18T17:00:00.000Z");
    expect(await importCases(fileRows(CSV))).toMatchObject({ ok: true, updated: 1 });
  });

  it("records who imported and the counts in the import's own transaction, and nothing when nothing changed", async () => {
    const audits = () =>
      db().auditLog.findMany({ where: { entity: "CaseRecord", action: "import" }, orderBy: { id: "asc" } });
    const before = (await audits()).length;
    const audit = { actor: null, via: "test", details: { file: "cases-2023.csv" } };
    expect(await importCases(fileRows(CSV), { audit })).toMatchObject({ ok: true, inserted: 0, updated: 0 });
    expect(await audits()).toHaveLength(before);

    const file = path.join(tmp, "audited.csv");
    writeFileSync(
      file,
      readFileSync(CSV, "utf8").replace(/^HS01,SO_A,1\.001,Hộ tịch,2,/m, "HS01,SO_A,1.001,Hộ tịch,1,"),
    );
    expect(await importCases(fileRows(file), { audit })).toMatchObject({ ok: true, updated: 1 });
    const last = (await audits()).at(-1)!;
    expect(last.newValue).toEqual({ via: "test", file: "cases-2023.csv", rows: 16, inserted: 0, updated: 1 });

    // a refused audit entry rolls the import back
    await db().$executeRawUnsafe(
      `create function refuse_case_audit() returns trigger language plpgsql as $$ begin raise exception 'audit refused'; end $$`,
    );
    await db().$executeRawUnsafe(
      `create trigger refuse_case_audit before insert on "AuditLog" for each row when (new.entity = 'CaseRecord') execute function refuse_case_audit()`,
    );
    try {
      await expect(importCases(fileRows(CSV), { audit })).rejects.toThrow(/audit refused/);
      expect((await db().caseRecord.findUniqueOrThrow({ where: { code: "HS01" } })).channel).toBe(1);
    } finally {
      await db().$executeRawUnsafe(`drop trigger refuse_case_audit on "AuditLog"`);
      await db().$executeRawUnsafe(`drop function refuse_case_audit()`);
    }
    expect(await importCases(fileRows(CSV))).toMatchObject({ ok: true, updated: 1 });
  });

  it("writes nothing when rows are bad, and names every bad row", async () => {
    const before = await db().caseRecord.count();
    const file = path.join(tmp, "bad.csv");
    writeFileSync(
      file,
      [
        "ma_ho_so,ma_don_vi,kenh,ngay_tiep_nhan,ngay_hen_tra,ngay_ket_thuc_xu_ly",
        "NEW1,SO_A,1,2023-01-01,2023-01-05,",
        "NEW2,SO_KHONG,1,2023-01-01,2023-01-05,",
        "NEW3,SO_A,9,31/02/2023,2023-01-05,",
        "NEW1,SO_A,1,2023-01-01,2023-01-05,",
        "NEW4,SO_A,2,2023-01-10,2023-01-05,2023-01-09",
      ].join("\n"),
    );
    const r = await importCases(fileRows(file));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      { row: 3, column: "ma_don_vi", message: 'không có đơn vị mã "SO_KHONG" trong hệ thống' },
      { row: 4, column: "kenh", message: expect.stringContaining('"9" không hợp lệ') },
      {
        row: 4,
        column: "ngay_tiep_nhan",
        message: expect.stringContaining('"31/02/2023" không phải ngày hợp lệ'),
      },
      { row: 5, column: "ma_ho_so", message: 'mã hồ sơ "NEW1" trùng với dòng 2' },
      { row: 6, column: "ngay_hen_tra", message: "ngày hẹn trả trước ngày tiếp nhận" },
      { row: 6, column: "ngay_ket_thuc_xu_ly", message: "ngày kết thúc xử lý trước ngày tiếp nhận" },
    ]);
    expect(await db().caseRecord.count()).toBe(before);
  });

  it("refuses a file without the required columns", async () => {
    const file = path.join(tmp, "noheader.csv");
    writeFileSync(file, "ma_ho_so,kenh\nA,1\n");
    const r = await importCases(fileRows(file));
    expect(r).toMatchObject({
      ok: false,
      errors: [
        { row: 1, column: "ma_don_vi" },
        { row: 1, column: "ngay_tiep_nhan" },
        { row: 1, column: "ngay_hen_tra" },
      ],
    });
  });

  it("reads XLSX with the same header, text and date cells alike", async () => {
    const { default: ExcelJS } = await import("exceljs");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Hồ sơ");
    ws.addRow([
      "ma_ho_so",
      "ma_don_vi",
      "kenh",
      "ngay_tiep_nhan",
      "ngay_hen_tra",
      "ngay_ket_thuc_xu_ly",
      "so_lan_bo_sung",
    ]);
    ws.addRow([
      "XL1",
      "SO_A",
      2,
      new Date(Date.UTC(2023, 8, 1, 8, 0)),
      "10/09/2023",
      new Date(Date.UTC(2023, 8, 10, 16, 30)),
      0,
    ]);
    ws.addRow(["XL2", "X_A", "Bưu chính công ích", "2023-09-01", "2023-09-10", "", ""]);
    const file = path.join(tmp, "cases.xlsx");
    await wb.xlsx.writeFile(file);
    expect(await importCases(fileRows(file))).toMatchObject({ ok: true, rows: 2, inserted: 2 });
    const xl1 = await db().caseRecord.findUniqueOrThrow({ where: { code: "XL1" } });
    expect(xl1.receivedAt.toISOString()).toBe("2023-09-01T01:00:00.000Z");
    expect(xl1.finishedAt?.toISOString()).toBe("2023-09-10T09:30:00.000Z");
    expect((await db().caseRecord.findUniqueOrThrow({ where: { code: "XL2" } })).channel).toBe(3);
    expect(await importCases(fileRows(file))).toMatchObject({ ok: true, unchanged: 2 });

    ws.addRow(["XL3", "SO_A", 2, "hôm nay", "2023-09-10"]);
    await wb.xlsx.writeFile(file);
    expect(await importCases(fileRows(file))).toMatchObject({
      ok: false,
      errors: [{ row: 4, column: "ngay_tiep_nhan" }],
    });
    await db().caseRecord.deleteMany({ where: { code: { startsWith: "XL" } } });
  });

  it("lists the first 1,000 errors and counts the rest; refuses a line that never ends (issue 18, finding 9)", async () => {
    const file = path.join(tmp, "many-bad.csv");
    writeFileSync(
      file,
      `ma_ho_so,ma_don_vi,kenh,ngay_tiep_nhan,ngay_hen_tra\n${Array.from({ length: 3000 }, (_, i) => `B${i},SO_A,9,2023-01-01,2023-01-05`).join("\n")}\n`,
    );
    const r = await importCases(fileRows(file));
    expect(r.ok).toBe(false);
    const errors = (r as { errors: { message: string }[] }).errors;
    expect(errors).toHaveLength(1001);
    expect(errors.at(-1)!.message).toBe("và 2.000 lỗi khác (chỉ liệt kê 1000 lỗi đầu tiên)");
    const long = path.join(tmp, "long-line.csv");
    writeFileSync(
      long,
      `ma_ho_so,ma_don_vi,kenh,ngay_tiep_nhan,ngay_hen_tra\nA1,SO_A,1,2023-01-01,${"x".repeat(3 * 1024 * 1024)}`,
    );
    const l = await importCases(fileRows(long));
    expect(l).toMatchObject({
      ok: false,
      errors: [{ row: 2, message: expect.stringContaining("dòng dài quá 1 MB") }],
    });
  });

  it("refuses rows of another unit for a token limited to one unit", async () => {
    const so = await db().unit.findUniqueOrThrow({ where: { code: "SO_A" } });
    const r = await importCases(
      jsonRows([
        {
          ma_ho_so: "API1",
          ma_don_vi: "X_A",
          kenh: 1,
          ngay_tiep_nhan: "2023-01-01",
          ngay_hen_tra: "2023-01-02",
        },
      ]),
      { onlyUnit: { id: so.id, code: so.code } },
    );
    expect(r).toMatchObject({ ok: false, errors: [{ row: 1, column: "ma_don_vi" }] });
  });

  it("gives month rows for every month, open cases counted at each month end", async () => {
    const rows = await caseReportByMonth(2023);
    expect(rows.map((r) => r.key)).toHaveLength(12);
    const dec = rows.find((r) => r.key === "2023-12")!;
    expect(dec).toMatchObject({ open: 4, openInTime: 2, overdue: 2 });
    const jun = rows.find((r) => r.key === "2023-06")!;
    expect(jun).toMatchObject({ finished: 2, onTime: 1, late: 1 });
  });
});

describe("npm run cchc -- report cases / import cases", () => {
  const run = (args: string[]) =>
    spawnSync("npx", ["tsx", "scripts/cchc.ts", ...args], {
      cwd: path.resolve(import.meta.dirname, "../.."),
      encoding: "utf8",
      env: { ...process.env },
    });

  it("prints exactly one JSON document with --json", () => {
    const r = run(["report", "cases", "--year", "2023", "--by", "level", "--json"]);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.year).toBe(2023);
    expect(out.by).toBe("level");
    expect(out.rows[2]).toEqual(expected.level.rows[2]);
    // issue 12: received (carried over + new by channel) in every row, and the total of the rows
    expect(out.total).toMatchObject({
      received: 12,
      carriedOver: 1,
      receivedNew: 11,
      receivedOnline: 3,
      receivedInPerson: 7,
      receivedPostal: 1,
      finished: 8,
      early: 2,
      onTime: 3,
      late: 3,
      open: 4,
      openInTime: 2,
      overdue: 2,
      onTimeRate: 62.5,
    });
  }, 60_000);

  it("prints levels and channels by name with a total row in text; codes stay in --json (issue 12)", () => {
    const text = run(["report", "cases", "--year", "2023", "--by", "channel"]).stdout;
    expect(text).toMatch(/^Trực tiếp /m);
    expect(text).toMatch(/^Bưu chính công ích /m);
    const finished = expected.channel.rows.reduce((s: number, r: { finished: number }) => s + r.finished, 0);
    expect(text).toMatch(new RegExp(`^Tổng cộng\\s+${finished}\\s`, "m"));
    expect(run(["report", "cases", "--year", "2023", "--by", "level"]).stdout).toMatch(/^Cấp tỉnh /m);
  }, 60_000);

  it("counts a district with the communes under it with --with-children", () => {
    const alone = JSON.parse(
      run(["report", "cases", "--year", "2023", "--by", "level", "--unit", "H_A", "--json"]).stdout,
    );
    const withChildren = JSON.parse(
      run([
        "report",
        "cases",
        "--year",
        "2023",
        "--by",
        "level",
        "--unit",
        "H_A",
        "--with-children",
        "--json",
      ]).stdout,
    );
    expect(alone.rows.map((r: { key: string }) => r.key)).not.toContain("xa");
    expect(withChildren.rows.find((r: { key: string }) => r.key === "xa")).toEqual(
      expected.level.rows.find((r: { key: string }) => r.key === "xa"),
    );
  }, 60_000);

  it("exits 1 and lists bad rows as 'dòng N, cột NAME: …'", () => {
    const file = path.join(tmp, "cli-bad.csv");
    writeFileSync(
      file,
      "ma_ho_so,ma_don_vi,kenh,ngay_tiep_nhan,ngay_hen_tra\nC1,SO_A,1,2023-01-01,2023-01-05\nC2,SO_A,5,2023-01-01,2023-01-05\n",
    );
    const r = run(["import", "cases", file]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("dòng 3, cột kenh:");
    expect(r.stdout).toBe("");
  }, 60_000);
});

describe("import cases into an empty table (copied straight in, indexes rebuilt)", () => {
  const structure = async () => {
    const [r] = await db().$queryRawUnsafe<{ indexes: string; keys: string }[]>(
      `select (select string_agg(indexdef, '; ' order by indexname) from pg_indexes where tablename = 'CaseRecord') as indexes,
              (select string_agg(pg_get_constraintdef(oid), '; ' order by conname) from pg_constraint where conrelid = '"CaseRecord"'::regclass) as keys`,
    );
    return r!;
  };
  const header = "ma_ho_so,ma_don_vi,linh_vuc,kenh,ngay_tiep_nhan,ngay_hen_tra,ngay_ket_thuc_xu_ly";
  let before: Awaited<ReturnType<typeof structure>>;

  beforeAll(async () => {
    before = await structure();
    await db().$executeRawUnsafe(`truncate "CaseRecord"`);
  });

  it("names bad rows and repeated codes, writes nothing and keeps every index and key", async () => {
    const file = path.join(tmp, "first-bad.csv");
    writeFileSync(
      file,
      [
        header,
        "F1,SO_A,,1,2023-01-01,2023-01-05,",
        'F2,SO_A,"Đất\nđai",1,2023-01-01,2023-01-05,',
        "F3,SO_A,,7,2023-01-01,2023-01-05,",
        "F1,SO_A,,1,2023-01-02,2023-01-05,",
      ].join("\n"),
    );
    const r = await importCases(fileRows(file));
    expect(r).toEqual({
      ok: false,
      rows: 4,
      errors: [
        { row: 5, column: "kenh", message: expect.stringContaining('"7" không hợp lệ') },
        { row: 6, column: "ma_ho_so", message: 'mã hồ sơ "F1" trùng với dòng 2' },
      ],
    });
    expect(await db().caseRecord.count()).toBe(0);
    expect(await structure()).toEqual(before);
  });

  it("names a repeated code found only when the unique index is built, and writes nothing", async () => {
    const file = path.join(tmp, "first-dup.csv");
    writeFileSync(
      file,
      [
        header,
        "D1,SO_A,,1,2023-01-01,2023-01-05,",
        "D2,SO_A,,2,2023-01-01,2023-01-05,",
        "D1,SO_A,,1,2023-01-03,2023-01-05,",
        "D2,SO_A,,2,2023-01-03,2023-01-05,",
      ].join("\n"),
    );
    const r = await importCases(fileRows(file));
    expect(r).toEqual({
      ok: false,
      rows: 4,
      errors: [
        { row: 4, column: "ma_ho_so", message: 'mã hồ sơ "D1" trùng với dòng 2' },
        { row: 5, column: "ma_ho_so", message: 'mã hồ sơ "D2" trùng với dòng 3' },
      ],
    });
    expect(await db().caseRecord.count()).toBe(0);
    expect(await structure()).toEqual(before);
  });

  it("loads a good file with the same figures, rebuilds indexes and keys, and a re-import then changes nothing", async () => {
    expect(await importCases(fileRows(CSV))).toEqual({
      ok: true,
      rows: 16,
      inserted: 16,
      updated: 0,
      unchanged: 0,
    });
    expect(await structure()).toEqual(before);
    expect(await caseReport(2023, "level")).toEqual(expected.level.rows);
    expect(await caseReport(2023, "channel")).toEqual(expected.channel.rows);
    const hs02 = await db().caseRecord.findUniqueOrThrow({ where: { code: "HS02" } });
    expect(hs02.receivedAt.toISOString()).toBe("2023-03-01T01:00:00.000Z");
    expect(await importCases(fileRows(CSV))).toEqual({
      ok: true,
      rows: 16,
      inserted: 0,
      updated: 0,
      unchanged: 16,
    });
    await expect(
      db().$executeRawUnsafe(
        `insert into "CaseRecord" (code, "unitId", channel, "receivedAt", "dueAt", status) values ('HS01', (select min(id) from "Unit"), 1, now(), now(), 'dang_xu_ly')`,
      ),
    ).rejects.toThrow();
  });
});

describe("the official case report (issue 12, item 5)", () => {
  it("puts the fixture's units under their levels with a total that adds up", async () => {
    const { caseReportOfficial } = await import("../../lib/queries/cases/case-report-official");
    const report = await caseReportOfficial(2023, null);
    expect(report.sections.map((s) => [s.level, s.units.map((u) => u.code), s.total.received])).toEqual([
      ["tinh", ["SO_A"], 5],
      ["huyen", ["H_A"], 4],
      ["xa", ["X_A"], 3],
    ]);
    expect(report.total).toMatchObject({ received: 12, carriedOver: 1, finished: 8, open: 4 });
    for (const s of report.sections)
      expect({ key: s.level, ...s.total }).toEqual(
        expected.level.rows.find((r: { key: string }) => r.key === s.level),
      );
  });
});

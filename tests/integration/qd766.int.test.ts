import { describe, expect, it, beforeAll } from "vitest";
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { db } from "../../lib/db/client";
import { parseUnitsFile } from "../../lib/units/units-file";
import { importUnits } from "../../lib/units/import-units";
import { importCases } from "../../lib/cases/import-cases";
import { fileRows } from "../../lib/cases/case-source";
import { qd766Result } from "../../lib/cases/qd766";
import { qd766Figures, qd766Period } from "../../lib/queries/qd766/qd766-figures";
import { readCsv, formatRowError } from "../../lib/csv/read-csv";
import { readTable } from "../../lib/csv/read-xlsx";
import { OFFICIAL_OPTIONAL, OFFICIAL_REQUIRED } from "../../lib/qd766/official-file";
import { importOfficialQd766 } from "../../lib/qd766/import-official";
import { metricInputs } from "../../lib/queries/metrics";
import { createCriteriaSet } from "../../lib/criteria/store";
import { loadRoundData } from "../../lib/results/round-inputs";
import { nationalResults } from "../../lib/national/store";
import { indexTrends } from "../../lib/national/standing";
import { unitQd766 } from "../../lib/queries/qd766/unit-qd766";
import { makeRound } from "./criteria-fixtures";

const FIX = path.resolve(import.meta.dirname, "../fixtures/cases");
const tmp = mkdtempSync(path.join(tmpdir(), "cchc-qd766-"));
const SPEC = { required: OFFICIAL_REQUIRED, optional: OFFICIAL_OPTIONAL };
const HEADER =
  "ma_ho_so,ma_don_vi,ma_tthc,kenh,ngay_tiep_nhan,ngay_hen_tra,ngay_ket_thuc_xu_ly,so_hoa_ho_so,so_hoa_ket_qua,tai_su_dung_du_lieu,thanh_toan_truc_tuyen,dong_bo";
// SO_A in 2023: four cases received (two online), three finished (one late), one open and overdue
const CASES = [
  "Q1,SO_A,1.001,2,2023-03-01,2023-03-10,2023-03-09,1,1,1,1,1",
  "Q2,SO_A,1.001,2,2023-03-02,2023-03-10,2023-03-12,1,0,0,0,1",
  "Q3,SO_A,1.002,1,2023-04-01,2023-04-10,2023-04-10,0,,,,0",
  "Q4,SO_A,1.002,1,2023-05-01,2023-05-10,,1,,,,",
];
const file = (name: string, text: string) => {
  const p = path.join(tmp, name);
  writeFileSync(p, text);
  return p;
};
const official = (text: string, today = "2024-01-15") =>
  importOfficialQd766(readCsv(text, SPEC), null, today);

let so: { id: number }, h: { id: number };
beforeAll(async () => {
  await importUnits(parseUnitsFile(readFileSync(path.join(FIX, "units.csv"))).units, null);
  so = await db().unit.findUniqueOrThrow({ where: { code: "SO_A" } });
  h = await db().unit.findUniqueOrThrow({ where: { code: "H_A" } });
  await db().procedure.createMany({
    data: [
      { unitId: so.id, year: 2024, code: "1.001", name: "A", onlineLevel: "TOAN_TRINH" },
      { unitId: so.id, year: 2024, code: "1.002", name: "B", onlineLevel: "MOT_PHAN" },
    ],
  });
  expect(await importCases(fileRows(file("cases.csv", [HEADER, ...CASES].join("\n"))))).toMatchObject({
    ok: true,
    inserted: 4,
  });
});

describe("QĐ 766 computed from records", () => {
  it("computes each indicator from the case facts, the catalogue and feedback", async () => {
    const f = (await qd766Figures(qd766Period(2023), [so.id])).get(so.id)!;
    expect(f).toMatchObject({
      finished: 3,
      late: 1,
      open: 1,
      openInTime: 0,
      received: 4,
      receivedOnline: 2,
      syncReported: 3,
      synced: 2,
      dossierReported: 4,
      dossierDigitised: 2,
      resultReported: 2,
      resultDigitised: 1,
      reuseReported: 2,
      reused: 1,
      feeCases: 2,
      paidOnline: 1,
      feeProcedures: 1,
      feeProceduresPaidOnline: 1,
      procedures: 2,
      proceduresOnline: 2,
      proceduresOnlineUsed: 1,
      feedbackTracked: false,
    });
    const r = qd766Result(f);
    const points = Object.fromEntries(r.groups.flatMap((g) => g.indicators.map((i) => [i.code, i.points])));
    expect(points).toMatchObject({
      "1.4": 4,
      "2.1": 10,
      "3.1": 2,
      "3.2": 2,
      "3.3": 6,
      "3.5b": 2,
      "3.6": 3,
      "4.1": 3,
      "4.2": 2.5,
      "4.3": 1.25,
      "5.2": null,
      "5.4": null,
    });
    expect(r.maxWithData).toBe(6 + 20 + 2 + 4 + 6 + 2 + 6 + 6 + 4 + 2);
    expect(r.points).toBe(35.75);
    // a month: March holds the two online cases only
    const march = (await qd766Figures(qd766Period(2023, 3), [so.id])).get(so.id)!;
    expect(march).toMatchObject({ received: 2, receivedOnline: 2, finished: 2, late: 1 });
  });

  it("are cached until a record they read changes: cases, the catalogue, feedback (issue 16)", async () => {
    const read = async () => (await qd766Figures(qd766Period(2023), [so.id])).get(so.id)!;
    const first = await read();
    expect(await read()).toBe(first); // the same figures, not read again
    await db().procedure.create({
      data: { unitId: so.id, year: 2024, code: "1.003", name: "C", onlineLevel: "KHONG" },
    });
    expect(await read()).toMatchObject({ procedures: 3, proceduresOnline: 2 });
    await db().feedback.create({
      data: {
        code: "PAKN-CACHE",
        unitId: so.id,
        subject: "Hỏi thủ tục",
        receivedAt: new Date("2023-06-01T02:00:00Z"),
        dueAt: new Date("2023-06-10T02:00:00Z"),
        resolvedAt: new Date("2023-06-05T02:00:00Z"),
      },
    });
    expect(await read()).toMatchObject({ feedback: 1, feedbackInTime: 1, feedbackTracked: true });
    await db().feedback.delete({ where: { code: "PAKN-CACHE" } });
    await db().procedure.deleteMany({ where: { unitId: so.id, code: "1.003" } });
    expect(await read()).toMatchObject({ procedures: 2, feedback: 0, feedbackTracked: false });
  });

  it("keeps the stored facts when a later file leaves them empty", async () => {
    const plain = [
      "ma_ho_so,ma_don_vi,ma_tthc,kenh,ngay_tiep_nhan,ngay_hen_tra,ngay_ket_thuc_xu_ly",
      ...CASES.map((c) => c.split(",").slice(0, 7).join(",")),
    ];
    expect(await importCases(fileRows(file("plain.csv", plain.join("\n"))))).toMatchObject({
      ok: true,
      updated: 0,
      unchanged: 4,
    });
    expect(await db().caseRecord.findUniqueOrThrow({ where: { code: "Q1" } })).toMatchObject({
      dossierDigitised: true,
      paidOnline: true,
      syncedToNational: true,
    });
    const changed = [HEADER, CASES[0]!.replace(/1,1,1,1,1$/, "1,1,1,1,0"), ...CASES.slice(1)];
    expect(await importCases(fileRows(file("changed.csv", changed.join("\n"))))).toMatchObject({
      ok: true,
      updated: 1,
    });
    expect((await db().caseRecord.findUniqueOrThrow({ where: { code: "Q1" } })).syncedToNational).toBe(false);
    await importCases(fileRows(file("back.csv", [HEADER, ...CASES].join("\n"))));
  });
});

const OFFICIAL_HEADER = "ma_don_vi,ky,cong_khai,tien_do,truc_tuyen,so_hoa,hai_long,tong,thu_hang,tong_so";

describe("import qd766 (official scores)", () => {
  it("refuses a bad file whole, naming every bad row and column", async () => {
    const r = await official(
      [
        OFFICIAL_HEADER,
        "SO_A,2023-05,18.5,20,22,22,18,100,,", // cong_khai above 18
        "SO_A,2023,10,10,10,10,10,50,12,10", // rank above its out-of
        "SO_A,2024-02,1,1,1,1,1,5,,", // a month that has not begun (today 15/01/2024)
        "SO_X,2023,1,1,1,1,1,5,,", // unknown unit
        "H_A,2023-13,1,1,1,1,1,5,,",
      ].join("\n"),
    );
    expect(r.errors.map(formatRowError)).toEqual([
      expect.stringMatching(/^dòng 2, cột cong_khai: 18\.5 nằm ngoài 0–18/),
      expect.stringMatching(/^dòng 3, cột thu_hang: hạng 12 lớn hơn tổng số 10/),
      expect.stringMatching(/^dòng 4, cột ky: tháng 02\/2024 chưa bắt đầu/),
      expect.stringMatching(/^dòng 5, cột ma_don_vi: không có đơn vị mã "SO_X"/),
      expect.stringMatching(/^dòng 6, cột ky: "2023-13" không phải kỳ hợp lệ/),
    ]);
    expect(await db().qd766Score.count()).toBe(0);
    const unknown = await official(
      "ma_don_vi,ky,cong_khai,tien_do,truc_tuyen,so_hoa,hai_long,tong,ghi_chu\nSO_A,2023,1,1,1,1,1,5,x",
    );
    expect(unknown.errors.map(formatRowError)).toEqual([
      expect.stringMatching(/^dòng 1, cột ghi_chu: cột không có trong định dạng tệp này/),
    ]);
  });

  it("stores units' scores and the province's national result; re-importing changes nothing", async () => {
    const text = [
      OFFICIAL_HEADER,
      "SO_A,2023-03,15,18,19,16,17,85,,",
      "SO_A,2023,14,17,18,15,16,80,3,20",
      'TINH,2022,9,12,10,8,10.1,"49,1",54,63',
      'TINH,2023,12.5,14,12,10,11.4,"59,9",55,',
    ].join("\n");
    expect(await official(text)).toMatchObject({
      rows: 4,
      created: 4,
      updated: 0,
      unchanged: 0,
      province: 2,
      errors: [],
    });
    expect(await official(text)).toMatchObject({ created: 0, updated: 0, unchanged: 4 });
    expect(await db().qd766Score.count()).toBe(2);
    const trend = indexTrends(await nationalResults("QD766"));
    expect(trend[0]!.points).toEqual([
      { year: 2022, score: 49.1, rank: 54, outOf: 63, scoreChange: null, rankChange: null },
      { year: 2023, score: 59.9, rank: 55, outOf: 63, scoreChange: 10.8, rankChange: -1 },
    ]);
    const national = await nationalResults("QD766");
    expect(national[1]!.fields.find((f) => f.code === "cong_khai")).toEqual({
      code: "cong_khai",
      score: 12.5,
      max: 18,
    });
  });

  it("reads the same file as XLSX", async () => {
    const { default: ExcelJS } = await import("exceljs");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Điểm");
    ws.addRow(OFFICIAL_HEADER.split(","));
    ws.addRow(["H_A", "2023", 10, 11, 12, 13, 14, 60, null, null]);
    const buffer = Buffer.from(await wb.xlsx.writeBuffer());
    const table = await readTable("diem.xlsx", buffer, SPEC);
    expect(await importOfficialQd766(table, null, "2024-01-15")).toMatchObject({ created: 1, errors: [] });
    expect(Number((await db().qd766Score.findFirstOrThrow({ where: { unitId: h.id } })).total)).toBe(60);
  });

  it("puts a unit's official month beside the computed one, with the difference", async () => {
    const u = await unitQd766(so.id, 2023);
    const march = u.months.find((m) => m.month === 3)!;
    expect(march.official).toMatchObject({ total: 85, groups: { congKhai: 15, tienDo: 18 } });
    expect(march.computed.maxWithData).toBeGreaterThan(0);
    expect(march.difference).toBe(Math.round((march.computed.total! - 85) * 100) / 100);
    expect(u.months.find((m) => m.month === 4)!.official).toBeNull();
    expect(u.years.find((y) => y.year === 2023)).toMatchObject({
      official: { total: 80, rank: 3, outOf: 20 },
    });
  });
});

describe("QĐ 766 metrics", () => {
  it("give the official yearly score where imported, else the computed one", async () => {
    const m = await metricInputs(2023, [so.id, h.id]);
    expect(m.get(so.id)).toMatchObject({ "qd766.total": 80, "qd766.congKhai": 14, "qd766.haiLong": 16 });
    expect(m.get(h.id)).toMatchObject({ "qd766.total": 60, "qd766.soHoa": 13 });
    const x = await db().unit.findUniqueOrThrow({ where: { code: "X_A" } });
    expect((await metricInputs(2023, [x.id])).get(x.id)).toMatchObject({
      "qd766.total": null,
      "qd766.tienDo": null,
    });
  });

  it("a criteria leaf bound to qd766.total gets its input for the round's year", async () => {
    const setId = await createCriteriaSet({
      name: "Bộ tiêu chí khối sở 2023 (QĐ 766)",
      year: 2023,
      group: "SO",
      classification: [
        { label: "Tốt", min: 80 },
        { label: "Yếu", min: 0 },
      ],
      fields: [
        {
          code: "7",
          name: "Chính quyền số",
          children: [
            {
              code: "7.1",
              name: "Chỉ số phục vụ người dân, doanh nghiệp (QĐ 766)",
              max: 2,
              metric: "qd766.total",
              rule: { type: "linear", threshold: 80 },
            },
          ],
        },
      ],
    });
    const round = await makeRound(2023, setId, "APPRAISAL");
    const data = await loadRoundData(round.id);
    expect(data.inputs.SO_A!["7.1"]).toEqual({ appraised: 80 });
    expect(data.fromRecords.SO_A).toEqual(["7.1"]);
  });
});

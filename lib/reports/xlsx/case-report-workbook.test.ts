import { expect, it } from "vitest";
import ExcelJS from "exceljs";
import { caseReportWorkbook } from "./case-report-workbook";
import { officialCaseReport } from "../../cases/official-report";
import type { CaseFigures } from "../../queries/cases/case-sql";

const f = (
  received: number,
  carriedOver: number,
  finished: number,
  early: number,
  onTime: number,
  openInTime: number,
): CaseFigures => ({
  received,
  carriedOver,
  receivedNew: received - carriedOver,
  receivedOnline: received - carriedOver - 1,
  receivedInPerson: 1,
  receivedPostal: 0,
  finished,
  early,
  onTime,
  late: finished - early - onTime,
  onTimeRate: Math.round(((early + onTime) * 10_000) / finished) / 100,
  open: received - finished,
  openInTime,
  overdue: received - finished - openInTime,
  online: 0,
  apologyLetters: 0,
  apologyLettersInTime: 0,
});

it("lays the report out with the province's header, the period, level rows, units and a total", async () => {
  const report = officialCaseReport(
    2023,
    [
      { code: "S1", name: "Sở Tư pháp", level: "tinh" },
      { code: "X1", name: "UBND xã An", level: "xa" },
      { code: "X2", name: "UBND xã Bình", level: "xa" },
    ],
    [
      { key: "S1", ...f(100, 10, 90, 30, 55, 8) },
      { key: "X1", ...f(20, 0, 18, 10, 8, 1) },
      { key: "X2", ...f(5, 1, 5, 0, 5, 0) },
    ],
  );
  const buffer = await caseReportWorkbook(report, {
    province: "tỉnh Sông Lam",
    at: new Date("2024-01-15T03:00:00Z"),
  }).xlsx.writeBuffer();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  const text = (r: number, c: number) => String(ws.getCell(r, c).value ?? "");
  expect(text(1, 1)).toBe("UBND TỈNH SÔNG LAM");
  expect(text(2, 1)).toBe("SỞ NỘI VỤ");
  expect(text(1, 7)).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  expect(text(4, 1)).toBe("TỔNG HỢP TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH NĂM 2023");
  expect(text(5, 1)).toContain("từ ngày 01/01/2023 đến hết ngày 31/12/2023");
  expect([text(8, 3), text(8, 8), text(8, 13)]).toEqual([
    "Số hồ sơ nhận giải quyết",
    "Số hồ sơ đã giải quyết",
    "Số hồ sơ đang giải quyết",
  ]);
  expect(text(9, 4)).toBe("Từ kỳ trước chuyển qua");
  expect(text(10, 15)).toBe("(15)");
  const rows = [11, 12, 13, 14, 15, 16].map((r) => [
    text(r, 1),
    text(r, 2),
    ws.getCell(r, 3).value,
    ws.getCell(r, 8).value,
    ws.getCell(r, 13).value,
  ]);
  expect(rows).toEqual([
    ["I", "Cấp tỉnh", 100, 90, 10],
    ["1", "Sở Tư pháp", 100, 90, 10],
    ["II", "Cấp xã", 25, 23, 2],
    ["1", "UBND xã An", 20, 18, 2],
    ["2", "UBND xã Bình", 5, 5, 0],
    ["", "Tổng cộng", 125, 113, 12],
  ]);
  expect(ws.getCell(16, 12).value).toBe(Math.round(((40 + 68) * 10_000) / 113) / 100);
  expect(text(18, 7)).toBe("Sông Lam, ngày 15 tháng 01 năm 2024");
});

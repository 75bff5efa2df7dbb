// The list to remind units that have not submitted: progress, heads and staff, as XLSX cells.
import { beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { saveSelfValues } from "../../lib/assessment/values";
import { submitUnit } from "../../lib/assessment/submission";
import { reminderList } from "../../lib/assessment/reminders";
import { reminderWorkbook } from "../../lib/reports/xlsx/reminder-workbook";
import { HEADER_ROW } from "../../lib/reports/xlsx/sheet";
import { assessmentFixture } from "./assessment-fixture";

let f: Awaited<ReturnType<typeof assessmentFixture>>;

beforeAll(async () => {
  f = await assessmentFixture("RM");
  // unit A completes and submits; unit B fills one leaf and stops
  await saveSelfValues(f.staffA, {
    roundId: f.round.id,
    unitId: f.a.id,
    items: [
      { code: "1.1", version: 0, selfValue: "1", notApplicable: false, explanation: "Kế hoạch số 5" },
      { code: "1.2", version: 0, selfValue: "0", notApplicable: false, explanation: "Không có báo cáo chậm" },
    ],
  });
  await submitUnit(f.headA, { roundId: f.round.id, unitId: f.a.id });
  await saveSelfValues(f.staffB, {
    roundId: f.round.id,
    unitId: f.b.id,
    items: [{ code: "1.1", version: 0, selfValue: "0", notApplicable: false, explanation: "Chưa ban hành" }],
  });
});

describe("reminder list", () => {
  it("lists only units that have not submitted, with progress and who to call", async () => {
    const list = await reminderList(f.round.id, new Date("2024-11-20T03:00:00Z"));
    expect(list.rows).toEqual([
      {
        code: f.b.code,
        name: f.b.name,
        status: "DRAFT",
        filled: 1,
        total: 2,
        heads: [expect.any(String)],
        staff: [expect.any(String)],
      },
    ]);
  });

  it("writes the same rows as XLSX cells with Vietnamese headers and numbers as numbers", async () => {
    const wb = reminderWorkbook(await reminderList(f.round.id, new Date("2024-11-20T03:00:00Z")));
    const buf = await wb.xlsx.writeBuffer();
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(buf as ArrayBuffer);
    const ws = read.getWorksheet("Chưa nộp")!;
    expect(String(ws.getCell(1, 1).value)).toContain("Đơn vị chưa nộp tự đánh giá");
    expect(String(ws.getCell(2, 1).value)).toContain("lập ngày 20/11/2024");
    expect(ws.getRow(HEADER_ROW).getCell(2).value).toBe("Đơn vị");
    const row = ws.getRow(HEADER_ROW + 1);
    expect(row.getCell(1).value).toBe(f.b.code);
    expect(row.getCell(3).value).toBe("Đang soạn");
    expect(row.getCell(4).value).toBe(1);
    expect(row.getCell(6).value).toBe(50);
    expect(ws.getRow(HEADER_ROW + 2).getCell(1).value).toBeNull();
  });
});

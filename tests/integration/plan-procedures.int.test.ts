import { describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import { makeUnit } from "./factories";
import { parsePlanFile } from "../../lib/plan/plan-file";
import { importPlanTasks } from "../../lib/plan/plan-tasks";
import { parseProceduresFile } from "../../lib/procedures/procedures-file";
import { importProcedures } from "../../lib/procedures/import-procedures";
import { planRates } from "../../lib/queries/plan/plan-rates";
import { removeProcedure } from "../../lib/procedures/remove-procedure";
import { procedureOnlineShare } from "../../lib/queries/procedures/online-share";

describe("plan tasks and procedures import", () => {
  it("imports plan tasks idempotently and computes completion and on-time rates", async () => {
    const u = await makeUnit({ code: "SO_P" });
    const file = [
      "nam,ma_nhiem_vu,ma_don_vi,ten_nhiem_vu,san_pham,han_hoan_thanh,trang_thai,ngay_hoan_thanh,tinh_giao",
      "2024,NV1,SO_P,Ban hành kế hoạch,Kế hoạch số 1,2024-01-31,hoan_thanh,2024-01-20,",
      "2024,NV2,SO_P,Rà soát TTHC,Báo cáo rà soát,2024-06-30,hoan_thanh,2024-07-15,1",
      "2024,NV3,SO_P,Tuyên truyền,Chuyên mục,2024-03-31,dang_thuc_hien,,",
    ].join("\n");
    const { tasks, errors } = parsePlanFile(file, (c) => (c === "SO_P" ? u.id : undefined));
    expect(errors).toEqual([]);
    expect(await importPlanTasks(tasks, null)).toEqual({ inserted: 3, updated: 0, unchanged: 0 });
    expect(await importPlanTasks(tasks, null)).toEqual({ inserted: 0, updated: 0, unchanged: 3 });
    const [r] = await planRates(2024, [u.id], new Date("2024-12-31T00:00:00Z"));
    expect(r).toMatchObject({
      total: 3,
      done: 2,
      doneOnTime: 1,
      overdue: 1,
      provinceAssigned: 1,
      provinceAssignedDone: 1,
      provinceAssignedOnTime: 0,
      completionRate: 66.67,
      onTimeRate: 33.33,
    });
  });

  it("imports a procedures catalogue and gives the online share", async () => {
    const u = await db().unit.findUniqueOrThrow({ where: { code: "SO_P" } });
    const { procedures, errors } = parseProceduresFile(
      "nam,ma_don_vi,ma_tthc,ten_tthc,linh_vuc,muc_do\n2024,SO_P,1,A,X,toan_trinh\n2024,SO_P,2,B,X,khong\n2024,SO_P,3,C,Y,mot_phan\n",
      () => u.id,
    );
    expect(errors).toEqual([]);
    expect(await importProcedures(procedures)).toEqual({ inserted: 3, updated: 0, unchanged: 0, removed: 0 });
    expect(await importProcedures(procedures)).toEqual({ inserted: 0, updated: 0, unchanged: 3, removed: 0 });
    expect(await procedureOnlineShare([u.id], 2024)).toEqual([
      {
        unitId: u.id,
        catalogueYear: 2024,
        total: 3,
        fullyOnline: 1,
        partlyOnline: 1,
        onlineRate: 33.33,
        anyOnlineRate: 66.67,
      },
    ]);
  });

  const catalogue = (unit: string, year: number, n: number, full: number, partial: number) =>
    `ma_don_vi,ma_tthc,ten_tthc,linh_vuc,muc_do\n${Array.from(
      { length: n },
      (_, i) =>
        `${unit},T${i},Thủ tục ${i},X,${i < full ? "toan_trinh" : i < full + partial ? "mot_phan" : "khong"}`,
    ).join("\n")}\n`;

  it("keeps the 2022 catalogue (129: 18 fully and 40 partly online, 13,95 % and 44,96 %) beside the 2023 one (522) (issue 12)", async () => {
    const u = await db().unit.create({
      data: { code: "SO_P129", name: "Sở 129", type: "SO", level: "tinh", group: "SO" },
    });
    const read = (csv: string, year: number | null) => {
      const r = parseProceduresFile(csv, (c) => (c === "SO_P129" ? u.id : undefined), year);
      expect(r.errors).toEqual([]);
      return r.procedures;
    };
    await importProcedures(read(catalogue("SO_P129", 2022, 129, 18, 40), 2022));
    await importProcedures(read(catalogue("SO_P129", 2023, 522, 200, 100), 2023));
    const share = async (year: number) => (await procedureOnlineShare([u.id], year))[0];
    expect(await share(2022)).toEqual({
      unitId: u.id,
      catalogueYear: 2022,
      total: 129,
      fullyOnline: 18,
      partlyOnline: 40,
      onlineRate: 13.95,
      anyOnlineRate: 44.96,
    });
    expect(await share(2023)).toMatchObject({ catalogueYear: 2023, total: 522, fullyOnline: 200 });
    // a year without its own catalogue reads the latest earlier one; before the first, the first
    expect(await share(2025)).toMatchObject({ catalogueYear: 2023, total: 522 });
    expect(await share(2021)).toMatchObject({ catalogueYear: 2022, total: 129 });

    // a re-import of 2022 replaces 2022's list (9 procedures dropped), 2023 untouched, audited
    const smaller = read(catalogue("SO_P129", 2022, 120, 18, 40), 2022);
    expect(await importProcedures(smaller, { id: 1, username: "admin" })).toEqual({
      inserted: 0,
      updated: 0,
      unchanged: 120,
      removed: 9,
    });
    expect(await share(2022)).toMatchObject({ total: 120 });
    expect(await share(2023)).toMatchObject({ total: 522 });
    const audit = await db().auditLog.findFirst({
      where: { entity: "Procedure", action: "import" },
      orderBy: { id: "desc" },
    });
    expect(audit?.newValue).toMatchObject({ years: [2022], removed: 9 });
    // unchanged: nothing written, nothing audited
    const before = await db().auditLog.count({ where: { entity: "Procedure" } });
    expect(await importProcedures(smaller)).toEqual({ inserted: 0, updated: 0, unchanged: 120, removed: 0 });
    expect(await db().auditLog.count({ where: { entity: "Procedure" } })).toBe(before);
  });

  it("removes one procedure from a catalogue, audited with what was removed", async () => {
    const u = await db().unit.findUniqueOrThrow({ where: { code: "SO_P129" } });
    const p = await db().procedure.findFirstOrThrow({ where: { unitId: u.id, year: 2022, code: "T0" } });
    await removeProcedure(p.id, { id: 1, username: "admin" });
    expect((await procedureOnlineShare([u.id], 2022))[0]).toMatchObject({ total: 119, fullyOnline: 17 });
    expect(
      await db().auditLog.findFirst({
        where: { entity: "Procedure", action: "delete", entityId: String(p.id) },
      }),
    ).toMatchObject({ username: "admin", oldValue: { unit: "SO_P129", year: 2022, code: "T0" } });
    await expect(removeProcedure(p.id, { id: 1, username: "admin" })).rejects.toThrow(
      /không còn trong danh mục/,
    );
  });

  it("names the year a row lacks or contradicts, and refuses a file without a year", () => {
    const unit = () => 1;
    expect(parseProceduresFile(catalogue("X", 2022, 1, 0, 0), unit).errors).toEqual([
      { row: 1, column: "nam", message: "thiếu cột năm của danh mục (hoặc ghi năm khi nhập: --nam NĂM)" },
    ]);
    const bad = "nam,ma_don_vi,ma_tthc,ten_tthc\n2022,X,1,A\n20x2,X,2,B\n2023,X,3,C\n,X,4,D\n2022,X,1,E\n";
    expect(parseProceduresFile(bad, unit, 2022).errors).toEqual([
      { row: 3, column: "nam", message: '"20x2" không phải là năm (ví dụ: 2023)' },
      { row: 4, column: "nam", message: "2023 khác năm của danh mục đang nhập (2022)" },
      { row: 6, column: "ma_tthc", message: 'thủ tục "1" của đơn vị "X" năm 2022 trùng với dòng 2' },
    ]);
    expect(parseProceduresFile(bad.replace("2023,X,3", "2022,X,3"), unit).errors).toContainEqual({
      row: 5,
      column: "nam",
      message: "không được để trống",
    });
  });
});

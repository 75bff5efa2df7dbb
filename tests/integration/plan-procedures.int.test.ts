import { describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import { makeUnit } from "./factories";
import { parsePlanFile } from "../../lib/plan/plan-file";
import { importPlanTasks } from "../../lib/plan/plan-tasks";
import { parseProceduresFile } from "../../lib/procedures/procedures-file";
import { importProcedures } from "../../lib/procedures/import-procedures";
import { planRates } from "../../lib/queries/plan/plan-rates";
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
      "ma_don_vi,ma_tthc,ten_tthc,linh_vuc,muc_do\nSO_P,1,A,X,toan_trinh\nSO_P,2,B,X,khong\nSO_P,3,C,Y,mot_phan\n",
      () => u.id,
    );
    expect(errors).toEqual([]);
    expect(await importProcedures(procedures)).toEqual({ inserted: 3, updated: 0, unchanged: 0 });
    expect(await importProcedures(procedures)).toEqual({ inserted: 0, updated: 0, unchanged: 3 });
    expect(await procedureOnlineShare([u.id])).toEqual([
      { unitId: u.id, total: 3, fullyOnline: 1, partlyOnline: 1, onlineRate: 33.33, anyOnlineRate: 66.67 },
    ]);
  });

  it("reads 18 fully and 40 partly online of 129 as 13,95 % fully online and 44,96 % with the partial ones (issue 12)", async () => {
    const u = await db().unit.create({
      data: { code: "SO_P129", name: "Sở 129", type: "SO", level: "tinh", group: "SO" },
    });
    const level = (i: number) => (i < 18 ? "toan_trinh" : i < 58 ? "mot_phan" : "khong");
    const csv = `ma_don_vi,ma_tthc,ten_tthc,linh_vuc,muc_do\n${Array.from({ length: 129 }, (_, i) => `SO_P129,T${i},Thủ tục ${i},X,${level(i)}`).join("\n")}\n`;
    const { procedures, errors } = parseProceduresFile(csv, () => u.id);
    expect(errors).toEqual([]);
    await importProcedures(procedures);
    expect(await procedureOnlineShare([u.id])).toEqual([
      {
        unitId: u.id,
        total: 129,
        fullyOnline: 18,
        partlyOnline: 40,
        onlineRate: 13.95,
        anyOnlineRate: 44.96,
      },
    ]);
  });
});

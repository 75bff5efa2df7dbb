import { describe, expect, it } from "vitest";
import { parsePlanFile } from "./plan-file";
import { parseProceduresFile } from "../procedures/procedures-file";

const units: Record<string, number> = { SO_A: 1 };
const unitIdOf = (c: string) => units[c];

describe("plan tasks file", () => {
  it("reads tasks and requires a concrete product and a deadline", () => {
    const { tasks, errors } = parsePlanFile(
      [
        "nam,ma_nhiem_vu,ma_don_vi,ten_nhiem_vu,san_pham,han_hoan_thanh,trang_thai,ngay_hoan_thanh,tinh_giao",
        "2024,NV1,SO_A,Ban hành kế hoạch CCHC,Kế hoạch số 12/KH-SNV,31/01/2024,hoan_thanh,2024-01-20,1",
        "2024,NV2,SO_A,Rà soát TTHC,,2024-06-30,,,",
        "2024,NV3,SO_B,Tuyên truyền,Chuyên mục,,dang_thuc_hien,,",
        "2024,NV4,SO_A,Báo cáo quý,Báo cáo quý I,2024-04-10,hoan_thanh,,",
        "2024,NV1,SO_A,Trùng mã,Sản phẩm,2024-04-10,xong,,",
      ].join("\n"),
      unitIdOf,
    );
    expect(tasks).toEqual([
      {
        year: 2024,
        code: "NV1",
        unitId: 1,
        title: "Ban hành kế hoạch CCHC",
        product: "Kế hoạch số 12/KH-SNV",
        deadline: "2024-01-31",
        status: "DONE",
        completedAt: "2024-01-20",
        assignedByProvince: true,
        note: null,
      },
    ]);
    expect(errors.map((e) => `${e.row}:${e.column}`)).toEqual([
      "3:san_pham",
      "4:ma_don_vi",
      "4:han_hoan_thanh",
      "5:ngay_hoan_thanh",
      "6:trang_thai",
    ]);
  });
});

describe("procedures file", () => {
  it("reads online levels and names bad rows", () => {
    const { procedures, errors } = parseProceduresFile(
      "ma_don_vi,ma_tthc,ten_tthc,linh_vuc,muc_do\nSO_A,1.001,Cấp phép,Xây dựng,toan_trinh\nSO_A,1.002,Đăng ký,,Một phần\nSO_A,1.003,Khác,,\nSO_A,1.001,Trùng,,khong\nSO_X,1.004,X,,ca_nhan\n",
      unitIdOf,
      2024,
    );
    expect(procedures.map((p) => p.onlineLevel)).toEqual(["TOAN_TRINH", "MOT_PHAN", "KHONG"]);
    expect(errors.map((e) => `${e.row}:${e.column}`)).toEqual(["5:ma_tthc", "6:ma_don_vi", "6:muc_do"]);
  });
});

describe("the plan file's row numbers", () => {
  it("follow the file's lines across blank lines", () => {
    const text =
      "nam,ma_nhiem_vu,ma_don_vi,ten_nhiem_vu,san_pham,han_hoan_thanh\n\n2026,NV1,SO_KHONG_CO,Rà soát,Báo cáo,30/06/2026\n";
    const { errors } = parsePlanFile(text, () => undefined);
    expect(errors[0]).toMatchObject({ row: 3, column: "ma_don_vi" });
  });
});

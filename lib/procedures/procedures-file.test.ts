import { describe, expect, it } from "vitest";
import { parseProceduresFile } from "./procedures-file";
import { formatRowError } from "../csv/read-csv";

const units: Record<string, number> = { SO_TC: 1 };
const parse = (text: string) => parseProceduresFile(text, (code) => units[code], 2024);

describe("the procedures file, read by the one CSV reader", () => {
  it("names the file's own line after a blank line and in a semicolon file saved by Excel", () => {
    const r = parse(
      "\uFEFFma_don_vi;ma_tthc;ten_tthc;muc_do\nSO_TC;1.001;Cấp phép;toan_trinh\n\nSO_XX;1.002;Đăng ký;mot_phan\n",
    );
    expect(r.errors.map(formatRowError)).toEqual([
      'dòng 4, cột ma_don_vi: không có đơn vị mã "SO_XX" trong hệ thống',
    ]);
    expect(r.procedures).toEqual([
      { unitId: 1, year: 2024, code: "1.001", name: "Cấp phép", field: null, onlineLevel: "TOAN_TRINH" },
    ]);
  });

  it("refuses a column the format does not have instead of ignoring it", () => {
    const r = parse("ma_don_vi,ma_tthc,ten_tthc,ma_linh_vuc\nSO_TC,1.001,Cấp phép,X\n");
    expect(r.errors.map(formatRowError)).toEqual([
      expect.stringMatching(/^dòng 1, cột ma_linh_vuc: cột không có trong định dạng tệp này/),
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { formatRowError, readCsv } from "./read-csv";

const spec = { required: ["ma_don_vi", "ma_tieu_chi"], optional: ["tu_danh_gia"] };

function table(text: string | Buffer) {
  const t = readCsv(text, spec);
  return {
    ...t,
    data: t.rows.map((r) => [r.row, r.get("ma_don_vi"), r.get("ma_tieu_chi"), r.get("tu_danh_gia")]),
  };
}

describe("readCsv", () => {
  it("reads rows by column name, trimming cells; row 1 is the header", () => {
    const t = table('ma_don_vi,ma_tieu_chi,tu_danh_gia\n SO_A ,1.1,"99,76"\nSO_B,1.2,\n');
    expect(t.errors).toEqual([]);
    expect(t.data).toEqual([
      [2, "SO_A", "1.1", "99,76"],
      [3, "SO_B", "1.2", ""],
    ]);
  });

  it("strips a BOM (string or Buffer) and normalises header names", () => {
    const t = table(Buffer.from("\uFEFF Ma_Don_Vi ,MA_TIEU_CHI\r\nSO_A,1.1\r\n", "utf8"));
    expect(t.header).toEqual(["ma_don_vi", "ma_tieu_chi"]);
    expect(t.data).toEqual([[2, "SO_A", "1.1", ""]]);
  });

  it("counts rows by line, across blank lines and multi-line cells", () => {
    const t = table('ma_don_vi,ma_tieu_chi,tu_danh_gia\n\nSO_A,1.1,"dòng một\ndòng hai"\n,,\nSO_B,1.2,1\n');
    expect(t.data.map((d) => d[0])).toEqual([3, 6]);
  });

  it("accepts semicolon-separated files (Excel with a Vietnamese locale)", () => {
    expect(table("ma_don_vi;ma_tieu_chi;tu_danh_gia\nSO_A;1.1;99,76\n").data).toEqual([
      [2, "SO_A", "1.1", "99,76"],
    ]);
  });

  it("names every missing required column and what the header has", () => {
    const t = readCsv("ma_dv,tu_danh_gia\nA,1\n", spec);
    expect(t.errors.map(formatRowError)).toEqual([
      "dòng 1, cột ma_don_vi: thiếu cột bắt buộc (dòng tiêu đề đang có: ma_dv, tu_danh_gia)",
      "dòng 1, cột ma_tieu_chi: thiếu cột bắt buộc (dòng tiêu đề đang có: ma_dv, tu_danh_gia)",
      "dòng 1, cột ma_dv: cột không có trong định dạng tệp này (các cột được dùng: ma_don_vi, ma_tieu_chi, tu_danh_gia)",
    ]);
    expect(t.rows).toEqual([]);
    expect(t.unknownColumns).toEqual(["ma_dv"]);
  });

  it("refuses a column the format does not have, naming it, unless the caller allows unknown columns", () => {
    const t = readCsv("ma_don_vi,ma_tieu_chi,hieu_luc_tu\nA,1,2025-07-01\n", spec);
    expect(t.errors.map(formatRowError)).toEqual([
      "dòng 1, cột hieu_luc_tu: cột không có trong định dạng tệp này (các cột được dùng: ma_don_vi, ma_tieu_chi, tu_danh_gia)",
    ]);
    const allowed = readCsv("ma_don_vi,ma_tieu_chi,hieu_luc_tu\nA,1,2025-07-01\n", {
      ...spec,
      allowUnknown: true,
    });
    expect(allowed.errors).toEqual([]);
    expect(allowed.unknownColumns).toEqual(["hieu_luc_tu"]);
  });

  it("reports repeated columns, rows with extra cells, an empty file and UTF-16", () => {
    expect(readCsv("ma_don_vi,ma_tieu_chi,ma_don_vi\n", spec).errors.map(formatRowError)).toEqual([
      "dòng 1, cột ma_don_vi: cột bị lặp lại trong dòng tiêu đề",
    ]);
    expect(readCsv("ma_don_vi,ma_tieu_chi\nA,1,x\nB,2,\n", spec).errors.map(formatRowError)).toEqual([
      "dòng 2: có 3 cột, nhiều hơn dòng tiêu đề (2 cột)",
    ]);
    expect(readCsv("", spec).errors.map(formatRowError)).toEqual(["dòng 1: tệp trống: thiếu dòng tiêu đề"]);
    expect(readCsv(Buffer.from([0xff, 0xfe, 0x61, 0]), spec).errors[0]!.message).toMatch(/UTF-8/);
  });

  it("reports an unclosed quote with its line", () => {
    const [error] = readCsv('ma_don_vi,ma_tieu_chi\nA,1\nB,"2\nC,3\n', spec).errors;
    expect(error!.message).toBe('dấu ngoặc kép (") mở nhưng không được đóng');
    expect(error!.row).toBeGreaterThanOrEqual(3);
  });
});

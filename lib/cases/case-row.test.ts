import { describe, expect, it } from "vitest";
import { validateCaseRow, parseChannel, QD766_CASE_COLUMNS, type AnyCaseColumn } from "./case-row";

const UNITS: Record<string, number> = { SO_TP: 7 };
const base: Partial<Record<AnyCaseColumn, string>> = {
  ma_ho_so: "HS-1",
  ma_don_vi: "SO_TP",
  kenh: "2",
  ngay_tiep_nhan: "2023-03-01",
  ngay_hen_tra: "2023-03-10",
};
const check = (over: Partial<Record<AnyCaseColumn, string>>) =>
  validateCaseRow(
    (c) => ({ ...base, ...over })[c] ?? "",
    (code) => UNITS[code],
  );

describe("validateCaseRow", () => {
  it("accepts a minimal open case with defaults", () => {
    const r = check({});
    expect(r.errors).toBeUndefined();
    expect(r.input).toMatchObject({
      code: "HS-1",
      unitId: 7,
      channel: 2,
      status: "dang_xu_ly",
      supplementCount: 0,
      supplementWaitDays: 0,
      finishedAt: null,
      procedureCode: null,
    });
  });

  it("defaults the status to da_xu_ly when a finish date is given", () => {
    expect(check({ ngay_ket_thuc_xu_ly: "09/03/2023 10:00" }).input?.status).toBe("da_xu_ly");
  });

  it.each<[string, Partial<Record<AnyCaseColumn, string>>, { column: string; message: RegExp }[]]>([
    ["missing code", { ma_ho_so: "" }, [{ column: "ma_ho_so", message: /trống/ }]],
    ["unknown unit", { ma_don_vi: "SO_X" }, [{ column: "ma_don_vi", message: /SO_X/ }]],
    ["bad channel", { kenh: "4" }, [{ column: "kenh", message: /không hợp lệ/ }]],
    ["missing channel", { kenh: "" }, [{ column: "kenh", message: /trống/ }]],
    [
      "bad received date",
      { ngay_tiep_nhan: "2023-02-30" },
      [{ column: "ngay_tiep_nhan", message: /không phải ngày/ }],
    ],
    ["missing due date", { ngay_hen_tra: "" }, [{ column: "ngay_hen_tra", message: /trống/ }]],
    [
      "due before received",
      { ngay_hen_tra: "2023-02-28" },
      [{ column: "ngay_hen_tra", message: /trước ngày tiếp nhận/ }],
    ],
    [
      "finished before received",
      { ngay_ket_thuc_xu_ly: "28/02/2023" },
      [{ column: "ngay_ket_thuc_xu_ly", message: /trước ngày tiếp nhận/ }],
    ],
    ["bad status", { trang_thai: "xong" }, [{ column: "trang_thai", message: /không hợp lệ/ }]],
    [
      "finished status without a finish date",
      { trang_thai: "da_xu_ly" },
      [{ column: "trang_thai", message: /phải có ngày kết thúc/ }],
    ],
    [
      "open status with a finish date",
      { trang_thai: "dang_xu_ly", ngay_ket_thuc_xu_ly: "2023-03-05" },
      [{ column: "trang_thai", message: /không được có/ }],
    ],
    ["negative supplements", { so_lan_bo_sung: "-1" }, [{ column: "so_lan_bo_sung", message: /số nguyên/ }]],
    [
      "fractional wait days",
      { so_ngay_cho_bo_sung: "1.5" },
      [{ column: "so_ngay_cho_bo_sung", message: /số nguyên/ }],
    ],
    [
      "bad apology date",
      { ngay_thu_xin_loi: "x" },
      [{ column: "ngay_thu_xin_loi", message: /không phải ngày/ }],
    ],
    [
      "bad QĐ 766 fact",
      { so_hoa_ho_so: "có lẽ", dong_bo: "2" },
      [
        { column: "so_hoa_ho_so", message: /1 \(có\) hoặc 0/ },
        { column: "dong_bo", message: /không hợp lệ/ },
      ],
    ],
  ])("%s", (_name, over, expected) => {
    const r = check(over);
    expect(r.errors).toHaveLength(expected.length);
    expected.forEach((e, i) => {
      expect(r.errors![i]!.column).toBe(e.column);
      expect(r.errors![i]!.message).toMatch(e.message);
    });
  });

  it("reads the QĐ 766 facts as yes, no or not reported", () => {
    expect(
      check({
        so_hoa_ho_so: "1",
        so_hoa_ket_qua: "0",
        tai_su_dung_du_lieu: "Có",
        thanh_toan_truc_tuyen: "không",
        dong_bo: "",
      }).input,
    ).toMatchObject({
      dossierDigitised: true,
      resultDigitised: false,
      reusedData: true,
      paidOnline: false,
      syncedToNational: null,
    });
    // a source that answers only the base columns (undefined for the others) reports nothing
    const baseOnly = (c: string) =>
      (QD766_CASE_COLUMNS as readonly string[]).includes(c)
        ? undefined
        : ((base as Record<string, string>)[c] ?? "");
    const r = validateCaseRow(baseOnly as (c: string) => string, () => 7);
    expect(r.input).toMatchObject({ dossierDigitised: null, syncedToNational: null });
  });

  it("reports every bad column of a row", () => {
    expect(check({ ma_don_vi: "", kenh: "x", ngay_tiep_nhan: "" }).errors?.map((e) => e.column)).toEqual([
      "ma_don_vi",
      "kenh",
      "ngay_tiep_nhan",
    ]);
  });

  it("accepts a finish on the day received even when the receipt has a later time", () => {
    expect(
      check({ ngay_tiep_nhan: "2023-03-01T15:00", ngay_ket_thuc_xu_ly: "2023-03-01" }).errors,
    ).toBeUndefined();
  });
});

describe("parseChannel", () => {
  it.each([
    ["1", 1],
    ["Trực tiếp", 1],
    ["trực tuyến", 2],
    ["TRUC_TUYEN", 2],
    ["3", 3],
    ["Bưu chính công ích", 3],
    ["0", null],
    ["", null],
  ])("%j → %j", (t, v) => expect(parseChannel(t as string)).toBe(v));
});

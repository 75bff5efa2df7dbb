import { describe, expect, it } from "vitest";
import {
  ancestorsOf,
  comparisonBasis,
  renamedFrom,
  sameField,
  successorOn,
  weightedIndex,
  type LineageEdge,
} from "./lineage";
import { lineageProblems, parseLineageFile, type LineageUnit } from "./lineage-file";
import { formatRowError } from "../csv/read-csv";

// Communes 1, 2, 3 merge into 10 on 1/7/2025; commune 4 is divided 60/40 between 10 and 11;
// department 20 absorbs 21 and keeps its code; 30 is renamed 31 in 2025, 31 merges into 32 in 2026.
const E: LineageEdge[] = [
  { from: 1, to: 10, date: "2025-07-01", kind: "sap_nhap", share: null },
  { from: 2, to: 10, date: "2025-07-01", kind: "sap_nhap", share: null },
  { from: 3, to: 10, date: "2025-07-01", kind: "sap_nhap", share: null },
  { from: 4, to: 10, date: "2025-07-01", kind: "chia_tach", share: 0.6 },
  { from: 4, to: 11, date: "2025-07-01", kind: "chia_tach", share: 0.4 },
  { from: 21, to: 20, date: "2025-07-01", kind: "sap_nhap", share: null },
  { from: 30, to: 31, date: "2025-03-01", kind: "doi_ten", share: null },
  { from: 31, to: 32, date: "2026-01-01", kind: "sap_nhap", share: null },
  { from: 5, to: 11, date: "2025-07-01", kind: "dieu_chinh", share: null },
];

describe("successorOn", () => {
  it.each([
    [1, "2025-06-30", { unit: 1, split: false }],
    [1, "2025-07-01", { unit: 10, split: false }],
    [4, "2026-12-31", { unit: 4, split: true }],
    [30, "2025-12-31", { unit: 31, split: false }],
    [30, "2026-12-31", { unit: 32, split: false }],
    [5, "2026-12-31", { unit: 5, split: false }],
    [20, "2026-12-31", { unit: 20, split: false }],
  ])("unit %i on %s", (unit, day, expected) => expect(successorOn(unit, day, E)).toEqual(expected));
});

describe("comparisonBasis", () => {
  const existedBefore = (u: number) => u < 10 || u === 20 || u === 21 || u === 30;
  it("compares a new commune with its predecessors, a split one by its share", () => {
    expect(comparisonBasis(10, 2025, E, existedBefore)).toEqual([
      { unit: 1, weight: 1, kind: "sap_nhap" },
      { unit: 2, weight: 1, kind: "sap_nhap" },
      { unit: 3, weight: 1, kind: "sap_nhap" },
      { unit: 4, weight: 0.6, kind: "chia_tach" },
    ]);
    expect(
      weightedIndex(
        comparisonBasis(10, 2025, E, existedBefore),
        (u) => ({ 1: 80, 2: 70, 3: null, 4: 90 })[u],
      ),
    ).toBeCloseTo((80 + 70 + 0.6 * 90) / 2.6);
  });
  it("compares an enlarged department with itself and what it absorbed; a renamed one with its old code", () => {
    expect(comparisonBasis(20, 2025, E, existedBefore).map((b) => b.unit)).toEqual([20, 21]);
    expect(sameField(20, comparisonBasis(20, 2025, E, existedBefore))).toBe(false);
    expect(comparisonBasis(31, 2025, E, existedBefore)).toEqual([{ unit: 30, weight: 1, kind: "doi_ten" }]);
    expect(sameField(31, comparisonBasis(31, 2025, E, existedBefore))).toBe(true);
    expect(comparisonBasis(20, 2026, E, existedBefore)).toEqual([{ unit: 20, weight: 1, kind: "self" }]);
  });
  it("follows renames back for a unit's own history and merges for the records it inherits", () => {
    expect(renamedFrom(31, E)).toEqual([30]);
    expect(ancestorsOf(32, E).sort()).toEqual([30, 31]);
    expect(ancestorsOf(11, E)).toEqual([4]);
  });
});

const U = new Map<string, LineageUnit>([
  ["X1", { id: 1, code: "X1", validFrom: null, validTo: "2025-06-30" }],
  ["X2", { id: 2, code: "X2", validFrom: null, validTo: null }],
  ["X4", { id: 4, code: "X4", validFrom: null, validTo: null }],
  ["XN", { id: 10, code: "XN", validFrom: "2025-07-01", validTo: null }],
  ["XM", { id: 11, code: "XM", validFrom: "2025-07-01", validTo: null }],
]);
const problems = (csv: string, stored: LineageEdge[] = []) => {
  const { rows, errors } = parseLineageFile(csv);
  return [...errors, ...lineageProblems(rows, U, stored)].map(formatRowError);
};
const H = "ma_don_vi_cu,ma_don_vi_moi,ngay_hieu_luc,hinh_thuc,ty_le\n";

describe("lineage file", () => {
  it("accepts a merge and a split whose shares add up to 1", () => {
    expect(
      problems(
        `${H}X1,XN,2025-07-01,sap_nhap,\nX4,XN,01/07/2025,chia_tach,0.6\nX4,XM,2025-07-01,chia_tach,"0,4"\n`,
      ),
    ).toEqual([]);
  });
  it("names each bad row: unknown code, bad kind, a date outside the old unit's validity, shares that do not add up", () => {
    expect(
      problems(
        `${H}X9,XN,2025-07-01,sap_nhap,\nX2,XN,2025-07-01,gop,\nX1,XN,2025-08-01,sap_nhap,\nX4,XN,2025-07-01,chia_tach,0.6\nX4,XM,2025-07-01,chia_tach,0.3\n`,
      ),
    ).toEqual([
      'dòng 3, cột hinh_thuc: "gop" không hợp lệ; dùng sap_nhap, chia_tach, doi_ten hoặc dieu_chinh',
      'dòng 2, cột ma_don_vi_cu: không có đơn vị mã "X9" trong hệ thống',
      "dòng 4, cột ngay_hieu_luc: 01/08/2025 sau ngày đơn vị X1 hết hiệu lực (30/06/2025); ngày hiệu lực là ngày đầu tiên của đơn vị mới",
      "dòng 5, cột ty_le: các tỷ lệ chia tách của X4 cộng lại bằng 0.9, phải bằng 1",
      "dòng 6, cột ty_le: các tỷ lệ chia tách của X4 cộng lại bằng 0.9, phải bằng 1",
    ]);
  });
  it("refuses an old unit that ends twice, also against stored events, and a cycle", () => {
    expect(problems(`${H}X2,XN,2025-07-01,sap_nhap,\nX2,XM,2025-07-01,sap_nhap,\n`)).toEqual([
      "dòng 3, cột ma_don_vi_cu: đơn vị X2 đã kết thúc (sáp nhập vào XN ngày 01/07/2025, dòng 2): một đơn vị chỉ kết thúc một lần",
    ]);
    expect(
      problems(`${H}X2,XM,2025-07-01,sap_nhap,\n`, [
        { from: 2, to: 10, date: "2025-07-01", kind: "sap_nhap", share: null },
      ]),
    ).toEqual([
      "dòng 2, cột ma_don_vi_cu: đơn vị X2 đã kết thúc (sáp nhập vào XN ngày 01/07/2025, đã lưu trong hệ thống): một đơn vị chỉ kết thúc một lần",
    ]);
    expect(problems(`${H}XN,XM,2025-07-02,dieu_chinh,\nXM,XN,2025-07-03,dieu_chinh,\n`)).toEqual([
      "dòng 2, cột ma_don_vi_moi: tạo thành vòng lặp: XM lại là đơn vị tiền thân của XN",
      "dòng 3, cột ma_don_vi_moi: tạo thành vòng lặp: XN lại là đơn vị tiền thân của XM",
    ]);
  });
  it("refuses a column it does not know", () => {
    expect(
      problems(
        "ma_don_vi_cu,ma_don_vi_moi,ngay_hieu_luc,hinh_thuc,ghi_chu\nX1,XN,2025-07-01,sap_nhap,x\n",
      )[0],
    ).toMatch(/^dòng 1, cột ghi_chu: cột không có/);
  });
});

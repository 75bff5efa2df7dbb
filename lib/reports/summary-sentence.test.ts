import { describe, expect, it } from "vitest";
import { yearSummary, type YearSummaryInput } from "./summary-sentence";

const base: YearSummaryInput = {
  year: 2023,
  index: 85.19,
  provisional: false,
  previous: { year: 2022, index: 91.73 },
  rank: 10,
  groupSize: 12,
  tiedWith: 0,
  groupLabel: "Khối huyện",
  classification: "Tốt",
  fieldsAtMax: 3,
  fieldCount: 8,
  fieldMoves: [
    { name: "Cải cách thể chế", change: -2.5 },
    { name: "Cải cách thủ tục hành chính", change: -12.5 },
    { name: "Cải cách tài chính công", change: 4 },
  ],
};

describe("yearSummary", () => {
  it("reads like the seed article for a fall", () => {
    expect(yearSummary(base)).toBe(
      "Năm 2023 đạt 85,19 điểm, giảm 6,54 điểm so với năm 2022, xếp thứ 10/12 trong khối huyện, xếp loại Tốt; 3/8 lĩnh vực đạt điểm tối đa; " +
        "2 lĩnh vực giảm điểm, giảm nhiều nhất ở lĩnh vực Cải cách thủ tục hành chính (chỉ số thành phần −12,50).",
    );
  });

  it("says tăng for a rise and bằng for no change", () => {
    expect(yearSummary({ ...base, index: 93.1 })).toContain("tăng 1,37 điểm so với năm 2022");
    expect(yearSummary({ ...base, index: 91.73 })).toContain("bằng năm 2022");
  });

  it("leaves out the comparison in the first year without a previous result", () => {
    const s = yearSummary({
      ...base,
      previous: null,
      fieldMoves: base.fieldMoves.map((m) => ({ ...m, change: null })),
    });
    expect(s).toBe(
      "Năm 2023 đạt 85,19 điểm, xếp thứ 10/12 trong khối huyện, xếp loại Tốt; 3/8 lĩnh vực đạt điểm tối đa.",
    );
    expect(yearSummary({ ...base, previous: { year: 2022, index: null } })).not.toContain("so với");
  });

  it("names a shared rank", () => {
    expect(yearSummary({ ...base, rank: 4, tiedWith: 1 })).toContain(
      "xếp đồng hạng 4/12 (cùng 1 đơn vị khác) trong khối huyện",
    );
  });

  it("names fields tied for the largest drop together", () => {
    const s = yearSummary({
      ...base,
      fieldMoves: [
        { name: "A", change: -3 },
        { name: "B", change: -3 },
        { name: "C", change: -1 },
      ],
    });
    expect(s).toContain(
      "3 lĩnh vực giảm điểm, giảm nhiều nhất ở các lĩnh vực A và B (chỉ số thành phần −3,00)",
    );
  });

  it("uses singular wording for one field and for none", () => {
    expect(
      yearSummary({
        ...base,
        fieldMoves: [
          { name: "A", change: -1.25 },
          { name: "B", change: 0 },
        ],
      }),
    ).toContain("; giảm ở lĩnh vực A (chỉ số thành phần −1,25).");
    expect(
      yearSummary({
        ...base,
        fieldMoves: [
          { name: "A", change: 0 },
          { name: "B", change: 2 },
        ],
      }),
    ).toContain("; không có lĩnh vực nào giảm điểm.");
  });

  it("words full marks for none, some and all fields", () => {
    expect(yearSummary({ ...base, fieldsAtMax: 0 })).toContain("chưa có lĩnh vực nào đạt điểm tối đa");
    expect(yearSummary({ ...base, fieldsAtMax: 1 })).toContain("1/8 lĩnh vực đạt điểm tối đa");
    expect(yearSummary({ ...base, fieldsAtMax: 8 })).toContain("cả 8 lĩnh vực đều đạt điểm tối đa");
  });

  it("marks a provisional year and a year without result", () => {
    expect(yearSummary({ ...base, provisional: true })).toMatch(/^Năm 2023 \(tạm tính\) đạt 85,19 điểm/);
    expect(yearSummary({ ...base, index: null })).toBe("Năm 2023 chưa có kết quả.");
    expect(yearSummary({ ...base, rank: null, classification: null })).toMatch(
      /^Năm 2023 đạt 85,19 điểm, giảm 6,54 điểm so với năm 2022; 3\/8/,
    );
  });
});

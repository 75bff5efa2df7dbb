import { describe, expect, it } from "vitest";
import {
  completeness,
  sameValue,
  selfInputErrors,
  selfPoints,
  submissionProblems,
  valueError,
  type GridLeaf,
} from "./validation";
import { pdfProblem } from "./pdf";
import { windowProblem } from "./window";

const L = (code: string, rule: GridLeaf["rule"], max = 2, extra: Partial<GridLeaf> = {}): GridLeaf => ({
  code,
  name: `Tiêu chí ${code}`,
  max,
  rule,
  applies: true,
  ...extra,
});
const yesNo = L("1.1", { type: "boolean" });
const manual = L("1.4", { type: "manual" }, 1.5);
const count = L("1.3", { type: "deduction", perOccurrence: 0.5 }, 1.5);
const rate = L("7.2", { type: "linear", threshold: 90 }, 3, { name: "Tỷ lệ văn bản điện tử" });
const metric = L("3.2", { type: "bands", bands: [{ gte: 95, points: 4 }] }, 4, {
  metric: "cases.onTimeRate",
});
const survey = L("8.1", { type: "survey" }, 6);
const notForXa = L("4.2", { type: "manual" }, 3, { applies: false });

describe("valueError", () => {
  it.each([
    [manual, "1,25", null],
    [manual, "2", "Tiêu chí 1.4, điểm tự chấm: tối đa 1,5 điểm"],
    [manual, "-1", "Tiêu chí 1.4, điểm tự chấm: không được âm"],
    [count, "1.5", "Tiêu chí 1.3, số lần vi phạm: phải là số nguyên"],
    [rate, "101", "Tiêu chí 7.2, tỷ lệ (%): tỷ lệ không vượt quá 100 %"],
    [rate, "abc", 'Tiêu chí 7.2, tỷ lệ (%): "abc" không phải là số (dùng dấu phẩy hoặc dấu chấm thập phân)'],
    [rate, "85,5 %", null],
    [yesNo, "có", null],
  ])("%# %s → %s", (leaf, raw, expected) => {
    const e = valueError(leaf, raw);
    if (expected === null) expect(e).toBeNull();
    else expect(e).toBe(expected);
  });
  it("names the option list for a bad choice", () => {
    expect(valueError(L("2.1", { type: "choice", options: { kip_thoi: 1 } }), "x")).toMatch(
      /Tiêu chí 2.1, mức đạt: lựa chọn "x" không có/,
    );
  });
});

describe("selfInputErrors", () => {
  it("refuses metric, survey and not-applying leaves", () => {
    expect(
      selfInputErrors(metric, { selfValue: "99", notApplicable: false, explanation: null }).selfValue?.[0],
    ).toMatch(/số liệu hồ sơ/);
    expect(
      selfInputErrors(survey, { selfValue: "99", notApplicable: false, explanation: null }).selfValue?.[0],
    ).toMatch(/điều tra xã hội học/);
    expect(
      selfInputErrors(notForXa, { selfValue: "1", notApplicable: false, explanation: null }).selfValue?.[0],
    ).toMatch(/không áp dụng/);
  });
  it("accepts a blank draft and ignores the value when not applicable", () => {
    expect(selfInputErrors(manual, { selfValue: null, notApplicable: false, explanation: null })).toEqual({});
    expect(selfInputErrors(manual, { selfValue: "9", notApplicable: true, explanation: "x" })).toEqual({});
  });
});

describe("submissionProblems and completeness", () => {
  const leaves = [yesNo, manual, count, metric, survey, notForXa];
  it("asks for every own leaf, evidence or an explanation for scored leaves", () => {
    const p = submissionProblems(leaves, {
      "1.1": { selfValue: "1", notApplicable: false, explanation: null, evidenceCount: 0 },
      "1.4": { selfValue: "0", notApplicable: false, explanation: null, evidenceCount: 0 },
    });
    expect(Object.keys(p).sort()).toEqual(["1.1", "1.3"]);
    expect(p["1.1"]).toMatch(/chưa có tài liệu kiểm chứng, cần nhập giải trình/);
    expect(p["1.3"]).toMatch(/chưa nhập số lần vi phạm/);
  });
  it("is satisfied by evidence, explanations and explained N/A", () => {
    expect(
      submissionProblems(leaves, {
        "1.1": { selfValue: "1", notApplicable: false, explanation: null, evidenceCount: 1 },
        "1.4": {
          selfValue: "1",
          notApplicable: false,
          explanation: "Văn bản đang trình ký",
          evidenceCount: 0,
        },
        "1.3": {
          selfValue: null,
          notApplicable: true,
          explanation: "Không có báo cáo định kỳ",
          evidenceCount: 0,
        },
      }),
    ).toEqual({});
    expect(
      submissionProblems([count], {
        "1.3": { selfValue: null, notApplicable: true, explanation: " ", evidenceCount: 0 },
      })["1.3"],
    ).toMatch(/không áp dụng cần có giải trình/);
  });
  it("counts filled own leaves", () => {
    expect(
      completeness(leaves, {
        "1.1": { selfValue: "1", notApplicable: false },
        "1.3": { selfValue: null, notApplicable: true },
        "3.2": { selfValue: "99", notApplicable: false },
      }),
    ).toEqual({ filled: 2, total: 3 });
  });
  it("gives live points", () => {
    expect(selfPoints(count, { selfValue: "2", notApplicable: false })).toBe(0.5);
    expect(selfPoints(count, { selfValue: "x", notApplicable: false })).toBeNull();
    expect(selfPoints(count, { selfValue: "1,5", notApplicable: false })).toBeNull(); // refused: a count is a whole number
  });
  it("compares values as numbers where it can", () => {
    expect(sameValue("95", "95,0")).toBe(true);
    expect(sameValue("kip_thoi", "khong_kip_thoi")).toBe(false);
    expect(sameValue(null, "")).toBe(true);
  });
});

describe("pdfProblem", () => {
  it("reads the type from the content and limits the size", () => {
    expect(pdfProblem(Buffer.from("%PDF-1.4\n"))).toBeNull();
    expect(pdfProblem(Buffer.from("GIF89a"))).toMatch(/phải là PDF/);
    expect(pdfProblem(Buffer.alloc(10 * 1024 * 1024 + 1, 0x25))).toMatch(/lớn hơn 10 MB/);
  });
});

describe("windowProblem", () => {
  const round = {
    name: "Đợt 2024",
    status: "OPEN",
    selfAssessmentStart: new Date("2024-11-01"),
    selfAssessmentEnd: new Date("2024-11-30"),
  };
  it("allows the first and last day in Vietnam time", () => {
    expect(windowProblem(round, new Date("2024-10-31T17:30:00Z"))).toBeNull(); // 00:30 on 1/11 in Hà Nội
    expect(windowProblem(round, new Date("2024-11-30T16:59:00Z"))).toBeNull();
  });
  it("names the dates outside the window and the status when not open", () => {
    expect(windowProblem(round, new Date("2024-11-30T17:01:00Z"))).toBe(
      'Ngoài thời gian tự đánh giá: đợt "Đợt 2024" nhận tự đánh giá từ 01/11/2024 đến hết 30/11/2024 (hôm nay 01/12/2024).',
    );
    expect(windowProblem({ ...round, status: "APPRAISAL" })).toMatch(/đang thẩm định/);
  });
});

import { describe, expect, it } from "vitest";
import { choiceOptions, inputKind, ruleInWords } from "./rule-words";
import type { Rule } from "../scoring";

const leaf = (rule: Rule, max = 2, name = "Tiêu chí", metric?: string) => ({
  rule,
  max,
  name,
  ...(metric ? { metric } : {}),
});

describe("ruleInWords", () => {
  it.each([
    [leaf({ type: "boolean" }, 1.5), "Có/Không: có 1,5 điểm, không 0 điểm"],
    [leaf({ type: "manual" }, 1.5), "Chấm điểm trực tiếp, từ 0 đến 1,5 điểm"],
    [
      leaf({ type: "choice", options: { khong_ban_hanh: 0, kip_thoi: 1, khong_kip_thoi: 0.5 } }, 1),
      "Kịp thời: 1 điểm; Không kịp thời: 0,5 điểm; Không ban hành: 0 điểm",
    ],
    [
      leaf({ type: "deduction", perOccurrence: 0.5 }, 1.5),
      "Tối đa 1,5 điểm, trừ 0,5 điểm mỗi lần (không dưới 0)",
    ],
    [
      leaf({ type: "linear", threshold: 80 }, 3, "Tỷ lệ TTHC trực tuyến"),
      "Tỷ lệ ≥ 80 % đạt tối đa 3 điểm; thấp hơn tính theo tỷ lệ (3 × giá trị ÷ 80 %)",
    ],
    [
      leaf(
        {
          type: "bands",
          bands: [
            { gt: 90, points: 2 },
            { gte: 70, lte: 90, points: 1 },
            { lt: 70, points: 0 },
          ],
        },
        2,
        "Mức độ thực hiện",
        "plan.completionRate",
      ),
      "> 90 %: 2 điểm; từ 70 % đến 90 %: 1 điểm; < 70 %: 0 điểm",
    ],
    [
      leaf({ type: "bands", bands: [{ gte: 95, lt: 98, points: 3 }] }, 4, "Tỷ lệ hồ sơ"),
      "từ 95 % đến dưới 98 %: 3 điểm",
    ],
    [leaf({ type: "bands", bands: [{ gte: 20, points: 2 }] }, 2, "Rà soát TTHC"), "≥ 20: 2 điểm"],
    [leaf({ type: "survey" }, 6), "Điều tra xã hội học: 6 điểm × tỷ lệ hài lòng (Sở Nội vụ nhập kết quả)"],
  ])("%# says the rule in Vietnamese", (l, words) => {
    expect(ruleInWords(l)).toBe(words);
  });

  it("lists options best first with labels, unknown keys readable", () => {
    expect(choiceOptions({ a_b: 0, hoan_thanh: 3 })).toEqual([
      { key: "hoan_thanh", label: "Hoàn thành", points: 3 },
      { key: "a_b", label: "A b", points: 0 },
    ]);
  });

  it("picks an input control that fits the rule", () => {
    expect(inputKind({ type: "boolean" })).toBe("boolean");
    expect(inputKind({ type: "deduction", perOccurrence: 1 })).toBe("count");
    expect(inputKind({ type: "linear", threshold: 50 })).toBe("number");
  });
});

import { valueInWords } from "./rule-words";
describe("valueInWords", () => {
  it("reads stored values", () => {
    expect(valueInWords(leaf({ type: "boolean" }), "1")).toBe("Có");
    expect(valueInWords(leaf({ type: "choice", options: { kip_thoi: 1 } }), "kip_thoi")).toBe("Kịp thời");
    expect(valueInWords(leaf({ type: "deduction", perOccurrence: 1 }), "2")).toBe("2 lần");
    expect(valueInWords(leaf({ type: "linear", threshold: 80 }, 3, "Tỷ lệ X"), "85.5")).toBe("85,5 %");
    expect(valueInWords(leaf({ type: "manual" }), null)).toBe("—");
  });
});

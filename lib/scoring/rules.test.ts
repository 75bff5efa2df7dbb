import { describe, expect, it } from "vitest";
import { leafPoints } from "./rules";
import type { RawValue, Rule } from "./types";

type Row = [RawValue, number | "error"];

function check(max: number, rule: Rule, rows: Row[]) {
  it.each(rows)("%j → %s", (raw, expected) => {
    const result = leafPoints({ max, rule }, raw);
    if (expected === "error") expect(result).toHaveProperty("error");
    else expect(result).toEqual({ points: expect.closeTo(expected, 10) });
  });
}

describe("manual: input is points, clamped to [0, max]", () => {
  check(2, { type: "manual" }, [
    [0, 0],
    [1.5, 1.5],
    ["1,5", 1.5],
    ["1.5", 1.5],
    [2, 2],
    [3, 2],
    [-1, 0],
    ["  2 ", 2],
    ["abc", "error"],
    ["1.234,5", "error"],
    ["", "error"],
    [null, "error"],
    [true, "error"],
    ["1,5%", "error"],
  ]);
});

describe("boolean: yes → max, no → 0", () => {
  check(1.5, { type: "boolean" }, [
    [1, 1.5],
    [0, 0],
    ["1", 1.5],
    ["0", 0],
    [true, 1.5],
    [false, 0],
    ["TRUE", 1.5],
    ["False", 0],
    ["co", 1.5],
    ["khong", 0],
    ["Có", 1.5],
    ["KHÔNG", 0],
    [" có ", 1.5],
    ["Co\u0301", 1.5], // decomposed "Có" from some keyboards
    [2, "error"],
    ["x", "error"],
    ["", "error"],
  ]);
});

describe("choice: option key → points", () => {
  check(1, { type: "choice", options: { kip_thoi: 1, khong_kip_thoi: 0.5, khong_ban_hanh: 0 } }, [
    ["kip_thoi", 1],
    ["khong_kip_thoi", 0.5],
    ["khong_ban_hanh", 0],
    ["KIP_THOI", 1],
    [" kip_thoi ", 1],
    ["tre", "error"],
    [1, "error"],
  ]);
  check(2, { type: "choice", options: { "1": 2, "2": 1 } }, [
    [1, 2],
    ["2", 1],
    [3, "error"],
  ]);
});

describe("bands: first band whose bounds all hold (> 90 → 2, 70–90 → 1, < 70 → 0)", () => {
  check(
    2,
    {
      type: "bands",
      bands: [
        { gt: 90, points: 2 },
        { gte: 70, lte: 90, points: 1 },
        { lt: 70, points: 0 },
      ],
    },
    [
      [100, 2],
      [90.01, 2],
      [90, 1],
      ["90,0", 1],
      [70, 1],
      [69.99, 0],
      [0, 0],
      [-5, 0],
      [150, 2],
      ["95%", 2],
      ["95 %", 2],
      ["chín mươi", "error"],
    ],
  );
  // gte vs gt at the same bound
  check(
    1,
    {
      type: "bands",
      bands: [
        { gte: 50, points: 1 },
        { lt: 50, points: 0 },
      ],
    },
    [
      [50, 1],
      [49.999, 0],
    ],
  );
  check(
    1,
    {
      type: "bands",
      bands: [
        { gt: 50, points: 1 },
        { lte: 50, points: 0 },
      ],
    },
    [
      [50, 0],
      [50.001, 1],
    ],
  );
  // a value no band covers scores 0; points above max are clamped
  check(1, { type: "bands", bands: [{ gte: 10, lt: 20, points: 5 }] }, [
    [15, 1],
    [25, 0],
    [5, 0],
  ]);
});

describe("linear: max × min(1, input ÷ threshold)", () => {
  check(3, { type: "linear", threshold: 80 }, [
    [80, 3],
    [100, 3],
    [40, 1.5],
    ["40,0", 1.5],
    [0, 0],
    [-10, 0],
    ["14%", 0.525],
    ["x", "error"],
  ]);
});

describe("deduction: max − input × perOccurrence, never below 0", () => {
  check(2, { type: "deduction", perOccurrence: 0.5 }, [
    [0, 2],
    [1, 1.5],
    [4, 0],
    [5, 0],
    ["1,5", 1.25],
    [-1, 2],
    ["nhiều", "error"],
  ]);
});

describe("survey: percentage of max", () => {
  check(10, { type: "survey" }, [
    [100, 10],
    [0, 0],
    [85.5, 8.55],
    ["85,5", 8.55],
    ["85,5%", 8.55],
    [120, 10],
    [-5, 0],
    ["tốt", "error"],
  ]);
});

describe("error messages are Vietnamese and quote the value", () => {
  it.each<[Rule, RawValue, RegExp]>([
    [{ type: "manual" }, "abc", /điểm "abc" không phải là số/],
    [{ type: "boolean" }, "x", /có\/không/],
    [{ type: "choice", options: { a: 1 } }, "b", /lựa chọn "b" không có trong tiêu chí \(các lựa chọn: a\)/],
    [{ type: "deduction", perOccurrence: 1 }, "?", /số lần "\?" không phải là số/],
    [{ type: "survey" }, null, /chưa có giá trị/],
  ])("%j %j", (rule, raw, message) => {
    const result = leafPoints({ max: 1, rule }, raw);
    expect("error" in result && result.error).toMatch(message);
  });
});

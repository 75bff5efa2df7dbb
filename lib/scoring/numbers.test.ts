import { describe, expect, it } from "vitest";
import { parseNumber, round2 } from "./numbers";

describe("parseNumber", () => {
  it.each<[unknown, number | null]>([
    ["99,76", 99.76],
    ["99.76", 99.76],
    [" 4 ", 4],
    ["-1,5", -1.5],
    [",5", 0.5],
    ["5,", 5],
    [7, 7],
    ["", null],
    ["1.234,5", null],
    ["1,234.5", null],
    ["1e3", null],
    ["abc", null],
    [NaN, null],
    [Infinity, null],
    [true, null],
    ["50%", null],
  ])("%j → %j", (raw, expected) => expect(parseNumber(raw)).toBe(expected));

  it("accepts a trailing % only when asked", () => {
    expect(parseNumber("99,76 %", { percent: true })).toBe(99.76);
  });
});

describe("round2", () => {
  it.each<[number, number]>([
    [(63.58 / 70) * 100, 90.83],
    [1.005, 1.01],
    [2.675, 2.68],
    [1.004999, 1],
    [-1.005, -1.01],
    [-0.001, 0],
    [100, 100],
    [1e-7, 0],
    [0.125, 0.13],
    [91.66666666666667, 91.67],
  ])("%d → %d", (x, expected) => expect(round2(x)).toBe(expected));

  it("never returns -0", () => expect(Object.is(round2(-0.001), -0)).toBe(false));
});

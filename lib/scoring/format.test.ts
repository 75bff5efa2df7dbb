import { describe, expect, it } from "vitest";
import { formatChange, formatIndex, formatPoints } from "./format";

describe("vi-VN formatting with 2 decimals", () => {
  it.each<[number, string]>([
    [63.58, "63,58"],
    [70, "70,00"],
    [(63.58 / 70) * 100, "90,83"],
    [0.5, "0,50"],
    [1.005, "1,01"],
    [1234.5, "1.234,50"],
  ])("formatPoints(%d) = %s", (n, text) => expect(formatPoints(n)).toBe(text));

  it("formatIndex shows a dash when nothing applies", () => {
    expect(formatIndex(null)).toBe("—");
    expect(formatIndex(100)).toBe("100,00");
  });

  it.each<[number | null, string]>([
    [2.333, "+2,33"],
    [-1.5, "−1,50"],
    [0, "0,00"],
    [-0.001, "0,00"],
    [null, "—"],
  ])("formatChange(%j) = %s", (n, text) => expect(formatChange(n)).toBe(text));
});

import { describe, expect, it } from "vitest";
import { argb, classificationTone, indexTone, NO_VALUE_TONE, TONES } from "./colour-scale";

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

const BANDS = [
  { label: "Xuất sắc", min: 90 },
  { label: "Tốt", min: 80 },
  { label: "Khá", min: 70 },
  { label: "Trung bình", min: 50 },
  { label: "Yếu", min: 0 },
];

describe("indexTone", () => {
  it.each([
    [100, 0],
    [90, 0],
    [89.99, 1],
    [80, 1],
    [79.99, 2],
    [70, 2],
    [69.99, 3],
    [50, 3],
    [49.99, 4],
    [0, 4],
  ])("%d falls in step %d (lower bounds inclusive)", (index, step) => {
    expect(indexTone(index)).toBe(TONES[step]!.tone);
  });

  it("has a neutral tone without a value", () => {
    expect(indexTone(null)).toBe(NO_VALUE_TONE);
    expect(indexTone(Number.NaN)).toBe(NO_VALUE_TONE);
  });

  it("keeps text readable (≥ 7:1) and chart marks visible on white (≥ 3:1)", () => {
    for (const t of [...TONES.map((x) => x.tone), NO_VALUE_TONE]) {
      expect(contrast(t.fg, t.bg)).toBeGreaterThanOrEqual(7);
      expect(contrast(t.mark, "#ffffff")).toBeGreaterThanOrEqual(3);
    }
  });
});

describe("classificationTone", () => {
  it("follows the band's lower bound", () => {
    expect(classificationTone("Xuất sắc", BANDS)).toBe(indexTone(95));
    expect(classificationTone("Tốt", BANDS)).toBe(indexTone(85));
    expect(classificationTone("Yếu", BANDS)).toBe(indexTone(10));
    expect(classificationTone("Không rõ", BANDS)).toBe(NO_VALUE_TONE);
    expect(classificationTone(null, BANDS)).toBe(NO_VALUE_TONE);
  });
});

it("argb turns a hex colour into exceljs form", () => {
  expect(argb("#14532d")).toBe("FF14532D");
});

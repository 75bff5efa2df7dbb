// Colours for indices and classifications, shared by the tables, the heatmap, the charts and the
// XLSX exports. Dark text on a light tint (contrast ≥ 7:1) so that the value printed in the cell
// stays readable; the colour only repeats what the number and the label already say.
import type { ClassificationBand } from "../scoring";

export type Tone = {
  /** light tint for a cell or badge background */
  bg: string;
  /** text on `bg` */
  fg: string;
  /** solid colour for chart marks on white (≥ 3:1 against white) */
  mark: string;
  /** what the colour means, for legends */
  label: string;
};

export const TONES: { min: number; tone: Tone }[] = [
  { min: 90, tone: { bg: "#dcfce7", fg: "#14532d", mark: "#15803d", label: "từ 90 trở lên" } },
  { min: 80, tone: { bg: "#e0f2fe", fg: "#0c4a6e", mark: "#0369a1", label: "từ 80 đến dưới 90" } },
  { min: 70, tone: { bg: "#fef9c3", fg: "#713f12", mark: "#a16207", label: "từ 70 đến dưới 80" } },
  { min: 50, tone: { bg: "#ffedd5", fg: "#7c2d12", mark: "#c2410c", label: "từ 50 đến dưới 70" } },
  { min: -Infinity, tone: { bg: "#fee2e2", fg: "#7f1d1d", mark: "#b91c1c", label: "dưới 50" } },
];

export const NO_VALUE_TONE: Tone = {
  bg: "#f1f5f9",
  fg: "#334155",
  mark: "#64748b",
  label: "không có số liệu",
};

/** The tone of an index (0..100) by fixed steps 90 / 80 / 70 / 50; bounds are inclusive. */
export function indexTone(index: number | null | undefined): Tone {
  if (index === null || index === undefined || Number.isNaN(index)) return NO_VALUE_TONE;
  return TONES.find((t) => index >= t.min)!.tone;
}

/** A classification takes the tone of its band's lower bound, so "Tốt" (≥ 80) looks like an 80+ cell. */
export function classificationTone(label: string | null, bands: ClassificationBand[]): Tone {
  const band = label === null ? undefined : bands.find((b) => b.label === label);
  return band ? indexTone(band.min) : NO_VALUE_TONE;
}

/** "#14532d" → "FF14532D" for exceljs. */
export const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

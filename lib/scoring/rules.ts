// Turns one leaf's raw input into points under the leaf's rule. Pure; never throws.
import { clamp, parseNumber } from "./numbers";
import type { Band, CriteriaLeaf, RawValue } from "./types";

export type LeafPoints = { points: number } | { error: string };

const YES = new Set(["1", "true", "co", "có", "yes"]);
const NO = new Set(["0", "false", "khong", "không", "no"]);

export function isBlank(raw: RawValue | undefined): raw is null | undefined | "" {
  return raw === null || raw === undefined || (typeof raw === "string" && raw.trim() === "");
}

export function leafPoints(leaf: Pick<CriteriaLeaf, "max" | "rule">, raw: RawValue): LeafPoints {
  if (isBlank(raw)) return { error: "chưa có giá trị" };
  const unclamped = rawPoints(leaf, raw);
  if ("error" in unclamped) return unclamped;
  return { points: clamp(unclamped.points, 0, leaf.max) };
}

function rawPoints(
  { max, rule }: Pick<CriteriaLeaf, "max" | "rule">,
  raw: string | number | boolean,
): LeafPoints {
  switch (rule.type) {
    case "manual":
      return withNumber(raw, "điểm", (n) => n);
    case "boolean":
      return booleanPoints(max, raw);
    case "choice":
      return choicePoints(rule.options, raw);
    case "bands":
      return withNumber(raw, "giá trị", (n) => bandPoints(rule.bands, n), true);
    case "linear":
      return withNumber(raw, "giá trị", (n) => max * Math.min(1, n / rule.threshold), true);
    case "deduction":
      return withNumber(raw, "số lần", (n) => max - n * rule.perOccurrence);
    case "survey":
      return withNumber(raw, "tỷ lệ phần trăm", (n) => (max * n) / 100, true);
  }
}

function withNumber(
  raw: string | number | boolean,
  what: string,
  toPoints: (n: number) => number,
  percent = false,
): LeafPoints {
  const n = parseNumber(raw, { percent });
  if (n === null) return { error: `${what} "${String(raw)}" không phải là số` };
  return { points: toPoints(n) };
}

function booleanPoints(max: number, raw: string | number | boolean): LeafPoints {
  const key = foldKey(String(raw));
  if (YES.has(key)) return { points: max };
  if (NO.has(key)) return { points: 0 };
  return {
    error: `giá trị "${String(raw)}" không hợp lệ cho tiêu chí có/không (dùng 1/0, true/false, có/không)`,
  };
}

function choicePoints(options: Record<string, number>, raw: string | number | boolean): LeafPoints {
  const key = String(raw).trim();
  if (Object.hasOwn(options, key)) return { points: options[key]! };
  const folded = foldKey(key);
  const match = Object.keys(options).find((k) => foldKey(k) === folded);
  if (match !== undefined) return { points: options[match]! };
  return {
    error: `lựa chọn "${key}" không có trong tiêu chí (các lựa chọn: ${Object.keys(options).join(", ")})`,
  };
}

/** Trimmed, lower case, and in composed form (typed Vietnamese may arrive decomposed). */
function foldKey(text: string): string {
  const trimmed = text.trim();
  // normalize() is costly; plain ASCII is already in composed form.
  return (/^[\x00-\x7f]*$/.test(trimmed) ? trimmed : trimmed.normalize("NFC")).toLowerCase();
}

/** The first band whose stated bounds all hold; a value no band covers scores 0. */
export function bandPoints(bands: Band[], value: number): number {
  const band = bands.find((b) => bandHolds(b, value));
  return band ? band.points : 0;
}

function bandHolds(band: Band, v: number): boolean {
  return (
    (band.gt === undefined || v > band.gt) &&
    (band.gte === undefined || v >= band.gte) &&
    (band.lt === undefined || v < band.lt) &&
    (band.lte === undefined || v <= band.lte)
  );
}

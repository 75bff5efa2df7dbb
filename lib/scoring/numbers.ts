// Number helpers shared by the rules, the engine and the file readers.

const NUMBER_PATTERN = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/;

/**
 * Reads a number typed by a person: "99.76", "99,76" (Vietnamese decimal comma), " 4 ".
 * With `percent`, a trailing "%" is allowed ("99,76 %"). Returns null for anything else, including
 * grouped thousands ("1.234,5"), which are ambiguous with a decimal point.
 */
export function parseNumber(raw: unknown, options: { percent?: boolean } = {}): number | null {
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : null;
  if (typeof raw !== "string") return null;
  let text = raw.trim();
  if (options.percent && text.endsWith("%")) text = text.slice(0, -1).trim();
  if (!NUMBER_PATTERN.test(text)) return null;
  return Number(text.replace(",", "."));
}

/**
 * Rounds half away from zero to 2 decimals, on the decimal value people read (1.005 → 1.01), which
 * `Math.round(x * 100) / 100` gets wrong. Used for ranking, classification and printing only.
 */
export function round2(x: number): number {
  if (!Number.isFinite(x)) return x;
  const abs = Math.abs(x);
  const scaled = abs * 100;
  const fraction = scaled - Math.floor(scaled);
  // Only values within float noise of a half need the exact (and slower) decimal-string route.
  const rounded = Math.abs(fraction - 0.5) < 1e-6 ? roundHalfByDecimal(abs) : Math.round(scaled) / 100;
  return rounded === 0 ? 0 : x < 0 ? -rounded : rounded;
}

function roundHalfByDecimal(abs: number): number {
  const text = `${abs}`;
  if (text.includes("e")) return Math.round(abs * 100) / 100;
  return Number(`${Math.round(Number(`${text}e2`))}e-2`);
}

export function clamp(x: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, x));
}

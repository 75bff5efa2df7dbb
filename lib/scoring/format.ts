// How points and indices are shown to people: vi-VN, always 2 decimals (63,58). Values go through
// round2 first so that the printed figure is the one ranking and classification used.
import { round2 } from "./numbers";

const twoDecimals = new Intl.NumberFormat("vi-VN", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Points such as 63,58. */
export function formatPoints(points: number): string {
  return twoDecimals.format(round2(points));
}

/** An index such as 90,83; "—" when nothing applies to the unit. */
export function formatIndex(index: number | null): string {
  return index === null ? "—" : twoDecimals.format(round2(index));
}

/** A change such as +2,33 or −1,50; "—" when there is nothing to compare with. */
export function formatChange(change: number | null): string {
  if (change === null) return "—";
  const rounded = round2(change);
  const text = twoDecimals.format(Math.abs(rounded));
  return rounded > 0 ? `+${text}` : rounded < 0 ? `−${text}` : text;
}

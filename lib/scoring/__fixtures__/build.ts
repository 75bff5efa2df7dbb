// Small builders for test criteria sets (tests only).
import type {
  ClassificationBand,
  CriteriaGroup,
  CriteriaLeaf,
  CriteriaNode,
  CriteriaSet,
  Rule,
} from "../types";

export const BANDS: ClassificationBand[] = [
  { label: "Xuất sắc", min: 90 },
  { label: "Tốt", min: 80 },
  { label: "Khá", min: 70 },
  { label: "Trung bình", min: 50 },
  { label: "Yếu", min: 0 },
];

export function leaf(
  code: string,
  max: number,
  rule: Rule = { type: "manual" },
  extra: Partial<CriteriaLeaf> = {},
): CriteriaLeaf {
  return { code, name: `Tiêu chí ${code}`, max, rule, ...extra };
}

export function group(code: string, children: CriteriaNode[]): CriteriaGroup {
  return { code, name: `Lĩnh vực ${code}`, children };
}

export function makeSet(fields: CriteriaNode[], classification: ClassificationBand[] = BANDS): CriteriaSet {
  return { name: "Bộ tiêu chí thử", year: 2023, group: "SO", classification, fields };
}

/**
 * Seed 002: Sở TT&TT scored 63,58 of 70 in 2019, with 3 of 7 fields at full points.
 * Field maxima 6+8+12+9+10+10+15 = 70.
 */
export const seed002Set = makeSet([
  group("1", [
    leaf("1.1", 1, { type: "choice", options: { kip_thoi: 1, khong_kip_thoi: 0.5, khong_ban_hanh: 0 } }),
    leaf("1.2", 5),
  ]),
  group("2", [leaf("2.1", 8, { type: "boolean" })]),
  group("3", [leaf("3.1", 12, { type: "linear", threshold: 80 })]),
  group("4", [leaf("4.1", 9, { type: "deduction", perOccurrence: 0.5 })]),
  group("5", [
    leaf("5.1", 10, {
      type: "bands",
      bands: [
        { gt: 90, points: 10 },
        { gte: 70, lte: 90, points: 5 },
        { lt: 70, points: 0 },
      ],
    }),
  ]),
  group("6", [leaf("6.1", 10)]),
  group("7", [leaf("7.1", 10, { type: "survey" }), leaf("7.2", 5)]),
]);

/** 0.5 + 0 + 0 + 1 + 0 + 0.92 + 4 = 6.42 points lost → 63.58 achieved. */
export const seed002Inputs = {
  "1.1": { appraised: "khong_kip_thoi" },
  "1.2": { appraised: 5 },
  "2.1": { appraised: "có" },
  "3.1": { appraised: "99,76" },
  "4.1": { appraised: 2 },
  "5.1": { appraised: 95 },
  "6.1": { appraised: "9,08" },
  "7.1": { appraised: "60" },
  "7.2": { appraised: 5 },
};

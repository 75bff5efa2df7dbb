// fast-check generators of criteria sets, units and inputs (tests only).
import fc from "fast-check";
import {
  UNIT_TYPES,
  type Band,
  type CriteriaLeaf,
  type CriteriaSet,
  type LeafInput,
  type RawValue,
  type RoundInputs,
  type Rule,
  type ScoringUnit,
} from "../types";
import { BANDS } from "./build";

const points = (max: number) => fc.integer({ min: 0, max: 100 }).map((p) => (max * p) / 100);

/** Bands scanned from the highest threshold down, points never decreasing with the threshold. */
export function monotoneBandsArb(max: number): fc.Arbitrary<Band[]> {
  return fc
    .uniqueArray(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 4 })
    .chain((ts) => {
      const thresholds = [...ts].sort((a, b) => a - b);
      return fc.tuple(
        fc.constant(thresholds),
        fc
          .array(points(max), { minLength: thresholds.length, maxLength: thresholds.length })
          .map((p) => p.sort((a, b) => a - b)),
        fc.array(fc.boolean(), { minLength: thresholds.length, maxLength: thresholds.length }),
      );
    })
    .map(([thresholds, pts, strict]) =>
      thresholds
        .map((t, i): Band => (strict[i] ? { gt: t, points: pts[i]! } : { gte: t, points: pts[i]! }))
        .reverse(),
    );
}

export function ruleArb(max: number): fc.Arbitrary<Rule> {
  return fc.oneof(
    fc.constant<Rule>({ type: "manual" }),
    fc.constant<Rule>({ type: "boolean" }),
    fc
      .array(points(max), { minLength: 1, maxLength: 4 })
      .map((ps): Rule => ({ type: "choice", options: Object.fromEntries(ps.map((p, i) => [`lc_${i}`, p])) })),
    monotoneBandsArb(max).map((bands): Rule => ({ type: "bands", bands })),
    fc.integer({ min: 1, max: 100 }).map((threshold): Rule => ({ type: "linear", threshold })),
    fc.integer({ min: 1, max: 200 }).map((k): Rule => ({ type: "deduction", perOccurrence: k / 100 })),
    fc.constant<Rule>({ type: "survey" }),
  );
}

const maxArb = fc.integer({ min: 1, max: 2000 }).map((x) => x / 100);

function leafArb(code: string): fc.Arbitrary<CriteriaLeaf> {
  return maxArb.chain((max) =>
    fc.record(
      {
        code: fc.constant(code),
        name: fc.constant(`Tiêu chí ${code}`),
        max: fc.constant(max),
        rule: ruleArb(max),
        appliesTo: fc.subarray([...UNIT_TYPES], { minLength: 1 }),
        bonus: fc.boolean(),
      },
      { requiredKeys: ["code", "name", "max", "rule"] },
    ),
  );
}

export const criteriaSetArb: fc.Arbitrary<CriteriaSet> = fc
  .array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 3 })
  .chain((sizes) =>
    fc.tuple(
      ...sizes.map((n, f) => fc.tuple(...Array.from({ length: n }, (_, l) => leafArb(`${f + 1}.${l + 1}`)))),
    ),
  )
  .map((fields) => ({
    name: "Bộ tiêu chí ngẫu nhiên",
    year: 2024,
    group: "SO",
    classification: BANDS,
    fields: fields.map((leaves, f) => ({ code: `${f + 1}`, name: `Lĩnh vực ${f + 1}`, children: leaves })),
  }));

export function rawValueArb(leaf: CriteriaLeaf): fc.Arbitrary<RawValue> {
  const number = fc.double({ min: -10, max: 150, noNaN: true });
  switch (leaf.rule.type) {
    case "boolean":
      return fc.constantFrom<RawValue>("1", "0", "có", "không", true, false, "co", "khong");
    case "choice":
      return fc.constantFrom<RawValue>(...Object.keys(leaf.rule.options));
    default:
      return fc.oneof(
        number,
        number.map((n) => String(n).replace(".", ",")),
      );
  }
}

function leafInputArb(leaf: CriteriaLeaf): fc.Arbitrary<LeafInput> {
  return fc.record(
    { self: rawValueArb(leaf), appraised: rawValueArb(leaf), notApplicable: fc.boolean() },
    { requiredKeys: [] },
  );
}

export const unitsArb: fc.Arbitrary<ScoringUnit[]> = fc
  .array(
    fc.record({
      type: fc.constantFrom(...UNIT_TYPES),
      group: fc.constantFrom<string | undefined>("G1", "G2", undefined),
    }),
    { minLength: 1, maxLength: 8 },
  )
  .map((us) =>
    us.map((u, i) => ({
      code: `DV${i + 1}`,
      name: `Đơn vị ${i + 1}`,
      type: u.type,
      ...(u.group ? { group: u.group } : {}),
    })),
  );

export function inputsArb(
  set: CriteriaSet,
  units: ScoringUnit[],
  leaves: CriteriaLeaf[],
): fc.Arbitrary<RoundInputs> {
  const perUnit = fc.tuple(...leaves.map((l) => fc.option(leafInputArb(l), { nil: undefined })));
  return fc
    .tuple(...units.map(() => perUnit))
    .map((rows) =>
      Object.fromEntries(
        units.map((u, i) => [
          u.code,
          Object.fromEntries(leaves.flatMap((l, j) => (rows[i]![j] ? [[l.code, rows[i]![j]!]] : []))),
        ]),
      ),
    );
}

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { criteriaSetArb, inputsArb, monotoneBandsArb, unitsArb } from "./__fixtures__/arbitraries";
import { parseCriteriaSet } from "./criteria-schema";
import { scoreRound } from "./engine";
import { round2 } from "./numbers";
import { leafPoints } from "./rules";
import { leavesOf } from "./tree";
import type { Rule } from "./types";

const roundArb = fc
  .tuple(criteriaSetArb, unitsArb)
  .chain(([set, units]) =>
    fc.tuple(fc.constant(set), fc.constant(units), inputsArb(set, units, leavesOf(set))),
  );

const inRange = (x: number | null) => x === null || (x >= 0 && x <= 100);

describe("scoreRound properties", () => {
  it("the generated sets are valid criteria sets (schema and engine agree)", () => {
    fc.assert(
      fc.property(criteriaSetArb, (set) => {
        const parsed = parseCriteriaSet(structuredClone(set));
        expect(parsed.ok ? [] : parsed.errors).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it("indices are within [0, 100] and leaf points within [0, max]", () => {
    fc.assert(
      fc.property(roundArb, ([set, units, inputs]) => {
        for (const u of scoreRound({ set, units, inputs }).units) {
          expect(inRange(u.index)).toBe(true);
          expect(u.fields.every((f) => inRange(f.index)) && u.criteria.every((c) => inRange(c.index))).toBe(
            true,
          );
          expect(u.leafResults.every((r) => r.points >= 0 && r.points <= r.max)).toBe(true);
          const fieldsSum = u.fields.reduce((s, f) => s + f.achieved, 0);
          expect(fieldsSum).toBeCloseTo(u.achieved, 9);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("marking a leaf not applicable for one unit never changes another unit's points", () => {
    fc.assert(
      fc.property(roundArb, fc.nat(), fc.nat(), ([set, units, inputs], ui, li) => {
        const leaves = leavesOf(set);
        const unit = units[ui % units.length]!;
        const leaf = leaves[li % leaves.length]!;
        const changed = structuredClone(inputs);
        changed[unit.code] = {
          ...changed[unit.code],
          [leaf.code]: { ...changed[unit.code]?.[leaf.code], notApplicable: true },
        };
        const before = scoreRound({ set, units, inputs }).units;
        const after = scoreRound({ set, units, inputs: changed }).units;
        before.forEach((b, i) => {
          if (b.unit === unit.code) return;
          expect([after[i]!.achieved, after[i]!.max, after[i]!.leafResults]).toEqual([
            b.achieved,
            b.max,
            b.leafResults,
          ]);
        });
        const mine = after.find((u) => u.unit === unit.code)!;
        expect(mine.leafResults.find((r) => r.code === leaf.code)!.notApplicable).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it("ranks form a competition ranking on the published index within each group", () => {
    fc.assert(
      fc.property(roundArb, ([set, units, inputs]) => {
        const results = scoreRound({ set, units, inputs }).units;
        for (const u of results) {
          if (u.index === null) {
            expect(u.rank).toBeNull();
            continue;
          }
          const higher = results.filter(
            (o) => o.group === u.group && o.index !== null && round2(o.index) > round2(u.index!),
          );
          expect(u.rank).toBe(1 + higher.length);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("raising an input never lowers points under monotone rules", () => {
  const pair = fc
    .tuple(fc.double({ min: -50, max: 200, noNaN: true }), fc.double({ min: -50, max: 200, noNaN: true }))
    .map(([a, b]) => (a <= b ? [a, b] : [b, a]));
  const max = fc.integer({ min: 1, max: 2000 }).map((x) => x / 100);
  const increasing = max.chain((m) =>
    fc.tuple(
      fc.constant(m),
      fc.oneof(
        monotoneBandsArb(m).map((bands): Rule => ({ type: "bands", bands })),
        fc.integer({ min: 1, max: 100 }).map((threshold): Rule => ({ type: "linear", threshold })),
        fc.constant<Rule>({ type: "survey" }),
        fc.constant<Rule>({ type: "manual" }),
      ),
    ),
  );
  const points = (m: number, rule: Rule, x: number) => {
    const r = leafPoints({ max: m, rule }, x);
    if ("error" in r) throw new Error(r.error);
    return r.points;
  };

  it("bands, linear, survey and manual are non-decreasing", () => {
    fc.assert(
      fc.property(increasing, pair, ([m, rule], [x, y]) => points(m, rule, x) <= points(m, rule, y)),
      { numRuns: 500 },
    );
  });

  it("deduction is non-increasing in the number of occurrences", () => {
    fc.assert(
      fc.property(max, fc.integer({ min: 1, max: 300 }), pair, (m, k, [x, y]) => {
        const rule: Rule = { type: "deduction", perOccurrence: k / 100 };
        return points(m, rule, x) >= points(m, rule, y);
      }),
      { numRuns: 300 },
    );
  });
});

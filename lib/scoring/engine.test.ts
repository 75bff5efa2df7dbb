import { describe, expect, it } from "vitest";
import { BANDS, group, leaf, makeSet, seed002Inputs, seed002Set } from "./__fixtures__/build";
import { scoreRound } from "./engine";
import { round2 } from "./numbers";
import type { RoundInputs, ScoringUnit } from "./types";

const so = (code: string, group?: string): ScoringUnit => ({
  code,
  name: `Đơn vị ${code}`,
  type: "SO",
  ...(group ? { group } : {}),
});

/** One manual 10-point leaf per field, two fields: a unit's index is its points × 5. */
const twoFields = makeSet([group("1", [leaf("1.1", 10)]), group("2", [leaf("2.1", 10)])]);
function manualInputs(points: Record<string, [number, number]>): RoundInputs {
  return Object.fromEntries(
    Object.entries(points).map(([unit, [a, b]]) => [
      unit,
      { "1.1": { appraised: a }, "2.1": { appraised: b } },
    ]),
  );
}

describe("golden: seed 002 — 63,58 of 70 points", () => {
  const result = scoreRound({ set: seed002Set, units: [so("SO_TTTT")], inputs: { SO_TTTT: seed002Inputs } });
  const unit = result.units[0]!;

  it("gives index 90,83, Xuất sắc, 3 of 7 fields at full points", () => {
    expect(result.errors).toEqual([]);
    expect(unit.achieved).toBeCloseTo(63.58, 10);
    expect(unit.max).toBe(70);
    expect(round2(unit.index!)).toBe(90.83);
    expect(unit.classification).toBe("Xuất sắc");
    expect(unit.provisional).toBe(false);
    expect(unit.fields.filter((f) => f.index === 100).map((f) => f.code)).toEqual(["2", "3", "5"]);
    expect(unit.fields[0]).toEqual({
      code: "1",
      name: "Lĩnh vực 1",
      achieved: 5.5,
      max: 6,
      index: (5.5 / 6) * 100,
    });
  });

  it("lists deficiencies by points lost, then code", () => {
    expect(unit.deficiencies.map((d) => [d.code, round2(d.lost)])).toEqual([
      ["7.1", 4],
      ["4.1", 1],
      ["6.1", 0.92],
      ["1.1", 0.5],
    ]);
    expect(unit.missing).toEqual([]);
  });
});

describe("ranking within a group", () => {
  it("shares ranks between equal published indices: 1, 2, 2, 4", () => {
    const inputs = manualInputs({ A: [9, 9], B: [8, 9], C: [9, 8], D: [5, 5] });
    const result = scoreRound({ set: twoFields, units: ["D", "C", "B", "A"].map((c) => so(c)), inputs });
    expect(Object.fromEntries(result.units.map((u) => [u.unit, u.rank]))).toEqual({ A: 1, B: 2, C: 2, D: 4 });
  });

  it("ranks on the index rounded to 2 decimals", () => {
    // 90.834 and 90.826 both publish as 90,83
    const set = makeSet([leaf("1", 1000)]);
    const inputs = {
      A: { "1": { appraised: 908.34 } },
      B: { "1": { appraised: 908.26 } },
      C: { "1": { appraised: 908.2 } },
    };
    const ranks = scoreRound({ set, units: [so("A"), so("B"), so("C")], inputs }).units.map((u) => u.rank);
    expect(ranks).toEqual([1, 1, 3]);
  });

  it("ranks each group (khối) separately; the default group is the unit type", () => {
    const inputs = manualInputs({ A: [9, 9], B: [8, 8], H1: [1, 1], H2: [2, 2] });
    const units: ScoringUnit[] = [
      so("A"),
      so("B"),
      { code: "H1", name: "Huyện 1", type: "HUYEN" },
      { code: "H2", name: "Huyện 2", type: "HUYEN" },
    ];
    const result = scoreRound({ set: twoFields, units, inputs });
    expect(result.units.map((u) => [u.unit, u.group, u.rank])).toEqual([
      ["A", "SO", 1],
      ["B", "SO", 2],
      ["H1", "HUYEN", 2],
      ["H2", "HUYEN", 1],
    ]);
  });
});

describe("provisional and missing values", () => {
  it("uses the appraised value over the self value, else the self value (provisional)", () => {
    const inputs: RoundInputs = {
      A: { "1.1": { self: 10, appraised: 7 }, "2.1": { self: 10, appraised: 8 } },
      B: { "1.1": { self: 10, appraised: 7 }, "2.1": { self: 9 } },
    };
    const [a, b] = scoreRound({ set: twoFields, units: [so("A"), so("B")], inputs }).units;
    expect([a!.achieved, a!.provisional]).toEqual([15, false]);
    expect([b!.achieved, b!.provisional]).toEqual([16, true]);
    expect(b!.leafResults.map((r) => [r.code, r.source, r.value])).toEqual([
      ["1.1", "appraised", 7],
      ["2.1", "self", 9],
    ]);
  });

  it("an empty appraised value falls back to the self value", () => {
    const inputs: RoundInputs = { A: { "1.1": { self: "6", appraised: " " }, "2.1": { appraised: 10 } } };
    const unit = scoreRound({ set: twoFields, units: [so("A")], inputs }).units[0]!;
    expect([unit.achieved, unit.provisional]).toEqual([16, true]);
  });

  it("a leaf with no input scores 0, is listed as missing and as a deficiency", () => {
    const inputs: RoundInputs = { A: { "1.1": { appraised: 10 } } };
    const unit = scoreRound({ set: twoFields, units: [so("A")], inputs }).units[0]!;
    expect(unit.achieved).toBe(10);
    expect(unit.max).toBe(20);
    expect(unit.missing).toEqual(["2.1"]);
    expect(unit.deficiencies).toEqual([{ code: "2.1", name: "Tiêu chí 2.1", lost: 10 }]);
    expect(unit.leafResults[1]).toMatchObject({ source: "missing", value: null, points: 0 });
    expect(unit.provisional).toBe(false);
  });

  it("a unit with no inputs at all scores 0", () => {
    const unit = scoreRound({ set: twoFields, units: [so("A")], inputs: {} }).units[0]!;
    expect([unit.index, unit.classification, unit.rank, unit.missing]).toEqual([0, "Yếu", 1, ["1.1", "2.1"]]);
  });
});

describe("bonus points (điểm cộng)", () => {
  const set = makeSet([group("1", [leaf("1.1", 10), leaf("1.2", 2, { type: "boolean" }, { bonus: true })])]);

  it("count in achieved, not in max, and the index is capped at 100", () => {
    const inputs: RoundInputs = {
      A: { "1.1": { appraised: 10 }, "1.2": { appraised: "có" } },
      B: { "1.1": { appraised: 9 }, "1.2": { appraised: 1 } },
    };
    const [a, b] = scoreRound({ set, units: [so("A"), so("B")], inputs }).units;
    expect([a!.achieved, a!.max, a!.index]).toEqual([12, 10, 100]);
    expect(a!.fields[0]!.index).toBe(100);
    expect([b!.achieved, b!.index]).toEqual([11, 100]);
    expect([a!.rank, b!.rank]).toEqual([1, 1]);
  });

  it("an unearned bonus is neither a deficiency nor missing", () => {
    const unit = scoreRound({ set, units: [so("A")], inputs: { A: { "1.1": { appraised: 8 } } } }).units[0]!;
    expect([unit.achieved, unit.max, unit.index]).toEqual([8, 10, 80]);
    expect(unit.deficiencies.map((d) => d.code)).toEqual(["1.1"]);
    expect(unit.missing).toEqual([]);
  });
});

describe("not applicable (không áp dụng)", () => {
  const set = makeSet([
    group("1", [leaf("1.1", 6), leaf("1.2", 4, { type: "boolean" }, { appliesTo: ["HUYEN", "XA"] })]),
    group("3", [leaf("3.1", 10, { type: "linear", threshold: 80 })]),
  ]);

  it("removes the leaf from both sums, when flagged in the inputs", () => {
    const inputs: RoundInputs = {
      A: { "1.1": { appraised: 3 }, "3.1": { appraised: 40, notApplicable: true } },
    };
    const unit = scoreRound({ set, units: [{ code: "A", name: "A", type: "HUYEN" }], inputs }).units[0]!;
    expect([unit.achieved, unit.max]).toEqual([3, 10]);
    expect(unit.fields.find((f) => f.code === "3")).toMatchObject({ achieved: 0, max: 0, index: null });
    expect(unit.leafResults.find((r) => r.code === "3.1")).toMatchObject({ notApplicable: true, points: 0 });
    expect(unit.missing).toEqual(["1.2"]);
    expect(unit.deficiencies.map((d) => d.code)).toEqual(["1.2", "1.1"]);
  });

  it("removes a leaf whose appliesTo excludes the unit type, even with an input", () => {
    const inputs: RoundInputs = {
      A: { "1.1": { appraised: 6 }, "1.2": { appraised: 1 }, "3.1": { appraised: 80 } },
    };
    const unit = scoreRound({ set, units: [so("A")], inputs }).units[0]!;
    expect([unit.achieved, unit.max, unit.index]).toEqual([16, 16, 100]);
    expect(unit.deficiencies).toEqual([]);
  });

  it("a unit to which nothing applies has no index, rank or classification", () => {
    const only = makeSet([leaf("1", 5, { type: "manual" }, { appliesTo: ["XA"] })]);
    const unit = scoreRound({ set: only, units: [so("A")], inputs: {} }).units[0]!;
    expect([unit.index, unit.rank, unit.classification, unit.missing]).toEqual([null, null, null, []]);
  });
});

describe("classification bands apply from their min, inclusive, on the published index", () => {
  it.each<[number, string]>([
    [90, "Xuất sắc"],
    [89.996, "Xuất sắc"],
    [89.99, "Tốt"],
    [80, "Tốt"],
    [70, "Khá"],
    [69.99, "Trung bình"],
    [50, "Trung bình"],
    [0, "Yếu"],
  ])("%d → %s", (points, label) => {
    const set = makeSet([leaf("1", 100)], [...BANDS].reverse());
    const unit = scoreRound({ set, units: [so("A")], inputs: { A: { "1": { appraised: points } } } })
      .units[0]!;
    expect(unit.classification).toBe(label);
  });
});

describe("criteria results", () => {
  it("totals every internal node at any depth", () => {
    const set = makeSet([
      group("1", [group("1.1", [leaf("1.1.1", 1), leaf("1.1.2", 1)]), leaf("1.2", 2)]),
      leaf("2", 4),
    ]);
    const inputs: RoundInputs = {
      A: { "1.1.1": { appraised: 1 }, "1.2": { appraised: 1 }, "2": { appraised: 2 } },
    };
    const unit = scoreRound({ set, units: [so("A")], inputs }).units[0]!;
    expect(unit.criteria.map((c) => [c.code, c.achieved, c.max, c.index])).toEqual([
      ["1", 2, 4, 50],
      ["1.1", 1, 2, 50],
    ]);
    expect(unit.fields.map((f) => [f.code, f.achieved, f.max, f.index])).toEqual([
      ["1", 2, 4, 50],
      ["2", 2, 4, 50],
    ]);
  });
});

describe("errors in the inputs", () => {
  it("reports unknown units, unknown codes, group codes and unreadable values", () => {
    const inputs: RoundInputs = {
      A: { "1.1": { appraised: "mười" }, "9.9": { self: 1 }, "1": { self: 1 } },
      Z: { "1.1": { self: 1 } },
    };
    const result = scoreRound({ set: twoFields, units: [so("A")], inputs });
    // object keys that look like integers ("1") come first in JS, so compare as a set
    expect(result.errors).toHaveLength(4);
    expect(result.errors.map((e) => [e.unit, e.criterion, e.message])).toEqual(
      expect.arrayContaining([
        ["A", "9.9", 'mã tiêu chí "9.9" không có trong bộ tiêu chí "Bộ tiêu chí thử"'],
        ["A", "1", '"1" có tiêu chí con: chỉ nhập giá trị cho tiêu chí không có tiêu chí con'],
        ["Z", undefined, 'mã đơn vị "Z" không có trong danh sách đơn vị'],
        ["A", "1.1", 'điểm "mười" không phải là số'],
      ]),
    );
    expect(result.units[0]!.leafResults[0]).toMatchObject({
      points: 0,
      error: 'điểm "mười" không phải là số',
    });
  });
});

describe("changes since the previous round", () => {
  it("computes index, rank and field changes from published values", () => {
    const previous = scoreRound({
      set: twoFields,
      units: [so("A"), so("B")],
      inputs: manualInputs({ A: [9, 9], B: [8, 8] }),
    });
    const current = scoreRound({
      set: twoFields,
      units: [so("A"), so("B"), so("C")],
      inputs: manualInputs({ A: [7, 8], B: [9, 10], C: [1, 1] }),
      previous,
    });
    const [a, b, c] = current.units;
    expect(a!.change).toEqual({
      index: -15,
      rank: -1,
      fields: [
        { code: "1", index: -20 },
        { code: "2", index: -10 },
      ],
    });
    expect(b!.change).toEqual({
      index: 15,
      rank: 1,
      fields: [
        { code: "1", index: 10 },
        { code: "2", index: 20 },
      ],
    });
    expect(c!.change).toBeUndefined();
  });

  it("accepts last year's printed JSON (rounded values) as previous", () => {
    const previous = { units: [{ unit: "A", index: 88.5, rank: 3, fields: [{ code: "1", index: 91.67 }] }] };
    const a = scoreRound({ set: seed002Set, units: [so("A")], inputs: { A: seed002Inputs }, previous })
      .units[0]!;
    expect(a.change?.index).toBe(2.33);
    expect(a.change?.rank).toBe(2);
    expect(a.change?.fields[0]).toEqual({ code: "1", index: 0 });
    expect(a.change?.fields[1]).toEqual({ code: "2", index: null });
  });
});

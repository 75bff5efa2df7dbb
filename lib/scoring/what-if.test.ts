import { describe, expect, it } from "vitest";
import { group, leaf, makeSet } from "./__fixtures__/build";
import { scoreRound } from "./engine";
import type { RoundInputs, ScoringUnit } from "./types";
import { topFixes } from "./what-if";

// 20 points: fixing 1.1 (lost 4) adds 20 index points, fixing 1.2 (lost 1) adds 5, 2.1 (lost 2) adds 10.
const set = makeSet([group("1", [leaf("1.1", 10), leaf("1.2", 2)]), group("2", [leaf("2.1", 8)])]);
const units: ScoringUnit[] = ["A", "B", "C", "D"].map((code) => ({ code, name: code, type: "SO" }));
const inputs: RoundInputs = {
  A: { "1.1": { appraised: 6 }, "1.2": { appraised: 1 }, "2.1": { appraised: 6 } }, // 13 → 65
  B: { "1.1": { appraised: 10 }, "1.2": { appraised: 2 }, "2.1": { appraised: 6 } }, // 18 → 90
  C: { "1.1": { appraised: 10 }, "1.2": { appraised: 2 }, "2.1": { appraised: 4 } }, // 16 → 80
  D: { "1.1": { appraised: 7 }, "1.2": { appraised: 2 }, "2.1": { appraised: 5 } }, // 14 → 70
};
const result = scoreRound({ set, units, inputs });

describe("topFixes", () => {
  it("gives each deficiency's new index and rank, biggest gain first", () => {
    expect(result.units.map((u) => u.rank)).toEqual([4, 1, 2, 3]);
    expect(topFixes(result, "A")).toEqual([
      { code: "1.1", name: "Tiêu chí 1.1", lost: 4, newIndex: 85, indexGain: 20, newRank: 2, rankGain: 2 },
      { code: "2.1", name: "Tiêu chí 2.1", lost: 2, newIndex: 75, indexGain: 10, newRank: 3, rankGain: 1 },
      { code: "1.2", name: "Tiêu chí 1.2", lost: 1, newIndex: 70, indexGain: 5, newRank: 3, rankGain: 1 },
    ]);
  });

  it("a fix that reaches another unit's index shares its rank", () => {
    // A fixing 1.2 reaches D's 70: it shares rank 3 with D
    const fix = topFixes(result, "A").find((f) => f.code === "1.2");
    expect(fix).toMatchObject({ newIndex: 70, newRank: 3 });
    // C fixing 2.1 overtakes B
    expect(topFixes(result, "C", 1)).toEqual([
      { code: "2.1", name: "Tiêu chí 2.1", lost: 4, newIndex: 100, indexGain: 20, newRank: 1, rankGain: 1 },
    ]);
  });

  it("respects the limit and handles units with nothing to fix", () => {
    expect(topFixes(result, "A", 2).map((f) => f.code)).toEqual(["1.1", "2.1"]);
    expect(topFixes(result, "A", 0)).toEqual([]);
    const perfect = scoreRound({
      set,
      units: units.slice(0, 1),
      inputs: { A: { "1.1": { appraised: 10 }, "1.2": { appraised: 2 }, "2.1": { appraised: 8 } } },
    });
    expect(topFixes(perfect, "A")).toEqual([]);
  });

  it("caps the new index at 100 when bonus points are in play", () => {
    const withBonus = makeSet([leaf("1", 10), leaf("2", 5, { type: "manual" }, { bonus: true })]);
    const r = scoreRound({
      set: withBonus,
      units: units.slice(0, 1),
      inputs: { A: { "1": { appraised: 8 }, "2": { appraised: 5 } } },
    });
    expect(r.units[0]!.index).toBe(100);
    expect(topFixes(r, "A")).toEqual([
      { code: "1", name: "Tiêu chí 1", lost: 2, newIndex: 100, indexGain: 0, newRank: 1, rankGain: 0 },
    ]);
  });

  it("refuses an unknown unit", () => {
    expect(() => topFixes(result, "X")).toThrow('không tìm thấy đơn vị "X"');
  });
});

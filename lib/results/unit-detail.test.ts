import { describe, expect, it } from "vitest";
import { scoreRound, type CriteriaSet } from "../scoring";
import { unitDetail } from "./unit-detail";

const set: CriteriaSet = {
  name: "Thử",
  year: 2024,
  group: "SO",
  classification: [
    { label: "Tốt", min: 80 },
    { label: "Yếu", min: 0 },
  ],
  fields: [
    {
      code: "1",
      name: "Lĩnh vực 1",
      children: [
        { code: "1.1", name: "Có kế hoạch", max: 2, rule: { type: "boolean" } },
        {
          code: "1.2",
          name: "Đúng hạn",
          max: 4,
          metric: "cases.onTimeRate",
          rule: { type: "linear", threshold: 100 },
        },
        { code: "1.3", name: "Chỉ cho huyện", max: 1, rule: { type: "manual" }, appliesTo: ["HUYEN"] },
      ],
    },
    {
      code: "2",
      name: "Khảo sát",
      children: [{ code: "2.1", name: "Hài lòng", max: 10, rule: { type: "survey" } }],
    },
  ],
};
const units = [
  { code: "A", name: "Sở A", type: "SO" as const },
  { code: "B", name: "Sở B", type: "SO" as const },
];
const inputs = {
  A: { "1.1": { self: "1", appraised: "0" }, "1.2": { appraised: 50 }, "2.1": { appraised: 80 } },
  B: { "1.1": { self: "1" }, "1.2": { appraised: 100 }, "2.1": { appraised: 90 } },
};

describe("unitDetail", () => {
  it("lays the result along the tree with each leaf's value, source and points, and the fixes", () => {
    const result = scoreRound({ set, units, inputs });
    const d = unitDetail({ set, result, unitCode: "A", fromRecords: { A: ["1.2"], B: ["1.2"] }, inputs })!;
    const leaf = (code: string) =>
      d.rows.find((r) => r.code === code && r.kind === "leaf") as Extract<
        (typeof d.rows)[number],
        { kind: "leaf" }
      >;
    expect(d.rows.map((r) => `${r.depth}:${r.code}`)).toEqual([
      "0:1",
      "1:1.1",
      "1:1.2",
      "1:1.3",
      "0:2",
      "1:2.1",
    ]);
    expect(leaf("1.1")).toMatchObject({
      value: "0",
      selfValue: "1",
      source: "appraised",
      points: 0,
      lost: 2,
    });
    expect(leaf("1.2")).toMatchObject({ value: 50, source: "records", points: 2, lost: 2 });
    expect(leaf("1.3")).toMatchObject({ notApplicable: true, source: "missing", points: 0, lost: 0 });
    expect(leaf("2.1")).toMatchObject({ source: "survey", points: 8, lost: 2 });
    expect(d.rows[0]).toMatchObject({ kind: "group", achieved: 2, max: 6 });
    expect(d.lostTotal).toBe(6);
    expect(d.unit.index).toBe(62.5);
    expect(d.fixes.map((f) => f.code)).toEqual(["1.1", "1.2", "2.1"]);
    expect(d.fixes[0]).toMatchObject({ newIndex: 75, newRank: 2 });
    const b = unitDetail({ set, result, unitCode: "B", fromRecords: {}, inputs })!;
    expect(b.unit.provisional).toBe(true);
    expect(b.rows.find((r) => r.code === "1.1")).toMatchObject({ source: "self" });
    expect(unitDetail({ set, result, unitCode: "Z", fromRecords: {} })).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { provinceFigures } from "./province-figures";
import type { RankingRow } from "./types";

const row = (
  code: string,
  index: number | null,
  indexChange: number | null,
  classification: string | null,
): RankingRow => ({
  code,
  name: `Đơn vị ${code}`,
  rank: null,
  index,
  achieved: 0,
  max: 100,
  classification,
  indexChange,
  rankChange: null,
  fields: {},
  provisional: false,
});
const bands = [
  { label: "Tốt", min: 80 },
  { label: "Khá", min: 70 },
  { label: "Yếu", min: 0 },
];

describe("provinceFigures", () => {
  const f = provinceFigures(
    [
      {
        group: "SO",
        bands,
        average: { index: 80 },
        rows: [row("A", 90, 5, "Tốt"), row("B", 80, -2, "Tốt"), row("C", 70, null, "Khá")],
      },
      {
        group: "XA",
        bands,
        average: { index: 49.99 },
        rows: [row("D", 49.99, -7, "Yếu"), row("E", null, null, null)],
      },
    ],
    2,
  );

  it("counts classifications per group and units with an index", () => {
    expect(f.groups[0]).toMatchObject({
      group: "SO",
      units: 3,
      average: 80,
      byClassification: [
        { label: "Tốt", count: 2 },
        { label: "Khá", count: 1 },
        { label: "Yếu", count: 0 },
      ],
    });
    expect(f.groups[1]!.units).toBe(1);
  });
  it("lists risers and fallers across groups, largest first", () => {
    expect(f.risers.map((m) => m.code)).toEqual(["A"]);
    expect(f.fallers.map((m) => [m.code, m.group])).toEqual([
      ["D", "XA"],
      ["B", "SO"],
    ]);
  });
  it("counts units per index step with inclusive lower bounds", () => {
    expect(f.indexBands.map((b) => b.count)).toEqual([1, 1, 1, 0, 1]);
  });
});

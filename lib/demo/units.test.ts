import { describe, expect, it } from "vitest";
import { demoLineage, demoUnits, REFORM_DAY, REFORM_LAST_DAY } from "./units";
import { lineageProblems, type LineageUnit } from "../units/lineage-file";
import { ENDING_KINDS, successorOn, type LineageEdge } from "../units/lineage";

const units = demoUnits();
const lineage = demoLineage();
const ids = new Map(units.map((u, i) => [u.code, i + 1]));
const valid = (day: string) =>
  units.filter((u) => (!u.validFrom || u.validFrom <= day) && (!u.validTo || u.validTo >= day));
const edges: LineageEdge[] = lineage.map((e) => ({
  from: ids.get(e.from)!,
  to: ids.get(e.to)!,
  date: e.date,
  kind: e.kind,
  share: e.share ?? null,
}));

describe("the demo province's reorganisation of 1/7/2025", () => {
  it("is a lineage file the import accepts whole", () => {
    const byCode = new Map<string, LineageUnit>(
      units.map((u) => [
        u.code,
        { id: ids.get(u.code)!, code: u.code, validFrom: u.validFrom ?? null, validTo: u.validTo ?? null },
      ]),
    );
    const rows = lineage.map((e, i) => ({
      row: i + 2,
      fromCode: e.from,
      toCode: e.to,
      date: e.date,
      kind: e.kind,
      share: e.share ?? null,
    }));
    expect(lineageProblems(rows, byCode, [])).toEqual([]);
  });

  it("has the old structure on 31/12/2024 and the two-tier one on 31/12/2025", () => {
    const count = (day: string, type: string) => valid(day).filter((u) => u.type === type).length;
    expect([
      count("2024-12-31", "SO"),
      count("2024-12-31", "HUYEN"),
      count("2024-12-31", "XA"),
      count("2024-12-31", "NGANH_DOC"),
    ]).toEqual([20, 8, 40, 6]);
    expect([
      count("2025-12-31", "SO"),
      count("2025-12-31", "HUYEN"),
      count("2025-12-31", "XA"),
      count("2025-12-31", "NGANH_DOC"),
    ]).toEqual([15, 0, 15, 6]);
    expect(units.filter((u) => u.validTo).every((u) => u.validTo === REFORM_LAST_DAY)).toBe(true);
    expect(units.filter((u) => u.validFrom).every((u) => u.validFrom === REFORM_DAY && !u.parent)).toBe(true);
  });

  it("ends every old commune and department once and gives every new unit a predecessor; districts have no successor", () => {
    for (const u of units.filter((x) => x.validTo && x.type !== "HUYEN")) {
      const endings = lineage.filter((e) => e.from === u.code && ENDING_KINDS.has(e.kind));
      expect(endings.length, u.code).toBeGreaterThan(0);
      expect(new Set(endings.map((e) => e.kind)).size, u.code).toBe(1);
    }
    for (const u of units.filter((x) => x.validFrom))
      expect(
        lineage.some((e) => e.to === u.code && e.kind !== "dieu_chinh"),
        u.code,
      ).toBe(true);
    expect(lineage.some((e) => e.from.startsWith("H_") || e.to.startsWith("H_"))).toBe(false);
  });

  it("shows each kind of event: merges about 3 → 1, one split whose shares add up to 1, one rename, a partial transfer", () => {
    const merged = lineage.filter((e) => e.kind === "sap_nhap" && e.from.startsWith("X_"));
    expect(merged.length / new Set(merged.map((e) => e.to)).size).toBeGreaterThan(2.5);
    const split = lineage.filter((e) => e.kind === "chia_tach" && e.from === "X_035");
    expect(split.reduce((s, e) => s + e.share!, 0)).toBeCloseTo(1, 6);
    expect(lineage.filter((e) => e.kind === "doi_ten").map((e) => e.from)).toEqual(["BDT", "X_084"]);
    expect(lineage.filter((e) => e.kind === "dieu_chinh").map((e) => `${e.from}>${e.to}`)).toEqual([
      "SO_NV>SO_DTTG",
      "XA_MONSON>XA_CONCUONG",
    ]);
  });

  it("carries the records of the demo accounts' old unit to their new one, and a commune's through its rename", () => {
    expect(successorOn(ids.get("SO_TTTT")!, "2026-12-01", edges)).toEqual({
      unit: ids.get("SO_KHCN"),
      split: false,
    });
    expect(successorOn(ids.get("X_084")!, "2026-12-01", edges)).toEqual({
      unit: ids.get("XA_MONSON"),
      split: false,
    });
    expect(successorOn(ids.get("X_035")!, "2026-12-01", edges)).toEqual({
      unit: ids.get("X_035"),
      split: true,
    });
    expect(successorOn(ids.get("SO_TTTT")!, "2025-06-30", edges)).toEqual({
      unit: ids.get("SO_TTTT"),
      split: false,
    });
  });
});

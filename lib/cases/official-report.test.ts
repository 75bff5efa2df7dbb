import { describe, expect, it } from "vitest";
import { officialCaseReport, sumFigures } from "./official-report";
import type { CaseFigures } from "../queries/cases/case-sql";

const zero: CaseFigures = {
  finished: 0,
  early: 0,
  onTime: 0,
  late: 0,
  onTimeRate: null,
  open: 0,
  openInTime: 0,
  overdue: 0,
  online: 0,
  apologyLetters: 0,
  apologyLettersInTime: 0,
  received: 0,
  carriedOver: 0,
  receivedNew: 0,
  receivedOnline: 0,
  receivedInPerson: 0,
  receivedPostal: 0,
};
/** figures that satisfy the report's identities from a few free counts */
const fig = (
  carried: number,
  online: number,
  inPerson: number,
  postal: number,
  early: number,
  onTime: number,
  late: number,
  inTime: number,
): CaseFigures => {
  const received = carried + online + inPerson + postal;
  const finished = early + onTime + late;
  return {
    ...zero,
    received,
    carriedOver: carried,
    receivedNew: online + inPerson + postal,
    receivedOnline: online,
    receivedInPerson: inPerson,
    receivedPostal: postal,
    finished,
    early,
    onTime,
    late,
    onTimeRate: finished ? Math.round(((early + onTime) * 10_000) / finished) / 100 : null,
    open: received - finished,
    openInTime: inTime,
    overdue: received - finished - inTime,
  };
};

describe("officialCaseReport", () => {
  const units = [
    { code: "X2", name: "UBND xã Bình", level: "xa" },
    { code: "S1", name: "Sở Tư pháp", level: "tinh" },
    { code: "X1", name: "UBND xã An", level: "xa" },
    { code: "H1", name: "UBND huyện A", level: "huyen" },
    { code: "S2", name: "Sở Xây dựng", level: "tinh" },
  ];
  const rows = [
    { key: "S1", ...fig(2, 10, 5, 1, 6, 6, 2, 3) },
    { key: "S2", ...fig(0, 3, 3, 0, 1, 1, 1, 2) },
    { key: "X2", ...fig(1, 0, 4, 0, 2, 2, 0, 1) },
    { key: "X1", ...fig(0, 2, 2, 2, 0, 3, 3, 0) },
    { key: "H1", ...zero },
  ];
  const report = officialCaseReport(2023, units, rows);

  it("orders levels tỉnh, huyện, xã and units by name, leaving out units that received nothing", () => {
    expect(report.sections.map((s) => s.level)).toEqual(["tinh", "xa"]);
    expect(report.sections[1]!.units.map((u) => u.code)).toEqual(["X1", "X2"]);
  });

  it("adds each level and the total up from the unit rows, the rate recomputed", () => {
    expect(report.sections[0]!.total).toEqual(sumFigures([rows[0]!, rows[1]!]));
    expect(report.total.received).toBe(18 + 6 + 5 + 6);
    expect(report.total.finished).toBe(14 + 3 + 4 + 6);
    expect(report.total.onTimeRate).toBe(Math.round(((9 + 12) * 10_000) / 27) / 100);
    const t = report.total;
    expect(t.received).toBe(t.carriedOver + t.receivedNew);
    expect(t.receivedNew).toBe(t.receivedOnline + t.receivedInPerson + t.receivedPostal);
    expect(t.received).toBe(t.finished + t.open);
    expect(t.open).toBe(t.openInTime + t.overdue);
  });

  it("has no rate when nothing finished", () => {
    expect(sumFigures([]).onTimeRate).toBeNull();
    expect(sumFigures([zero, zero])).toEqual(zero);
  });
});

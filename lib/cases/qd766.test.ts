import { describe, expect, it } from "vitest";
import {
  EMPTY_FIGURES,
  QD766_GROUPS,
  groupOnFullScale,
  qd766Indicators,
  qd766Result,
  sumFigures,
  type Qd766Figures,
} from "./qd766";

const base: Qd766Figures = {
  ...EMPTY_FIGURES,
  finished: 100,
  early: 60,
  onTime: 35,
  late: 5,
  open: 10,
  openInTime: 8,
  received: 110,
  receivedOnline: 66,
  procedures: 129,
  proceduresOnline: 18,
  proceduresOnlineUsed: 9,
  feedbackTracked: true,
  feedback: 2,
  feedbackInTime: 1,
};
const byCode = (f: Qd766Figures) => Object.fromEntries(qd766Indicators(f).map((p) => [p.code, p]));

describe("QĐ 766 indicators", () => {
  it("has the official group maximums, and each group's indicators add up to it", () => {
    expect(QD766_GROUPS.map((g) => g.max)).toEqual([18, 20, 22, 22, 18]);
    for (const g of QD766_GROUPS)
      expect(
        qd766Indicators(base)
          .filter((i) => i.group === g.key)
          .reduce((s, i) => s + i.max, 0),
      ).toBe(g.max);
    for (const i of qd766Indicators(base)) expect(i.source).toBeTruthy();
  });

  it("counts open in-time cases in the progress rate, 20 × rate", () => {
    expect(byCode(base)["2.1"]).toMatchObject({ value: 93.64, points: 18.73 });
  });

  it("gives full points from 50 % online submissions, proportional below", () => {
    expect(byCode(base)["3.3"]).toMatchObject({ value: 60, points: 6 });
    expect(byCode({ ...base, receivedOnline: 22 })["3.3"]).toMatchObject({ value: 20, points: 2.4 });
  });

  it("scores procedures offered online against 80 % (seed 000: 18 of 129) and online services that received cases", () => {
    expect(byCode(base)["3.1"]).toMatchObject({ value: 13.95, points: 0.35 });
    expect(byCode(base)["3.2"]).toMatchObject({ value: 50, points: 2 });
  });

  it("satisfaction with case handling = 100 − (late rate + complaint rate), full from 90", () => {
    expect(byCode(base)["5.4"]).toMatchObject({ value: 93.18, points: 6 });
    expect(byCode({ ...base, late: 20, early: 45, feedback: 0 })["5.4"]).toMatchObject({
      value: 80,
      points: 5.33,
      note: expect.stringContaining("PAKN"),
    });
  });

  it("feedback handled in time; no feedback in the period earns the maximum", () => {
    expect(byCode(base)["5.2"]).toMatchObject({ value: 50, points: 3 });
    expect(byCode({ ...base, feedback: 0, feedbackInTime: 0 })["5.2"]).toMatchObject({
      value: 100,
      points: 6,
    });
    expect(byCode({ ...base, feedbackTracked: false })["5.2"]).toMatchObject({
      points: null,
      note: expect.stringContaining("Chưa nhập"),
    });
  });

  it("computes sync, digitisation, reuse and online payment from the case facts", () => {
    const k = byCode({
      ...base,
      syncReported: 100,
      synced: 90,
      dossierReported: 100,
      dossierDigitised: 60,
      resultReported: 50,
      resultDigitised: 25,
      reuseReported: 40,
      reused: 40,
      feeCases: 20,
      paidOnline: 5,
      feeProcedures: 4,
      feeProceduresPaidOnline: 1,
    });
    expect(k["1.4"]).toMatchObject({ value: 90, points: 5.4 });
    expect(k["4.1"]).toMatchObject({ value: 50, points: 3 });
    expect(k["4.2"]).toMatchObject({ value: 60, points: 3 }); // 4 × 60 ÷ 80
    expect(k["4.3"]).toMatchObject({ value: 100, points: 2 });
    expect(k["3.6"]).toMatchObject({ value: 25, points: 1.5 });
    expect(k["3.5b"]).toMatchObject({ value: 25, points: 0.63 });
  });

  it("says when data is missing instead of scoring 0, and marks the indicators only the portal has", () => {
    const k = byCode({ ...EMPTY_FIGURES });
    for (const i of Object.values(k)) {
      expect(i.points).toBeNull();
      expect(i.note).toBeTruthy();
    }
    expect(
      Object.values(k)
        .filter((i) => i.officialOnly)
        .map((i) => i.code),
    ).toEqual(["1.1", "1.2", "1.3", "3.5a", "4.4", "4.5a", "4.5b", "4.6", "5.3"]);
  });
});

describe("qd766Result", () => {
  it("totals only the indicators with data: x / their maximum, and on the 100-point scale", () => {
    const r = qd766Result(base);
    // 2.1 18.73/20 · 3.1 0.35/2 · 3.2 2/4 · 3.3 6/6 · 5.2 3/6 · 5.4 6/6
    expect(r.points).toBe(36.08);
    expect(r.maxWithData).toBe(44);
    expect(r.total).toBe(82);
    const congKhai = r.groups.find((g) => g.key === "congKhai")!;
    expect(congKhai).toMatchObject({ points: null, maxWithData: 0 });
    expect(groupOnFullScale(congKhai)).toBeNull();
    const online = r.groups.find((g) => g.key === "trucTuyen")!;
    expect(online).toMatchObject({ points: 8.35, maxWithData: 12 });
    expect(groupOnFullScale(online)).toBe(15.31);
  });

  it("has no total without any data", () => {
    expect(qd766Result(EMPTY_FIGURES)).toMatchObject({ points: 0, maxWithData: 0, total: null });
  });

  it("adds up several units' figures", () => {
    expect(sumFigures([base, { ...base, feedbackTracked: false }])).toMatchObject({
      finished: 200,
      received: 220,
      feedbackTracked: true,
    });
  });
});

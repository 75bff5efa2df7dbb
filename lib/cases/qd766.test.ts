import { describe, expect, it } from "vitest";
import { qd766Indicators, type Qd766Figures } from "./qd766";

const base: Qd766Figures = { finished: 100, early: 60, onTime: 35, late: 5, open: 10, openInTime: 8, received: 110, receivedOnline: 66, procedures: 129, proceduresOnline: 18, feedback: 2 };
const byKey = (f: Qd766Figures) => Object.fromEntries(qd766Indicators(f).map((p) => [p.key, p]));

describe("QĐ 766 indicators", () => {
  it("counts open in-time cases in the progress rate", () => {
    expect(byKey(base).progress).toMatchObject({ value: 93.64, points: 18.73 });
  });
  it("gives full points from 50 % online submissions, proportional below", () => {
    expect(byKey(base).onlineSubmissions).toMatchObject({ value: 60, points: 11 });
    expect(byKey({ ...base, receivedOnline: 22 }).onlineSubmissions).toMatchObject({ value: 20, points: 4.4 });
  });
  it("scores procedures offered online against 80 % (seed 000: 18 of 129)", () => {
    expect(byKey(base).servicesOffered).toMatchObject({ value: 13.95, points: 1.92 });
  });
  it("satisfaction = 100 − (late rate + complaint rate), full from 90", () => {
    expect(byKey(base).satisfaction).toMatchObject({ value: 93.18, points: 18 });
    expect(byKey({ ...base, late: 20, early: 45, feedback: 0 }).satisfaction).toMatchObject({ value: 80, points: 16, note: expect.stringContaining("phản ánh") });
  });
  it("says when data is missing instead of scoring 0", () => {
    const k = byKey({ ...base, finished: 0, early: 0, onTime: 0, late: 0, open: 0, openInTime: 0, received: 0, receivedOnline: 0, procedures: 0, proceduresOnline: 0 });
    for (const key of ["transparency", "progress", "servicesOffered", "onlineSubmissions", "digitisation", "satisfaction"]) {
      expect(k[key]!.points).toBeNull();
      expect(k[key]!.note).toBeTruthy();
    }
  });
});

import { describe, expect, it } from "vitest";
import { fmt2, fmtDate, fmtDelta, fmtInt, fmtPct } from "./format";

describe("vi-VN formatting", () => {
  it.each([
    [63.58, "63,58"],
    [90.8333, "90,83"],
    [0, "0,00"],
    [1234.5, "1.234,50"],
  ])("fmt2(%s) = %s", (n, s) => expect(fmt2(n)).toBe(s));
  it("formats integers, percentages, deltas and missing values", () => {
    expect(fmtInt(100000)).toBe("100.000");
    expect(fmtPct(99.76)).toBe("99,76 %");
    expect(fmtDelta(-6.54)).toBe("−6,54");
    expect(fmtDelta(1.2)).toBe("+1,20");
    expect(fmt2(null)).toBe("—");
  });
  it("formats dates in Vietnam time", () => {
    expect(fmtDate(new Date("2026-11-21T18:30:00Z"))).toBe("22/11/2026");
  });
});

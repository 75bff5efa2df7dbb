import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { caseLine, instantText } from "./case-first-load";

describe("instantText", () => {
  it("writes the UTC second of any instant the importer accepts, as toISOString does", () => {
    const lo = Date.UTC(1899, 11, 31, 17),
      hi = Date.UTC(2200, 11, 31, 23, 59, 59);
    fc.assert(
      fc.property(fc.integer({ min: lo, max: hi }), (ms) => {
        const iso = new Date(Math.floor(ms / 1000) * 1000).toISOString();
        expect(instantText(new Date(ms))).toBe(`${iso.slice(0, 10)} ${iso.slice(11, 19)}+00`);
      }),
      { numRuns: 20_000 },
    );
  });

  it("handles leap days, year ends and times before the epoch", () => {
    expect(instantText(new Date("2024-02-29T23:59:59.999Z"))).toBe("2024-02-29 23:59:59+00");
    expect(instantText(new Date("2100-03-01T00:00:00Z"))).toBe("2100-03-01 00:00:00+00");
    expect(instantText(new Date("1969-12-31T16:59:00Z"))).toBe("1969-12-31 16:59:00+00");
    expect(instantText(new Date("2023-12-31T17:00:00Z"))).toBe("2023-12-31 17:00:00+00");
  });

  it("writes the QĐ 766 facts as t, f or \\N after the base columns", () => {
    const line = caseLine({
      code: "HS2",
      unitId: 7,
      procedureCode: null,
      procedureField: null,
      channel: 1,
      receivedAt: new Date("2023-01-02T01:00:00Z"),
      dueAt: new Date("2023-01-05T10:00:00Z"),
      finishedAt: null,
      returnedAt: null,
      status: "dang_xu_ly",
      supplementCount: 0,
      supplementWaitDays: 0,
      apologyLetterAt: null,
      dossierDigitised: true,
      resultDigitised: false,
      reusedData: null,
      paidOnline: true,
      syncedToNational: false,
    });
    expect(line.endsWith("\t\\N\tt\tf\t\\N\tt\tf\n")).toBe(true);
  });
});

describe("caseLine", () => {
  it("escapes text for COPY and writes null as \\N", () => {
    const line = caseLine({
      code: "HS\t1\\a",
      unitId: 7,
      procedureCode: null,
      procedureField: "Đất đai\nmới",
      channel: 2,
      receivedAt: new Date("2023-01-02T01:00:00Z"),
      dueAt: new Date("2023-01-05T10:00:00Z"),
      finishedAt: null,
      returnedAt: null,
      status: "dang_xu_ly",
      supplementCount: 0,
      supplementWaitDays: 3,
      apologyLetterAt: null,
    });
    expect(line).toBe(
      "HS\\t1\\\\a\t7\t\\N\tĐất đai\\nmới\t2\t2023-01-02 01:00:00+00\t2023-01-05 10:00:00+00\t\\N\t\\N\tdang_xu_ly\t0\t3\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\n",
    );
  });

  it("writes the QĐ 766 facts as t, f or \\N after the base columns", () => {
    const line = caseLine({
      code: "HS2",
      unitId: 7,
      procedureCode: null,
      procedureField: null,
      channel: 1,
      receivedAt: new Date("2023-01-02T01:00:00Z"),
      dueAt: new Date("2023-01-05T10:00:00Z"),
      finishedAt: null,
      returnedAt: null,
      status: "dang_xu_ly",
      supplementCount: 0,
      supplementWaitDays: 0,
      apologyLetterAt: null,
      dossierDigitised: true,
      resultDigitised: false,
      reusedData: null,
      paidOnline: true,
      syncedToNational: false,
    });
    expect(line.endsWith("\t\\N\tt\tf\t\\N\tt\tf\n")).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { parseVnDate, vnDayNumber } from "./dates";
import { apologyInTime, classifyFinished, classifyOpen } from "./classify";

const d = (s: string) => parseVnDate(s)!;
const c = (
  due: string,
  finished: string | null,
  over: Partial<{ supplementCount: number; supplementWaitDays: number; apology: string }> = {},
) => ({
  dueAt: d(due),
  finishedAt: finished ? d(finished) : null,
  supplementCount: over.supplementCount ?? 0,
  supplementWaitDays: over.supplementWaitDays ?? 0,
  apologyLetterAt: over.apology ? d(over.apology) : null,
  status: "da_xu_ly" as const,
});

describe("classifyFinished", () => {
  it.each([
    ["finished one day early", c("2023-03-10", "2023-03-09T16:00"), "early"],
    ["finished on the due day, later in the day", c("2023-03-10T08:00", "2023-03-10T17:30"), "onTime"],
    ["finished on the due day at 23:59", c("2023-03-10", "2023-03-10T23:59"), "onTime"],
    ["finished the day after", c("2023-03-10T17:00", "2023-03-11T07:00"), "late"],
    ["one supplement, finished on time", c("2023-03-10", "2023-03-10", { supplementCount: 1 }), "onTime"],
    [
      "two supplements count as late even when early",
      c("2023-03-10", "2023-03-01", { supplementCount: 2 }),
      "late",
    ],
    [
      "wait days extend the due date",
      c("2023-03-10", "2023-03-13", { supplementCount: 1, supplementWaitDays: 3 }),
      "onTime",
    ],
    [
      "wait days: one day beyond the extension is late",
      c("2023-03-10", "2023-03-14", { supplementWaitDays: 3 }),
      "late",
    ],
    [
      "wait days: before the extended due day is early",
      c("2023-03-10", "2023-03-12", { supplementWaitDays: 3 }),
      "early",
    ],
  ])("%s", (_n, kase, outcome) => expect(classifyFinished(kase)).toBe(outcome));

  it("is null for an open case", () => expect(classifyFinished(c("2023-03-10", null))).toBeNull());
});

describe("classifyOpen at the end of a period", () => {
  const end = vnDayNumber(d("2023-12-31"));
  it.each([
    ["due after the period end", c("2024-01-05", null), "inTime"],
    ["due on the last day", c("2023-12-31T08:00", null), "inTime"],
    ["due the day before", c("2023-12-30", null), "overdue"],
    ["wait days carry it past the end", c("2023-12-29", null, { supplementWaitDays: 2 }), "inTime"],
  ])("%s", (_n, kase, outcome) => expect(classifyOpen(kase, end)).toBe(outcome));
});

describe("apologyInTime", () => {
  it.each([
    ["two days before due", c("2023-03-10", "2023-03-12", { apology: "2023-03-08" }), true],
    ["one day before due", c("2023-03-10", "2023-03-12", { apology: "2023-03-09T22:00" }), true],
    ["on the due day", c("2023-03-10", "2023-03-12", { apology: "2023-03-10T07:00" }), false],
    ["after the due day", c("2023-03-10", "2023-03-12", { apology: "2023-03-11" }), false],
    ["no letter", c("2023-03-10", "2023-03-12"), false],
  ])("%s", (_n, kase, inTime) => expect(apologyInTime(kase)).toBe(inTime));
});

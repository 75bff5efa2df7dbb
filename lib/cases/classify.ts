// The classification rules of domain/README.md "Case processing", as a reference for the SQL in
// lib/queries/cases/ (tests compare the two). Everything is compared by Vietnam calendar day:
// early = finished on a day before the (extended) due day; on time = on the due day; late = after it,
// or more than one supplement request (QĐ 766). Open at a period end: in time if due ≥ that day.
import { vnDayNumber } from "./dates";
import type { CaseInput } from "./case-row";

export type Outcome = "early" | "onTime" | "late";
type Facts = Pick<
  CaseInput,
  "dueAt" | "finishedAt" | "supplementCount" | "supplementWaitDays" | "apologyLetterAt" | "status"
>;

/** The due day (days since epoch, Vietnam calendar) after adding the days waited for supplements. */
export function effectiveDueDay(c: Pick<CaseInput, "dueAt" | "supplementWaitDays">): number {
  return vnDayNumber(c.dueAt) + c.supplementWaitDays;
}

export function countsInRates(c: Pick<CaseInput, "status">): boolean {
  return c.status === "dang_xu_ly" || c.status === "da_xu_ly";
}

/** Outcome of a finished case; null when it is not finished. */
export function classifyFinished(c: Facts): Outcome | null {
  if (!c.finishedAt) return null;
  if (c.supplementCount > 1) return "late";
  const fin = vnDayNumber(c.finishedAt);
  const due = effectiveDueDay(c);
  return fin < due ? "early" : fin === due ? "onTime" : "late";
}

/** A case open at the end of the period whose last day is `periodLastDay`: "inTime" or "overdue". */
export function classifyOpen(c: Facts, periodLastDay: number): "inTime" | "overdue" {
  return effectiveDueDay(c) >= periodLastDay ? "inTime" : "overdue";
}

/** An apology letter is in time when sent at least one day before the (extended) due day. */
export function apologyInTime(c: Facts): boolean {
  return c.apologyLetterAt !== null && vnDayNumber(c.apologyLetterAt) <= effectiveDueDay(c) - 1;
}

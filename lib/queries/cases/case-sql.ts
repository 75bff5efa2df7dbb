// SQL fragments shared by the case queries; the same rules as lib/cases/classify.ts (tests compare
// them). Days are Vietnam calendar days; r is "CaseRecord", u is "Unit".
// A fixed offset (Vietnam has no daylight saving) is several times faster than a zone name and,
// unlike a cast of timestamptz to date, does not depend on the session's TimeZone.
export const vnDay = (column: string) => `(${column} at time zone interval '+07:00')::date`;
/** due day extended by the days waited for the citizen's supplement */
export const DUE_DAY = `(${vnDay(`r."dueAt"`)} + r."supplementWaitDays")`;
export const FIN_DAY = vnDay(`r."finishedAt"`);
/** -1 early, 0 on time, 1 late (more than one supplement request is late) */
export const OUTCOME = `(case when r."supplementCount" > 1 then 1 else sign(${FIN_DAY} - ${DUE_DAY})::int end)`;
export const LETTER_IN_TIME = `(r."apologyLetterAt" is not null and ${vnDay(`r."apologyLetterAt"`)} <= ${DUE_DAY} - 1)`;
/** returned/withdrawn and stopped cases are left out of every rate */
export const COUNTED = `r.status in ('dang_xu_ly', 'da_xu_ly')`;

/**
 * Everything the figures need about one case in a period [start, end) whose last day is lastDay,
 * packed in one small integer so that a year of cases is grouped on a single key (much cheaper than
 * eleven filtered aggregates over every row). Rows are those received before `end` and not
 * finished before `start`: finished in the period (bit 0), otherwise open at its end. Every row is
 * also a case received for the period: carried over from before `periodStart` (bit 7, `periodStart`
 * defaults to `start`) or new, by channel (bit 4 online, bit 8 postal, neither: in person).
 *   bit 0 finished in the period · bits 1–2 outcome + 1 (0 early, 1 on time, 2 late) ·
 *   bit 3 due on or after the last day · bit 4 online · bit 5 apology letter · bit 6 letter in time ·
 *   bit 7 received before the period · bit 8 postal
 */
export const caseFlags = (start: string, end: string, lastDay: string, periodStart = start) => `(
  coalesce(r."finishedAt" >= ${start} and r."finishedAt" < ${end}, false)::int
  | (coalesce(case when r."supplementCount" > 1 then 2 when ${FIN_DAY} < ${DUE_DAY} then 0 when ${FIN_DAY} = ${DUE_DAY} then 1 else 2 end, 1) << 1)
  | ((${DUE_DAY} >= ${lastDay})::int << 3)
  | ((r.channel = 2)::int << 4)
  | ((r."apologyLetterAt" is not null)::int << 5)
  | (coalesce(${LETTER_IN_TIME}, false)::int << 6)
  | ((r."receivedAt" < ${periodStart})::int << 7)
  | ((r.channel = 3)::int << 8))`;

/** Where clause of the rows caseFlags describes. */
export const inPeriod = (start: string, end: string) =>
  `${COUNTED} and r."receivedAt" < ${end} and (r."finishedAt" is null or r."finishedAt" >= ${start})`;

/** The figures, summed over rows (flags, n) grouped by caseFlags. */
export const FIGURES = `
  coalesce(sum(n) filter (where flags & 1 = 1), 0)::int as finished,
  coalesce(sum(n) filter (where flags & 7 = 1), 0)::int as early,
  coalesce(sum(n) filter (where flags & 7 = 3), 0)::int as "onTime",
  coalesce(sum(n) filter (where flags & 7 = 5), 0)::int as late,
  round(coalesce(sum(n) filter (where flags & 7 in (1, 3)), 0) * 100.0 / nullif(sum(n) filter (where flags & 1 = 1), 0), 2)::float8 as "onTimeRate",
  coalesce(sum(n) filter (where flags & 1 = 0), 0)::int as open,
  coalesce(sum(n) filter (where flags & 9 = 8), 0)::int as "openInTime",
  coalesce(sum(n) filter (where flags & 9 = 0), 0)::int as overdue,
  coalesce(sum(n) filter (where flags & 17 = 17), 0)::int as online,
  coalesce(sum(n) filter (where flags & 39 = 37), 0)::int as "apologyLetters",
  coalesce(sum(n) filter (where flags & 71 = 69), 0)::int as "apologyLettersInTime",
  coalesce(sum(n), 0)::int as received,
  coalesce(sum(n) filter (where flags & 128 = 128), 0)::int as "carriedOver",
  coalesce(sum(n) filter (where flags & 128 = 0), 0)::int as "receivedNew",
  coalesce(sum(n) filter (where flags & 144 = 16), 0)::int as "receivedOnline",
  coalesce(sum(n) filter (where flags & 400 = 0), 0)::int as "receivedInPerson",
  coalesce(sum(n) filter (where flags & 384 = 256), 0)::int as "receivedPostal"`;

export type CaseFigures = {
  finished: number;
  early: number;
  onTime: number;
  late: number;
  onTimeRate: number | null;
  open: number;
  openInTime: number;
  overdue: number;
  online: number;
  apologyLetters: number;
  apologyLettersInTime: number;
  /** received for the period = carriedOver + receivedNew = finished + open; new ones by channel */
  received: number;
  carriedOver: number;
  receivedNew: number;
  receivedOnline: number;
  receivedInPerson: number;
  receivedPostal: number;
};

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

/** Aggregates over rows with boolean `fin`, `open`, `o` (outcome), `dueAfterEnd`, `online`, `letter`, `letterInTime`. */
export const FIGURES = `
  (count(*) filter (where fin))::int as finished,
  (count(*) filter (where fin and o < 0))::int as early,
  (count(*) filter (where fin and o = 0))::int as "onTime",
  (count(*) filter (where fin and o > 0))::int as late,
  round((count(*) filter (where fin and o <= 0)) * 100.0 / nullif(count(*) filter (where fin), 0), 2)::float8 as "onTimeRate",
  (count(*) filter (where open))::int as open,
  (count(*) filter (where open and "dueAfterEnd"))::int as "openInTime",
  (count(*) filter (where open and not "dueAfterEnd"))::int as overdue,
  (count(*) filter (where fin and online))::int as online,
  (count(*) filter (where fin and o > 0 and letter))::int as "apologyLetters",
  (count(*) filter (where fin and o > 0 and "letterInTime"))::int as "apologyLettersInTime"`;

/**
 * Per case, the Vietnam days each rule needs, computed once: select from
 * `(select ${CASE_DAYS} from "CaseRecord" r … offset 0) b` (offset 0 keeps the subquery from being
 * flattened, which would compute each day again wherever it is used).
 */
export const CASE_DAYS = `r."receivedAt", r."finishedAt", r.channel, r."supplementCount", r."apologyLetterAt",
  ${FIN_DAY} as fday, ${DUE_DAY} as dday, ${vnDay(`r."apologyLetterAt"`)} as lday`;

/** The columns FIGURES needs, over `b` (CASE_DAYS), for a period [start, end) whose last day is lastDay. */
export const periodColumns = (start: string, end: string, lastDay: string) => `
  (b."finishedAt" >= ${start} and b."finishedAt" < ${end}) as fin,
  (b."finishedAt" is null or b."finishedAt" >= ${end}) as open,
  (case when b."supplementCount" > 1 then 1 else sign(b.fday - b.dday)::int end) as o,
  b.dday >= ${lastDay} as "dueAfterEnd",
  b.channel = 2 as online,
  b."apologyLetterAt" is not null as letter,
  coalesce(b.lday <= b.dday - 1, false) as "letterInTime"`;

export type CaseFigures = {
  finished: number; early: number; onTime: number; late: number; onTimeRate: number | null;
  open: number; openInTime: number; overdue: number; online: number; apologyLetters: number; apologyLettersInTime: number;
};

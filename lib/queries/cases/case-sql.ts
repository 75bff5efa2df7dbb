// SQL fragments shared by the case queries; the same rules as lib/cases/classify.ts (tests compare
// them). Days are Vietnam calendar days; r is "CaseRecord", u is "Unit".
export const vnDay = (column: string) => `(${column} at time zone 'Asia/Ho_Chi_Minh')::date`;
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

/** The columns FIGURES needs, for a period [$start, $end) whose last day is $lastDay. */
export const periodColumns = (start: string, end: string, lastDay: string) => `
  (r."finishedAt" >= ${start} and r."finishedAt" < ${end}) as fin,
  (r."finishedAt" is null or r."finishedAt" >= ${end}) as open,
  ${OUTCOME} as o,
  ${DUE_DAY} >= ${lastDay} as "dueAfterEnd",
  r.channel = 2 as online,
  r."apologyLetterAt" is not null as letter,
  ${LETTER_IN_TIME} as "letterInTime"`;

export type CaseFigures = {
  finished: number; early: number; onTime: number; late: number; onTimeRate: number | null;
  open: number; openInTime: number; overdue: number; online: number; apologyLetters: number; apologyLettersInTime: number;
};

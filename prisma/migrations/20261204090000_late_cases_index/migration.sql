-- The late-case list (lib/queries/cases/late-cases.ts) reads a year's late cases newest first. Along
-- the "finishedAt" index it skipped the ~95 % finished early or on time, reading the table page by
-- page (32 ms a page at 7,5 million cases, under 10 users the slowest page of the dashboard). This
-- index holds only late cases, in the list's order; its predicate is the list's own condition
-- (COUNTED and OUTCOME > 0 of lib/queries/cases/case-sql.ts), so the planner uses it: 2 ms.
CREATE INDEX "CaseRecord_late_finishedAt_idx" ON "CaseRecord" ("finishedAt" DESC, code)
  WHERE status IN ('dang_xu_ly', 'da_xu_ly')
    AND (CASE WHEN "supplementCount" > 1 THEN 1
              ELSE sign((("finishedAt" AT TIME ZONE interval '+07:00')::date
                         - (("dueAt" AT TIME ZONE interval '+07:00')::date + "supplementWaitDays")))::int END) > 0;

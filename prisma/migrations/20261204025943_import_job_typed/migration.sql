-- ImportJob typed (issue 15): the status is an enum, and the result, the error count and the
-- message leave the errors column, which keeps only the refused rows. Existing jobs keep what
-- they held.
CREATE TYPE "ImportJobStatus" AS ENUM ('running', 'merging', 'done', 'failed', 'error');

ALTER TABLE "ImportJob"
  ADD COLUMN "errorCount" INTEGER NOT NULL DEFAULT 0,
  ADD COLUMN "message" TEXT,
  ADD COLUMN "result" JSONB;

UPDATE "ImportJob" SET
  "errorCount" = coalesce(("errors"->>'count')::int, 0),
  "message" = "errors"->>'message',
  "result" = "errors"->'result',
  "errors" = "errors"->'rows'
WHERE "errors" IS NOT NULL AND jsonb_typeof("errors") = 'object';

UPDATE "ImportJob" SET "status" = 'error' WHERE "status" NOT IN ('running', 'merging', 'done', 'failed', 'error');
ALTER TABLE "ImportJob" ALTER COLUMN "status" TYPE "ImportJobStatus" USING "status"::"ImportJobStatus";

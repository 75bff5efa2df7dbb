-- Procedures catalogue by year (issue 12, item 3). A catalogue imported before years existed is
-- given the current year (Vietnam time): as the only catalogue of its units it stays in force for
-- every year (lib/queries/procedures/online-share.ts), so existing criteria sets keep their figures.

-- DropIndex
DROP INDEX "Procedure_unitId_code_key";

-- AlterTable
ALTER TABLE "Procedure" ADD COLUMN     "year" INTEGER;
UPDATE "Procedure" SET "year" = extract(year from now() at time zone 'Asia/Ho_Chi_Minh')::int;
ALTER TABLE "Procedure" ALTER COLUMN "year" SET NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "Procedure_unitId_year_code_key" ON "Procedure"("unitId", "year", "code");

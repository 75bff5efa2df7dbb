-- CreateEnum
CREATE TYPE "FindingKind" AS ENUM ('FINDING', 'DIRECTIVE');

-- AlterTable
ALTER TABLE "Finding" ADD COLUMN     "addressedUnitId" INTEGER,
ADD COLUMN     "documentDate" DATE,
ADD COLUMN     "documentNumber" TEXT,
ADD COLUMN     "kind" "FindingKind" NOT NULL DEFAULT 'FINDING';

-- AddForeignKey
ALTER TABLE "Finding" ADD CONSTRAINT "Finding_addressedUnitId_fkey" FOREIGN KEY ("addressedUnitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;


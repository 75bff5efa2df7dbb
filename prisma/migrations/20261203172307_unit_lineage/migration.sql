-- CreateEnum
CREATE TYPE "LineageKind" AS ENUM ('sap_nhap', 'chia_tach', 'doi_ten', 'dieu_chinh');

-- AlterTable
ALTER TABLE "EvaluationRound" ADD COLUMN     "imported" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "referenceDate" DATE;

-- AlterTable
ALTER TABLE "RemediationItem" ADD COLUMN     "carriedFromUnitId" INTEGER;

-- CreateTable
CREATE TABLE "UnitLineage" (
    "id" SERIAL NOT NULL,
    "fromUnitId" INTEGER NOT NULL,
    "toUnitId" INTEGER NOT NULL,
    "effectiveDate" DATE NOT NULL,
    "kind" "LineageKind" NOT NULL,
    "share" DECIMAL(5,4),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UnitLineage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "UnitLineage_toUnitId_idx" ON "UnitLineage"("toUnitId");

-- CreateIndex
CREATE UNIQUE INDEX "UnitLineage_fromUnitId_toUnitId_key" ON "UnitLineage"("fromUnitId", "toUnitId");

-- AddForeignKey
ALTER TABLE "UnitLineage" ADD CONSTRAINT "UnitLineage_fromUnitId_fkey" FOREIGN KEY ("fromUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitLineage" ADD CONSTRAINT "UnitLineage_toUnitId_fkey" FOREIGN KEY ("toUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- AlterTable
ALTER TABLE "CaseRecord" ADD COLUMN     "dossierDigitised" BOOLEAN,
ADD COLUMN     "paidOnline" BOOLEAN,
ADD COLUMN     "resultDigitised" BOOLEAN,
ADD COLUMN     "reusedData" BOOLEAN,
ADD COLUMN     "syncedToNational" BOOLEAN;

-- CreateTable
CREATE TABLE "Qd766Score" (
    "id" SERIAL NOT NULL,
    "unitId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "month" SMALLINT NOT NULL DEFAULT 0,
    "transparency" DECIMAL(5,2) NOT NULL,
    "progress" DECIMAL(5,2) NOT NULL,
    "online" DECIMAL(5,2) NOT NULL,
    "digitisation" DECIMAL(5,2) NOT NULL,
    "satisfaction" DECIMAL(5,2) NOT NULL,
    "total" DECIMAL(5,2) NOT NULL,
    "rank" INTEGER,
    "outOf" INTEGER,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Qd766Score_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NationalResult" (
    "id" SERIAL NOT NULL,
    "index" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "month" SMALLINT NOT NULL DEFAULT 0,
    "score" DECIMAL(6,2) NOT NULL,
    "rank" INTEGER,
    "outOf" INTEGER,
    "source" TEXT NOT NULL,
    "updatedById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NationalResult_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NationalFieldResult" (
    "id" SERIAL NOT NULL,
    "resultId" INTEGER NOT NULL,
    "fieldCode" TEXT NOT NULL,
    "score" DECIMAL(6,2) NOT NULL,
    "max" DECIMAL(6,2) NOT NULL,

    CONSTRAINT "NationalFieldResult_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NationalFieldLead" (
    "index" TEXT NOT NULL,
    "fieldCode" TEXT NOT NULL,
    "unitId" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NationalFieldLead_pkey" PRIMARY KEY ("index","fieldCode")
);

-- CreateIndex
CREATE UNIQUE INDEX "Qd766Score_unitId_year_month_key" ON "Qd766Score"("unitId", "year", "month");

-- CreateIndex
CREATE UNIQUE INDEX "NationalResult_index_year_month_key" ON "NationalResult"("index", "year", "month");

-- CreateIndex
CREATE UNIQUE INDEX "NationalFieldResult_resultId_fieldCode_key" ON "NationalFieldResult"("resultId", "fieldCode");

-- CreateIndex
CREATE INDEX "NationalFieldLead_unitId_idx" ON "NationalFieldLead"("unitId");

-- AddForeignKey
ALTER TABLE "Qd766Score" ADD CONSTRAINT "Qd766Score_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NationalFieldResult" ADD CONSTRAINT "NationalFieldResult_resultId_fkey" FOREIGN KEY ("resultId") REFERENCES "NationalResult"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NationalFieldLead" ADD CONSTRAINT "NationalFieldLead_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


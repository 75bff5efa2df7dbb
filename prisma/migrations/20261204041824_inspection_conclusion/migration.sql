-- AlterTable
ALTER TABLE "Inspection" ADD COLUMN     "conclusionDate" DATE,
ADD COLUMN     "conclusionNumber" TEXT,
ADD COLUMN     "rating" TEXT;


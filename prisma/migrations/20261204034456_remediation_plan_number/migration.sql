-- AlterTable
ALTER TABLE "RemediationPlan" ADD COLUMN     "issuedAt" DATE,
ADD COLUMN     "number" TEXT;


-- AlterEnum
ALTER TYPE "ImportJobStatus" ADD VALUE 'queued';

-- AlterTable
ALTER TABLE "ImportJob" ADD COLUMN     "attempts" INTEGER NOT NULL DEFAULT 0;


-- AlterTable
ALTER TABLE "ImportJob" ADD COLUMN     "filePath" TEXT,
ADD COLUMN     "heartbeatAt" TIMESTAMP(3);


-- AlterTable
ALTER TABLE "Feedback" ADD COLUMN     "channel" SMALLINT;


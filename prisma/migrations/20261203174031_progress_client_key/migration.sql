-- AlterTable
ALTER TABLE "RemediationUpdate" ADD COLUMN     "clientKey" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "RemediationUpdate_itemId_clientKey_key" ON "RemediationUpdate"("itemId", "clientKey");


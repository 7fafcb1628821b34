ALTER TABLE "governance_whistles" ADD COLUMN "RespondingUnitId" TEXT NULL;

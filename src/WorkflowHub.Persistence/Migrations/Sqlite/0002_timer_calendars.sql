-- Schema version 2: the working-time calendar a timer was counted on, and calendars edited through the API.
ALTER TABLE "workflow_timers" ADD COLUMN "Calendar" TEXT NULL;

CREATE TABLE "workflow_calendars" (
    "Name" TEXT NOT NULL CONSTRAINT "PK_workflow_calendars" PRIMARY KEY,
    "Json" TEXT NOT NULL,
    "UpdatedAt" INTEGER NOT NULL,
    "UpdatedBy" TEXT NULL
);

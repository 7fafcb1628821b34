-- Schema version 2: the working-time calendar a timer was counted on, and calendars edited through the API.
ALTER TABLE workflow_timers ADD "Calendar" character varying(100) COLLATE "C";

CREATE TABLE workflow_calendars (
    "Name" character varying(100) COLLATE "C" NOT NULL,
    "Json" text COLLATE "C" NOT NULL,
    "UpdatedAt" bigint NOT NULL,
    "UpdatedBy" character varying(200) COLLATE "C",
    CONSTRAINT "PK_workflow_calendars" PRIMARY KEY ("Name")
);

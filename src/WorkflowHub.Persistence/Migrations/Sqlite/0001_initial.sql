-- Schema version 1: the engine's tables (definitions, instances, bookmarks, tasks, timers, journal, outbox, incidents).
-- Written from the EF model; the schema test compares the result with the model.

CREATE TABLE "workflow_bookmarks" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_workflow_bookmarks" PRIMARY KEY,
    "InstanceId" TEXT NOT NULL,
    "ActivityId" TEXT NOT NULL,
    "ExecutionId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Tag" TEXT NOT NULL,
    "SignalName" TEXT NULL,
    "CorrelationKey" TEXT NULL,
    "ChildInstanceId" TEXT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "ConsumedAt" INTEGER NULL,
    "ConsumedHow" TEXT NULL
);

CREATE TABLE "workflow_definitions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_workflow_definitions" PRIMARY KEY,
    "DefinitionId" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Json" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "PublishedAt" INTEGER NULL,
    "PublishedBy" TEXT NULL
);

CREATE TABLE "workflow_incidents" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_workflow_incidents" PRIMARY KEY,
    "InstanceId" TEXT NOT NULL,
    "ActivityId" TEXT NOT NULL,
    "ErrorType" TEXT NOT NULL,
    "Message" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "ResolvedAt" INTEGER NULL,
    "RetryCount" INTEGER NOT NULL
);

CREATE TABLE "workflow_instances" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_workflow_instances" PRIMARY KEY,
    "DefinitionId" TEXT NOT NULL,
    "DefinitionVersion" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "BusinessStatus" TEXT NULL,
    "BusinessStatusNote" TEXT NULL,
    "BusinessKey" TEXT NULL,
    "StartRequestId" TEXT NULL,
    "ParentInstanceId" TEXT NULL,
    "VariablesJson" TEXT NOT NULL,
    "InputJson" TEXT NOT NULL,
    "StateJson" TEXT NOT NULL,
    "StartedBy" TEXT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "UpdatedAt" INTEGER NOT NULL,
    "FinishedAt" INTEGER NULL,
    "JournalSequence" INTEGER NOT NULL,
    "Revision" INTEGER NOT NULL
);

CREATE TABLE "workflow_journal" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_workflow_journal" PRIMARY KEY AUTOINCREMENT,
    "InstanceId" TEXT NOT NULL,
    "Sequence" INTEGER NOT NULL,
    "ActivityId" TEXT NULL,
    "ActivityType" TEXT NULL,
    "Event" TEXT NOT NULL,
    "Outcome" TEXT NULL,
    "Actor" TEXT NULL,
    "At" INTEGER NOT NULL,
    "Data" TEXT NULL
);

CREATE TABLE "workflow_outbox" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_workflow_outbox" PRIMARY KEY,
    "InstanceId" TEXT NOT NULL,
    "ActivityId" TEXT NOT NULL,
    "Channel" TEXT NOT NULL,
    "Recipient" TEXT NOT NULL,
    "Subject" TEXT NULL,
    "Body" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "SentAt" INTEGER NULL
);

CREATE TABLE "workflow_tasks" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_workflow_tasks" PRIMARY KEY,
    "InstanceId" TEXT NOT NULL,
    "BookmarkId" TEXT NOT NULL,
    "ActivityId" TEXT NOT NULL,
    "DefinitionId" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "AssigneeRole" TEXT NOT NULL,
    "OrgUnitId" TEXT NULL,
    "OutcomesJson" TEXT NOT NULL,
    "FormFieldsJson" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "ClaimedBy" TEXT NULL,
    "CompletedBy" TEXT NULL,
    "Outcome" TEXT NULL,
    "ResultJson" TEXT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "DueAt" INTEGER NULL,
    "FinishedAt" INTEGER NULL
);

CREATE TABLE "workflow_timers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_workflow_timers" PRIMARY KEY,
    "InstanceId" TEXT NOT NULL,
    "BookmarkId" TEXT NOT NULL,
    "ActivityId" TEXT NOT NULL,
    "Purpose" TEXT NOT NULL,
    "DueAt" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "FiredAt" INTEGER NULL
);
CREATE INDEX "IX_workflow_bookmarks_InstanceId_ConsumedAt" ON "workflow_bookmarks" ("InstanceId", "ConsumedAt");
CREATE INDEX "IX_workflow_bookmarks_SignalName_CorrelationKey_ConsumedAt" ON "workflow_bookmarks" ("SignalName", "CorrelationKey", "ConsumedAt");
CREATE UNIQUE INDEX "IX_workflow_definitions_DefinitionId_Version" ON "workflow_definitions" ("DefinitionId", "Version");
CREATE INDEX "IX_workflow_incidents_InstanceId_ResolvedAt" ON "workflow_incidents" ("InstanceId", "ResolvedAt");
CREATE INDEX "IX_workflow_instances_BusinessKey" ON "workflow_instances" ("BusinessKey");
CREATE INDEX "IX_workflow_instances_DefinitionId_Status" ON "workflow_instances" ("DefinitionId", "Status");
CREATE INDEX "IX_workflow_instances_ParentInstanceId" ON "workflow_instances" ("ParentInstanceId");
CREATE UNIQUE INDEX "IX_workflow_instances_StartRequestId" ON "workflow_instances" ("StartRequestId");
CREATE UNIQUE INDEX "IX_workflow_journal_InstanceId_Sequence" ON "workflow_journal" ("InstanceId", "Sequence");
CREATE INDEX "IX_workflow_outbox_InstanceId" ON "workflow_outbox" ("InstanceId");
CREATE INDEX "IX_workflow_outbox_SentAt" ON "workflow_outbox" ("SentAt");
CREATE INDEX "IX_workflow_tasks_AssigneeRole_OrgUnitId_Status" ON "workflow_tasks" ("AssigneeRole", "OrgUnitId", "Status");
CREATE UNIQUE INDEX "IX_workflow_tasks_BookmarkId" ON "workflow_tasks" ("BookmarkId");
CREATE INDEX "IX_workflow_tasks_InstanceId_Status" ON "workflow_tasks" ("InstanceId", "Status");
CREATE UNIQUE INDEX "IX_workflow_timers_BookmarkId" ON "workflow_timers" ("BookmarkId");
CREATE INDEX "IX_workflow_timers_InstanceId_Status" ON "workflow_timers" ("InstanceId", "Status");
CREATE INDEX "IX_workflow_timers_Status_DueAt" ON "workflow_timers" ("Status", "DueAt");

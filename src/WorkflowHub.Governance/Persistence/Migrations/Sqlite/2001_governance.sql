-- The governance domain: the grid tree, people and roles, requests with their reporters and timelines, whistles, pledges.

CREATE TABLE "governance_org_units" (
     "Id" TEXT NOT NULL CONSTRAINT "PK_governance_org_units" PRIMARY KEY,
     "ParentId" TEXT NULL,
     "Kind" TEXT NOT NULL,
     "Name" TEXT NOT NULL,
     "Path" TEXT NOT NULL,
     "Depth" INTEGER NOT NULL,
     "Latitude" REAL NULL,
     "Longitude" REAL NULL,
     "Calendar" TEXT NULL,
     "CreatedAt" INTEGER NOT NULL,
     "UpdatedAt" INTEGER NOT NULL
 );

CREATE TABLE "governance_people" (
     "Id" TEXT NOT NULL CONSTRAINT "PK_governance_people" PRIMARY KEY,
     "Name" TEXT NOT NULL,
     "Phone" TEXT NULL,
     "OrgUnitId" TEXT NULL,
     "PartyMember" INTEGER NOT NULL,
     "BranchId" TEXT NULL,
     "CreatedAt" INTEGER NOT NULL
 );

CREATE TABLE "governance_pledge_progress" (
     "Id" TEXT NOT NULL CONSTRAINT "PK_governance_pledge_progress" PRIMARY KEY,
     "PledgeId" TEXT NOT NULL,
     "At" INTEGER NOT NULL,
     "Note" TEXT NOT NULL,
     "EvidenceUrl" TEXT NULL,
     "Actor" TEXT NULL
 );

CREATE TABLE "governance_pledges" (
     "Id" TEXT NOT NULL CONSTRAINT "PK_governance_pledges" PRIMARY KEY,
     "MemberId" TEXT NOT NULL,
     "BranchId" TEXT NOT NULL,
     "OrgPath" TEXT NOT NULL,
     "Title" TEXT NOT NULL,
     "Source" TEXT NOT NULL,
     "Target" TEXT NOT NULL,
     "Year" INTEGER NOT NULL,
     "DueAt" INTEGER NOT NULL,
     "Status" TEXT NOT NULL,
     "ReturnCount" INTEGER NOT NULL,
     "ReturnReason" TEXT NULL,
     "CreatedAt" INTEGER NOT NULL,
     "PublishedAt" INTEGER NULL,
     "FulfilledAt" INTEGER NULL,
     "ReviewedAt" INTEGER NULL,
     "ResidentScore" REAL NULL,
     "PeerScore" REAL NULL,
     "BranchScore" REAL NULL,
     "Score" REAL NULL,
     "Flagged" INTEGER NOT NULL,
     "Explanation" TEXT NULL,
     "InstanceId" TEXT NULL,
     "UpdatedAt" INTEGER NOT NULL
 );

CREATE TABLE "governance_reporters" (
     "Id" TEXT NOT NULL CONSTRAINT "PK_governance_reporters" PRIMARY KEY,
     "Name" TEXT NOT NULL,
     "Phone" TEXT NOT NULL,
     "Address" TEXT NULL,
     "DoNotDisclose" INTEGER NOT NULL
 );

CREATE TABLE "governance_request_steps" (
     "Id" TEXT NOT NULL CONSTRAINT "PK_governance_request_steps" PRIMARY KEY,
     "RequestId" TEXT NOT NULL,
     "At" INTEGER NOT NULL,
     "Step" TEXT NOT NULL,
     "Note" TEXT NULL,
     "Public" INTEGER NOT NULL,
     "Actor" TEXT NULL
 );

CREATE TABLE "governance_role_assignments" (
     "Id" TEXT NOT NULL CONSTRAINT "PK_governance_role_assignments" PRIMARY KEY,
     "PersonId" TEXT NOT NULL,
     "Role" TEXT NOT NULL,
     "OrgUnitId" TEXT NOT NULL
 );

CREATE TABLE "governance_service_requests" (
     "Id" TEXT NOT NULL CONSTRAINT "PK_governance_service_requests" PRIMARY KEY,
     "TrackingCode" TEXT NOT NULL,
     "Title" TEXT NOT NULL,
     "Description" TEXT NOT NULL,
     "Category" TEXT NOT NULL,
     "Channel" TEXT NOT NULL,
     "OrgUnitId" TEXT NOT NULL,
     "HandlingUnitId" TEXT NULL,
     "OrgPath" TEXT NOT NULL,
     "Latitude" REAL NULL,
     "Longitude" REAL NULL,
     "Location" TEXT NULL,
     "Status" TEXT NOT NULL,
     "SubmittedAt" INTEGER NOT NULL,
     "DispatchedAt" INTEGER NULL,
     "SignForDueAt" INTEGER NULL,
     "SignedForAt" INTEGER NULL,
     "RespondedAt" INTEGER NULL,
     "DueAt" INTEGER NULL,
     "ResolvedAt" INTEGER NULL,
     "ClosedAt" INTEGER NULL,
     "Overdue" INTEGER NOT NULL,
     "EscalationLevel" TEXT NULL,
     "ReturnCount" INTEGER NOT NULL,
     "RedoCount" INTEGER NOT NULL,
     "ExtensionCount" INTEGER NOT NULL,
     "RatedResolved" INTEGER NULL,
     "Rating" TEXT NULL,
     "RatingComment" TEXT NULL,
     "RatedAt" INTEGER NULL,
     "InstanceId" TEXT NULL,
     "ReporterId" TEXT NOT NULL,
     "UpdatedAt" INTEGER NOT NULL
 );

CREATE TABLE "governance_whistles" (
     "Id" TEXT NOT NULL CONSTRAINT "PK_governance_whistles" PRIMARY KEY,
     "Title" TEXT NOT NULL,
     "Description" TEXT NULL,
     "Grade" TEXT NOT NULL,
     "Level" TEXT NOT NULL,
     "OrgUnitId" TEXT NOT NULL,
     "OrgPath" TEXT NOT NULL,
     "ServiceRequestId" TEXT NULL,
     "Automatic" INTEGER NOT NULL,
     "RaisedBy" TEXT NULL,
     "Status" TEXT NOT NULL,
     "RaisedAt" INTEGER NOT NULL,
     "ReportInDueAt" INTEGER NULL,
     "ReportedInAt" INTEGER NULL,
     "ReportedInBy" TEXT NULL,
     "Upgrades" INTEGER NOT NULL,
     "NoticedAt" INTEGER NULL,
     "ResolvedAt" INTEGER NULL,
     "Result" TEXT NULL,
     "InstanceId" TEXT NULL,
     "UpdatedAt" INTEGER NOT NULL
 );

CREATE INDEX "IX_governance_org_units_ParentId" ON "governance_org_units" ("ParentId");

CREATE UNIQUE INDEX "IX_governance_org_units_Path" ON "governance_org_units" ("Path");

CREATE INDEX "IX_governance_people_OrgUnitId" ON "governance_people" ("OrgUnitId");

CREATE INDEX "IX_governance_pledge_progress_PledgeId_At" ON "governance_pledge_progress" ("PledgeId", "At");

CREATE INDEX "IX_governance_pledges_InstanceId" ON "governance_pledges" ("InstanceId");

CREATE INDEX "IX_governance_pledges_MemberId_Year" ON "governance_pledges" ("MemberId", "Year");

CREATE INDEX "IX_governance_pledges_OrgPath_CreatedAt" ON "governance_pledges" ("OrgPath", "CreatedAt");

CREATE INDEX "IX_governance_request_steps_RequestId_At" ON "governance_request_steps" ("RequestId", "At");

CREATE INDEX "IX_governance_role_assignments_OrgUnitId_Role" ON "governance_role_assignments" ("OrgUnitId", "Role");

CREATE UNIQUE INDEX "IX_governance_role_assignments_PersonId_Role_OrgUnitId" ON "governance_role_assignments" ("PersonId", "Role", "OrgUnitId");

CREATE INDEX "IX_governance_service_requests_InstanceId" ON "governance_service_requests" ("InstanceId");

CREATE INDEX "IX_governance_service_requests_OrgPath_SubmittedAt" ON "governance_service_requests" ("OrgPath", "SubmittedAt");

CREATE UNIQUE INDEX "IX_governance_service_requests_TrackingCode" ON "governance_service_requests" ("TrackingCode");

CREATE INDEX "IX_governance_whistles_InstanceId" ON "governance_whistles" ("InstanceId");

CREATE INDEX "IX_governance_whistles_OrgPath_RaisedAt" ON "governance_whistles" ("OrgPath", "RaisedAt");

CREATE INDEX "IX_governance_whistles_ServiceRequestId" ON "governance_whistles" ("ServiceRequestId");

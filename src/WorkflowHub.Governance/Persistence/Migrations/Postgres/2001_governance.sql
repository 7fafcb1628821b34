-- The governance domain: the grid tree, people and roles, requests with their reporters and timelines, whistles, pledges.

CREATE TABLE governance_org_units (
    "Id" character varying(64) COLLATE "C" NOT NULL,
    "ParentId" character varying(64) COLLATE "C",
    "Kind" character varying(20) COLLATE "C" NOT NULL,
    "Name" character varying(200) COLLATE "C" NOT NULL,
    "Path" character varying(1000) COLLATE "C" NOT NULL,
    "Depth" integer NOT NULL,
    "Latitude" double precision,
    "Longitude" double precision,
    "Calendar" character varying(100) COLLATE "C",
    "CreatedAt" bigint NOT NULL,
    "UpdatedAt" bigint NOT NULL,
    CONSTRAINT "PK_governance_org_units" PRIMARY KEY ("Id")
);

CREATE TABLE governance_people (
    "Id" character varying(64) COLLATE "C" NOT NULL,
    "Name" character varying(200) COLLATE "C" NOT NULL,
    "Phone" character varying(40) COLLATE "C",
    "OrgUnitId" character varying(64) COLLATE "C",
    "PartyMember" boolean NOT NULL,
    "BranchId" character varying(64) COLLATE "C",
    "CreatedAt" bigint NOT NULL,
    CONSTRAINT "PK_governance_people" PRIMARY KEY ("Id")
);

CREATE TABLE governance_pledge_progress (
    "Id" uuid NOT NULL,
    "PledgeId" uuid NOT NULL,
    "At" bigint NOT NULL,
    "Note" character varying(4000) COLLATE "C" NOT NULL,
    "EvidenceUrl" character varying(1000) COLLATE "C",
    "Actor" character varying(200) COLLATE "C",
    CONSTRAINT "PK_governance_pledge_progress" PRIMARY KEY ("Id")
);

CREATE TABLE governance_pledges (
    "Id" uuid NOT NULL,
    "MemberId" character varying(64) COLLATE "C" NOT NULL,
    "BranchId" character varying(64) COLLATE "C" NOT NULL,
    "OrgPath" character varying(1000) COLLATE "C" NOT NULL,
    "Title" character varying(200) COLLATE "C" NOT NULL,
    "Source" character varying(10) COLLATE "C" NOT NULL,
    "Target" character varying(1000) COLLATE "C" NOT NULL,
    "Year" integer NOT NULL,
    "DueAt" bigint NOT NULL,
    "Status" character varying(20) COLLATE "C" NOT NULL,
    "ReturnCount" integer NOT NULL,
    "ReturnReason" character varying(2000) COLLATE "C",
    "CreatedAt" bigint NOT NULL,
    "PublishedAt" bigint,
    "FulfilledAt" bigint,
    "ReviewedAt" bigint,
    "ResidentScore" double precision,
    "PeerScore" double precision,
    "BranchScore" double precision,
    "Score" double precision,
    "Flagged" boolean NOT NULL,
    "Explanation" character varying(4000) COLLATE "C",
    "InstanceId" uuid,
    "UpdatedAt" bigint NOT NULL,
    CONSTRAINT "PK_governance_pledges" PRIMARY KEY ("Id")
);

CREATE TABLE governance_reporters (
    "Id" uuid NOT NULL,
    "Name" character varying(200) COLLATE "C" NOT NULL,
    "Phone" character varying(40) COLLATE "C" NOT NULL,
    "Address" character varying(500) COLLATE "C",
    "DoNotDisclose" boolean NOT NULL,
    CONSTRAINT "PK_governance_reporters" PRIMARY KEY ("Id")
);

CREATE TABLE governance_request_steps (
    "Id" uuid NOT NULL,
    "RequestId" uuid NOT NULL,
    "At" bigint NOT NULL,
    "Step" character varying(50) COLLATE "C" NOT NULL,
    "Note" character varying(2000) COLLATE "C",
    "Public" boolean NOT NULL,
    "Actor" character varying(200) COLLATE "C",
    CONSTRAINT "PK_governance_request_steps" PRIMARY KEY ("Id")
);

CREATE TABLE governance_role_assignments (
    "Id" uuid NOT NULL,
    "PersonId" character varying(64) COLLATE "C" NOT NULL,
    "Role" character varying(50) COLLATE "C" NOT NULL,
    "OrgUnitId" character varying(64) COLLATE "C" NOT NULL,
    CONSTRAINT "PK_governance_role_assignments" PRIMARY KEY ("Id")
);

CREATE TABLE governance_service_requests (
    "Id" uuid NOT NULL,
    "TrackingCode" character varying(32) COLLATE "C" NOT NULL,
    "Title" character varying(200) COLLATE "C" NOT NULL,
    "Description" character varying(4000) COLLATE "C" NOT NULL,
    "Category" character varying(50) COLLATE "C" NOT NULL,
    "Channel" character varying(20) COLLATE "C" NOT NULL,
    "OrgUnitId" character varying(64) COLLATE "C" NOT NULL,
    "HandlingUnitId" character varying(64) COLLATE "C",
    "OrgPath" character varying(1000) COLLATE "C" NOT NULL,
    "Latitude" double precision,
    "Longitude" double precision,
    "Location" character varying(500) COLLATE "C",
    "Status" character varying(20) COLLATE "C" NOT NULL,
    "SubmittedAt" bigint NOT NULL,
    "DispatchedAt" bigint,
    "SignForDueAt" bigint,
    "SignedForAt" bigint,
    "RespondedAt" bigint,
    "DueAt" bigint,
    "ResolvedAt" bigint,
    "ClosedAt" bigint,
    "Overdue" boolean NOT NULL,
    "EscalationLevel" character varying(20) COLLATE "C",
    "ReturnCount" integer NOT NULL,
    "RedoCount" integer NOT NULL,
    "ExtensionCount" integer NOT NULL,
    "RatedResolved" boolean,
    "Rating" character varying(30) COLLATE "C",
    "RatingComment" character varying(2000) COLLATE "C",
    "RatedAt" bigint,
    "InstanceId" uuid,
    "ReporterId" uuid NOT NULL,
    "UpdatedAt" bigint NOT NULL,
    CONSTRAINT "PK_governance_service_requests" PRIMARY KEY ("Id")
);

CREATE TABLE governance_whistles (
    "Id" uuid NOT NULL,
    "Title" character varying(200) COLLATE "C" NOT NULL,
    "Description" character varying(4000) COLLATE "C",
    "Grade" character varying(10) COLLATE "C" NOT NULL,
    "Level" character varying(20) COLLATE "C" NOT NULL,
    "OrgUnitId" character varying(64) COLLATE "C" NOT NULL,
    "OrgPath" character varying(1000) COLLATE "C" NOT NULL,
    "ServiceRequestId" uuid,
    "Automatic" boolean NOT NULL,
    "RaisedBy" character varying(200) COLLATE "C",
    "Status" character varying(20) COLLATE "C" NOT NULL,
    "RaisedAt" bigint NOT NULL,
    "ReportInDueAt" bigint,
    "ReportedInAt" bigint,
    "ReportedInBy" character varying(200) COLLATE "C",
    "Upgrades" integer NOT NULL,
    "NoticedAt" bigint,
    "ResolvedAt" bigint,
    "Result" character varying(4000) COLLATE "C",
    "InstanceId" uuid,
    "UpdatedAt" bigint NOT NULL,
    CONSTRAINT "PK_governance_whistles" PRIMARY KEY ("Id")
);

CREATE INDEX "IX_governance_org_units_ParentId" ON governance_org_units ("ParentId");

CREATE UNIQUE INDEX "IX_governance_org_units_Path" ON governance_org_units ("Path");

CREATE INDEX "IX_governance_people_OrgUnitId" ON governance_people ("OrgUnitId");

CREATE INDEX "IX_governance_pledge_progress_PledgeId_At" ON governance_pledge_progress ("PledgeId", "At");

CREATE INDEX "IX_governance_pledges_InstanceId" ON governance_pledges ("InstanceId");

CREATE INDEX "IX_governance_pledges_MemberId_Year" ON governance_pledges ("MemberId", "Year");

CREATE INDEX "IX_governance_pledges_OrgPath_CreatedAt" ON governance_pledges ("OrgPath", "CreatedAt");

CREATE INDEX "IX_governance_request_steps_RequestId_At" ON governance_request_steps ("RequestId", "At");

CREATE INDEX "IX_governance_role_assignments_OrgUnitId_Role" ON governance_role_assignments ("OrgUnitId", "Role");

CREATE UNIQUE INDEX "IX_governance_role_assignments_PersonId_Role_OrgUnitId" ON governance_role_assignments ("PersonId", "Role", "OrgUnitId");

CREATE INDEX "IX_governance_service_requests_InstanceId" ON governance_service_requests ("InstanceId");

CREATE INDEX "IX_governance_service_requests_OrgPath_SubmittedAt" ON governance_service_requests ("OrgPath", "SubmittedAt");

CREATE UNIQUE INDEX "IX_governance_service_requests_TrackingCode" ON governance_service_requests ("TrackingCode");

CREATE INDEX "IX_governance_whistles_InstanceId" ON governance_whistles ("InstanceId");

CREATE INDEX "IX_governance_whistles_OrgPath_RaisedAt" ON governance_whistles ("OrgPath", "RaisedAt");

CREATE INDEX "IX_governance_whistles_ServiceRequestId" ON governance_whistles ("ServiceRequestId");

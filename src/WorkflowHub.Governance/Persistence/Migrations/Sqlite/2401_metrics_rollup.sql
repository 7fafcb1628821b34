-- The metrics rollup: counts per subtree path and UTC day, kept current in the transaction of every change to a
-- request, whistle or pledge, so metrics over whole days sum at most one row per day. The partial first and last
-- days of a period are counted from the rows themselves, through the time-first indexes below.

CREATE TABLE "governance_metrics_days" (
     "OrgPath" TEXT NOT NULL,
     "Day" INTEGER NOT NULL,
     "Received" INTEGER NOT NULL,
     "RespondedOnTime" INTEGER NOT NULL,
     "RatedResolved" INTEGER NOT NULL,
     "ResolvedAnswered" INTEGER NOT NULL,
     "Satisfied" INTEGER NOT NULL,
     "Rated" INTEGER NOT NULL,
     "Closed" INTEGER NOT NULL,
     "Overdue" INTEGER NOT NULL,
     "WhistlesRaised" INTEGER NOT NULL,
     "PledgesMade" INTEGER NOT NULL,
     "PledgesFulfilled" INTEGER NOT NULL,
     "PledgeScoreSum" REAL NOT NULL,
     "PledgesScored" INTEGER NOT NULL,
     CONSTRAINT "PK_governance_metrics_days" PRIMARY KEY ("OrgPath", "Day")
 );

CREATE INDEX "IX_governance_service_requests_SubmittedAt_OrgPath" ON "governance_service_requests" ("SubmittedAt", "OrgPath");

CREATE INDEX "IX_governance_whistles_RaisedAt_OrgPath" ON "governance_whistles" ("RaisedAt", "OrgPath");

CREATE INDEX "IX_governance_pledges_CreatedAt_OrgPath" ON "governance_pledges" ("CreatedAt", "OrgPath");

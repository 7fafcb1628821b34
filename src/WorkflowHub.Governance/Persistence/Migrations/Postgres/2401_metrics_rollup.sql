-- The metrics rollup: counts per subtree path and UTC day, kept current in the transaction of every change to a
-- request, whistle or pledge, so metrics over whole days sum at most one row per day. The partial first and last
-- days of a period are counted from the rows themselves, through the time-first indexes below.

CREATE TABLE governance_metrics_days (
    "OrgPath" character varying(1000) COLLATE "C" NOT NULL,
    "Day" integer NOT NULL,
    "Received" bigint NOT NULL,
    "RespondedOnTime" bigint NOT NULL,
    "RatedResolved" bigint NOT NULL,
    "ResolvedAnswered" bigint NOT NULL,
    "Satisfied" bigint NOT NULL,
    "Rated" bigint NOT NULL,
    "Closed" bigint NOT NULL,
    "Overdue" bigint NOT NULL,
    "WhistlesRaised" bigint NOT NULL,
    "PledgesMade" bigint NOT NULL,
    "PledgesFulfilled" bigint NOT NULL,
    "PledgeScoreSum" double precision NOT NULL,
    "PledgesScored" bigint NOT NULL,
    CONSTRAINT "PK_governance_metrics_days" PRIMARY KEY ("OrgPath", "Day")
);

CREATE INDEX "IX_governance_pledges_CreatedAt_OrgPath" ON governance_pledges ("CreatedAt", "OrgPath");

CREATE INDEX "IX_governance_service_requests_SubmittedAt_OrgPath" ON governance_service_requests ("SubmittedAt", "OrgPath");

CREATE INDEX "IX_governance_whistles_RaisedAt_OrgPath" ON governance_whistles ("RaisedAt", "OrgPath");

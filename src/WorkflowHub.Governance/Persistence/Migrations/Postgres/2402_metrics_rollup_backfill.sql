-- Builds the metrics rollup from the requests, whistles and pledges already stored (the same definitions as the
-- rollup's upkeep): each row counts for its day in every subtree its path lies in ("/d1/s1/c1/" in "/d1/",
-- "/d1/s1/" and "/d1/s1/c1/"). Running it again rebuilds the rollup from scratch.

DELETE FROM governance_metrics_days;

INSERT INTO governance_metrics_days ("OrgPath", "Day", "Received", "RespondedOnTime", "RatedResolved", "ResolvedAnswered",
    "Satisfied", "Rated", "Closed", "Overdue", "WhistlesRaised", "PledgesMade", "PledgesFulfilled", "PledgeScoreSum", "PledgesScored")
WITH RECURSIVE
    contributions ("OrgPath", "Day", "Received", "RespondedOnTime", "RatedResolved", "ResolvedAnswered", "Satisfied", "Rated", "Closed",
                   "Overdue", "WhistlesRaised", "PledgesMade", "PledgesFulfilled", "PledgeScoreSum", "PledgesScored") AS (
        SELECT "OrgPath"::text, ("SubmittedAt" / 864000000000)::integer, 1,
               CASE WHEN "RespondedAt" IS NOT NULL AND "SignForDueAt" IS NOT NULL AND "RespondedAt" <= "SignForDueAt" THEN 1 ELSE 0 END,
               CASE WHEN "RatedResolved" THEN 1 ELSE 0 END, CASE WHEN "RatedResolved" IS NOT NULL THEN 1 ELSE 0 END,
               CASE WHEN "Rating" IN ('Satisfied', 'BasicallySatisfied') THEN 1 ELSE 0 END, CASE WHEN "Rating" IS NOT NULL THEN 1 ELSE 0 END,
               CASE WHEN "Status" = 'Closed' THEN 1 ELSE 0 END, CASE WHEN "Overdue" THEN 1 ELSE 0 END,
               0, 0, 0, 0.0::double precision, 0
        FROM governance_service_requests WHERE "Status" <> 'Cancelled'
        UNION ALL
        SELECT "OrgPath"::text, ("RaisedAt" / 864000000000)::integer, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0.0, 0
        FROM governance_whistles WHERE "Status" <> 'Cancelled'
        UNION ALL
        SELECT "OrgPath"::text, ("CreatedAt" / 864000000000)::integer, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1,
               CASE WHEN "FulfilledAt" IS NOT NULL THEN 1 ELSE 0 END, COALESCE("Score", 0.0), CASE WHEN "Score" IS NOT NULL THEN 1 ELSE 0 END
        FROM governance_pledges),
    per_path AS (
        SELECT "OrgPath", "Day", SUM("Received") AS "Received", SUM("RespondedOnTime") AS "RespondedOnTime", SUM("RatedResolved") AS "RatedResolved",
               SUM("ResolvedAnswered") AS "ResolvedAnswered", SUM("Satisfied") AS "Satisfied", SUM("Rated") AS "Rated", SUM("Closed") AS "Closed",
               SUM("Overdue") AS "Overdue", SUM("WhistlesRaised") AS "WhistlesRaised", SUM("PledgesMade") AS "PledgesMade",
               SUM("PledgesFulfilled") AS "PledgesFulfilled", SUM("PledgeScoreSum") AS "PledgeScoreSum", SUM("PledgesScored") AS "PledgesScored"
        FROM contributions GROUP BY "OrgPath", "Day"),
    subtrees ("OrgPath", "Subtree", "Rest") AS (
        SELECT DISTINCT "OrgPath", '/'::text COLLATE "C", substr("OrgPath", 2) COLLATE "C" FROM per_path
        UNION ALL
        SELECT "OrgPath", ("Subtree" || substr("Rest", 1, strpos("Rest", '/'))) COLLATE "C", substr("Rest", strpos("Rest", '/') + 1) COLLATE "C"
        FROM subtrees WHERE strpos("Rest", '/') > 0)
SELECT s."Subtree", p."Day", SUM(p."Received"), SUM(p."RespondedOnTime"), SUM(p."RatedResolved"), SUM(p."ResolvedAnswered"), SUM(p."Satisfied"),
       SUM(p."Rated"), SUM(p."Closed"), SUM(p."Overdue"), SUM(p."WhistlesRaised"), SUM(p."PledgesMade"), SUM(p."PledgesFulfilled"),
       SUM(p."PledgeScoreSum"), SUM(p."PledgesScored")
FROM per_path p JOIN subtrees s ON s."OrgPath" = p."OrgPath"
WHERE s."Subtree" <> '/'
GROUP BY s."Subtree", p."Day";

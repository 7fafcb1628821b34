-- Builds the metrics rollup from the requests, whistles and pledges already stored (the same definitions as the
-- rollup's upkeep): each row counts for its day in every subtree its path lies in ("/d1/s1/c1/" in "/d1/",
-- "/d1/s1/" and "/d1/s1/c1/"). Running it again rebuilds the rollup from scratch.

DELETE FROM "governance_metrics_days";

INSERT INTO "governance_metrics_days" ("OrgPath", "Day", "Received", "RespondedOnTime", "RatedResolved", "ResolvedAnswered",
    "Satisfied", "Rated", "Closed", "Overdue", "WhistlesRaised", "PledgesMade", "PledgesFulfilled", "PledgeScoreSum", "PledgesScored")
WITH RECURSIVE
    contributions (OrgPath, Day, Received, RespondedOnTime, RatedResolved, ResolvedAnswered, Satisfied, Rated, Closed, Overdue,
                   WhistlesRaised, PledgesMade, PledgesFulfilled, PledgeScoreSum, PledgesScored) AS (
        SELECT OrgPath, SubmittedAt / 864000000000, 1,
               RespondedAt IS NOT NULL AND SignForDueAt IS NOT NULL AND RespondedAt <= SignForDueAt,
               RatedResolved IS 1, RatedResolved IS NOT NULL,
               IFNULL(Rating IN ('Satisfied', 'BasicallySatisfied'), 0), Rating IS NOT NULL,
               Status = 'Closed', Overdue,
               0, 0, 0, 0.0, 0
        FROM governance_service_requests WHERE Status <> 'Cancelled'
        UNION ALL
        SELECT OrgPath, RaisedAt / 864000000000, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0.0, 0
        FROM governance_whistles WHERE Status <> 'Cancelled'
        UNION ALL
        SELECT OrgPath, CreatedAt / 864000000000, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, FulfilledAt IS NOT NULL, IFNULL(Score, 0.0), Score IS NOT NULL
        FROM governance_pledges),
    per_path AS (
        SELECT OrgPath, Day, SUM(Received) AS Received, SUM(RespondedOnTime) AS RespondedOnTime, SUM(RatedResolved) AS RatedResolved,
               SUM(ResolvedAnswered) AS ResolvedAnswered, SUM(Satisfied) AS Satisfied, SUM(Rated) AS Rated, SUM(Closed) AS Closed,
               SUM(Overdue) AS Overdue, SUM(WhistlesRaised) AS WhistlesRaised, SUM(PledgesMade) AS PledgesMade,
               SUM(PledgesFulfilled) AS PledgesFulfilled, SUM(PledgeScoreSum) AS PledgeScoreSum, SUM(PledgesScored) AS PledgesScored
        FROM contributions GROUP BY OrgPath, Day),
    subtrees (OrgPath, Subtree, Rest) AS (
        SELECT DISTINCT OrgPath, '/', substr(OrgPath, 2) FROM per_path
        UNION ALL
        SELECT OrgPath, Subtree || substr(Rest, 1, instr(Rest, '/')), substr(Rest, instr(Rest, '/') + 1) FROM subtrees WHERE instr(Rest, '/') > 0)
SELECT s.Subtree, p.Day, SUM(p.Received), SUM(p.RespondedOnTime), SUM(p.RatedResolved), SUM(p.ResolvedAnswered), SUM(p.Satisfied),
       SUM(p.Rated), SUM(p.Closed), SUM(p.Overdue), SUM(p.WhistlesRaised), SUM(p.PledgesMade), SUM(p.PledgesFulfilled),
       SUM(p.PledgeScoreSum), SUM(p.PledgesScored)
FROM per_path p JOIN subtrees s ON s.OrgPath = p.OrgPath
WHERE s.Subtree <> '/'
GROUP BY s.Subtree, p.Day;

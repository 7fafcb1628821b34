-- Metrics over a subtree and a period read only this index (no table rows); the overdue list of a subtree reads
-- its newest entries from the second one and fetches just the page.

CREATE INDEX "IX_governance_service_requests_metrics" ON governance_service_requests ("OrgPath", "SubmittedAt", "Status", "Overdue", "RespondedAt", "SignForDueAt", "RatedResolved", "Rating");

CREATE INDEX "IX_governance_service_requests_Overdue_OrgPath_SubmittedAt_Id" ON governance_service_requests ("Overdue", "OrgPath", "SubmittedAt", "Id");

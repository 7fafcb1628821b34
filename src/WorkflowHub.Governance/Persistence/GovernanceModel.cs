using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using WorkflowHub.Governance.Metrics.Rollup;
using WorkflowHub.Governance.OrgUnits;
using WorkflowHub.Governance.People;
using WorkflowHub.Governance.Pledges;
using WorkflowHub.Governance.ServiceRequests;
using WorkflowHub.Governance.Whistles;
using WorkflowHub.Persistence;

namespace WorkflowHub.Governance.Persistence;

/// <summary>
/// The governance tables in the one WorkflowHub DbContext, so that a domain activity's changes commit with
/// the workflow instance that made them. Enums are stored as their names, like the engine's.
/// </summary>
internal sealed class GovernanceModel : IModelContribution
{
    public IEnumerable<IInterceptor> Interceptors { get; } = [new MetricsRollupInterceptor()];

    public void Configure(ModelBuilder model)
    {
        model.Entity<OrgUnit>(e =>
        {
            e.ToTable("governance_org_units");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(64);
            e.Property(x => x.ParentId).HasMaxLength(64);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Path).HasMaxLength(1000);
            e.Property(x => x.Calendar).HasMaxLength(100);
            e.HasIndex(x => x.Path).IsUnique();
            e.HasIndex(x => x.ParentId);
        });
        model.Entity<Person>(e =>
        {
            e.ToTable("governance_people");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(64);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Phone).HasMaxLength(40);
            e.Property(x => x.OrgUnitId).HasMaxLength(64);
            e.Property(x => x.BranchId).HasMaxLength(64);
            e.HasIndex(x => x.OrgUnitId);
        });
        model.Entity<RoleAssignment>(e =>
        {
            e.ToTable("governance_role_assignments");
            e.HasKey(x => x.Id);
            e.Property(x => x.PersonId).HasMaxLength(64);
            e.Property(x => x.Role).HasMaxLength(50);
            e.Property(x => x.OrgUnitId).HasMaxLength(64);
            e.HasIndex(x => new { x.PersonId, x.Role, x.OrgUnitId }).IsUnique();
            e.HasIndex(x => new { x.OrgUnitId, x.Role });
        });
        model.Entity<ServiceRequest>(e =>
        {
            e.ToTable("governance_service_requests");
            e.HasKey(x => x.Id);
            e.Property(x => x.TrackingCode).HasMaxLength(32);
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.Description).HasMaxLength(4000);
            e.Property(x => x.Category).HasMaxLength(50);
            e.Property(x => x.Channel).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.OrgUnitId).HasMaxLength(64);
            e.Property(x => x.HandlingUnitId).HasMaxLength(64);
            e.Property(x => x.OrgPath).HasMaxLength(1000);
            e.Property(x => x.Location).HasMaxLength(500);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.EscalationLevel).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Rating).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.RatingComment).HasMaxLength(2000);
            e.HasIndex(x => x.TrackingCode).IsUnique();
            e.HasIndex(x => x.InstanceId);
            // Subtree lists and metrics: a path range, then time.
            e.HasIndex(x => new { x.OrgPath, x.SubmittedAt });
            // Metrics and the overdue list (2101): a covering index for the aggregates, and one for "subtree + overdue, newest first".
            e.HasIndex(x => new { x.OrgPath, x.SubmittedAt, x.Status, x.Overdue, x.RespondedAt, x.SignForDueAt, x.RatedResolved, x.Rating })
                .HasDatabaseName("IX_governance_service_requests_metrics");
            e.HasIndex(x => new { x.Overdue, x.OrgPath, x.SubmittedAt, x.Id });
            // The partial first and last days of a metrics period (2401): a short time range, then the subtree.
            e.HasIndex(x => new { x.SubmittedAt, x.OrgPath });
        });
        model.Entity<Reporter>(e =>
        {
            e.ToTable("governance_reporters");
            e.HasKey(x => x.Id);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Phone).HasMaxLength(40);
            e.Property(x => x.Address).HasMaxLength(500);
        });
        model.Entity<ServiceRequestStep>(e =>
        {
            e.ToTable("governance_request_steps");
            e.HasKey(x => x.Id);
            e.Property(x => x.Step).HasMaxLength(50);
            e.Property(x => x.Note).HasMaxLength(2000);
            e.Property(x => x.Actor).HasMaxLength(200);
            e.HasIndex(x => new { x.RequestId, x.At });
        });
        model.Entity<Whistle>(e =>
        {
            e.ToTable("governance_whistles");
            e.HasKey(x => x.Id);
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.Description).HasMaxLength(4000);
            e.Property(x => x.Grade).HasConversion<string>().HasMaxLength(10);
            e.Property(x => x.Level).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.OrgUnitId).HasMaxLength(64);
            e.Property(x => x.OrgPath).HasMaxLength(1000);
            e.Property(x => x.RespondingUnitId).HasMaxLength(64);
            e.Property(x => x.RaisedBy).HasMaxLength(200);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.ReportedInBy).HasMaxLength(200);
            e.Property(x => x.Result).HasMaxLength(4000);
            e.HasIndex(x => new { x.OrgPath, x.RaisedAt });
            e.HasIndex(x => new { x.RaisedAt, x.OrgPath });
            e.HasIndex(x => x.ServiceRequestId);
            e.HasIndex(x => x.InstanceId);
        });
        model.Entity<Pledge>(e =>
        {
            e.ToTable("governance_pledges");
            e.HasKey(x => x.Id);
            e.Property(x => x.MemberId).HasMaxLength(64);
            e.Property(x => x.BranchId).HasMaxLength(64);
            e.Property(x => x.OrgPath).HasMaxLength(1000);
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.Source).HasConversion<string>().HasMaxLength(10);
            e.Property(x => x.Target).HasMaxLength(1000);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.ReturnReason).HasMaxLength(2000);
            e.Property(x => x.Explanation).HasMaxLength(4000);
            e.HasIndex(x => new { x.OrgPath, x.CreatedAt });
            e.HasIndex(x => new { x.CreatedAt, x.OrgPath });
            e.HasIndex(x => new { x.MemberId, x.Year });
            e.HasIndex(x => x.InstanceId);
        });
        model.Entity<PledgeProgress>(e =>
        {
            e.ToTable("governance_pledge_progress");
            e.HasKey(x => x.Id);
            e.Property(x => x.Note).HasMaxLength(4000);
            e.Property(x => x.EvidenceUrl).HasMaxLength(1000);
            e.Property(x => x.Actor).HasMaxLength(200);
            e.HasIndex(x => new { x.PledgeId, x.At });
        });
        model.Entity<MetricsDay>(e =>
        {
            e.ToTable(MetricsRollupDeltas.Table);
            e.HasKey(x => new { x.OrgPath, x.Day });
            e.Property(x => x.OrgPath).HasMaxLength(1000);
        });
    }
}

using Microsoft.EntityFrameworkCore;
using WorkflowHub.Persistence;
using WorkflowHub.Security.Accounts;
using WorkflowHub.Security.ApiKeys;
using WorkflowHub.Security.Audit;
using WorkflowHub.Security.Residents;
using WorkflowHub.Security.Tokens;

namespace WorkflowHub.Security.Persistence;

/// <summary>The security tables in the one WorkflowHub DbContext (schema in Migrations/Sqlite/3NNN_*.sql).</summary>
internal sealed class SecurityModel : IModelContribution
{
    public void Configure(ModelBuilder model)
    {
        model.Entity<Account>(e =>
        {
            e.ToTable("security_accounts");
            e.HasKey(x => x.Id);
            e.Property(x => x.UserName).HasMaxLength(100);
            e.Property(x => x.NormalizedUserName).HasMaxLength(100);
            e.Property(x => x.PersonId).HasMaxLength(64);
            e.Property(x => x.SecurityStamp).HasMaxLength(64);
            e.Ignore(x => x.TotpEnabled);
            e.HasIndex(x => x.NormalizedUserName).IsUnique();
            e.HasIndex(x => x.PersonId);
        });
        model.Entity<ApiKey>(e =>
        {
            e.ToTable("security_api_keys");
            e.HasKey(x => x.Id);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Prefix).HasMaxLength(32);
            e.Property(x => x.PersonId).HasMaxLength(64);
            e.HasIndex(x => x.Prefix).IsUnique();
        });
        model.Entity<SigningKey>(e =>
        {
            e.ToTable("security_signing_keys");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(64);
        });
        model.Entity<ResidentAttempts>(e =>
        {
            e.ToTable("security_resident_attempts");
            e.HasKey(x => x.TrackingCode);
            e.Property(x => x.TrackingCode).HasMaxLength(32);
        });
        model.Entity<AuditEntry>(e =>
        {
            e.ToTable("security_audit_log");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.At);
            e.HasIndex(x => new { x.Entity, x.EntityId });
            e.HasIndex(x => x.ActorPersonId);
        });
    }
}

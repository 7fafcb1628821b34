using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowHub.Engine.Instances;

namespace WorkflowHub.Persistence.Configuration;

internal sealed class DefinitionRecordConfiguration : IEntityTypeConfiguration<DefinitionRecord>
{
    public void Configure(EntityTypeBuilder<DefinitionRecord> e)
    {
        e.ToTable("workflow_definitions");
        e.HasKey(x => x.Id);
        e.Property(x => x.DefinitionId).HasMaxLength(100);
        e.Property(x => x.Name).HasMaxLength(200);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.PublishedBy).HasMaxLength(200);
        e.HasIndex(x => new { x.DefinitionId, x.Version }).IsUnique();
    }
}

internal sealed class WorkflowInstanceConfiguration : IEntityTypeConfiguration<WorkflowInstance>
{
    public void Configure(EntityTypeBuilder<WorkflowInstance> e)
    {
        e.ToTable("workflow_instances");
        e.HasKey(x => x.Id);
        e.Property(x => x.DefinitionId).HasMaxLength(100);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.BusinessStatus).HasMaxLength(100);
        e.Property(x => x.BusinessKey).HasMaxLength(200);
        e.Property(x => x.StartRequestId).HasMaxLength(200);
        e.Property(x => x.StartedBy).HasMaxLength(200);
        e.Property(x => x.Revision).IsConcurrencyToken();
        e.HasIndex(x => x.StartRequestId).IsUnique();
        e.HasIndex(x => new { x.DefinitionId, x.Status });
        e.HasIndex(x => x.BusinessKey);
        e.HasIndex(x => x.ParentInstanceId);
        // Lists page newest first, by keyset: (createdAt, id) with or without a status filter.
        e.HasIndex(x => new { x.CreatedAt, x.Id });
        e.HasIndex(x => new { x.Status, x.CreatedAt, x.Id });
    }
}

internal sealed class BookmarkConfiguration : IEntityTypeConfiguration<Bookmark>
{
    public void Configure(EntityTypeBuilder<Bookmark> e)
    {
        e.ToTable("workflow_bookmarks");
        e.HasKey(x => x.Id);
        e.Property(x => x.ActivityId).HasMaxLength(100);
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Tag).HasMaxLength(50);
        e.Property(x => x.SignalName).HasMaxLength(200);
        e.Property(x => x.CorrelationKey).HasMaxLength(200);
        e.Property(x => x.ConsumedHow).HasMaxLength(20);
        e.HasIndex(x => new { x.InstanceId, x.ConsumedAt });
        e.HasIndex(x => new { x.SignalName, x.CorrelationKey, x.ConsumedAt });
    }
}

internal sealed class TaskItemConfiguration : IEntityTypeConfiguration<TaskItem>
{
    public void Configure(EntityTypeBuilder<TaskItem> e)
    {
        e.ToTable("workflow_tasks");
        e.HasKey(x => x.Id);
        e.Property(x => x.ActivityId).HasMaxLength(100);
        e.Property(x => x.DefinitionId).HasMaxLength(100);
        e.Property(x => x.Title).HasMaxLength(500);
        e.Property(x => x.AssigneeRole).HasMaxLength(100);
        e.Property(x => x.OrgUnitId).HasMaxLength(100);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.ClaimedBy).HasMaxLength(200);
        e.Property(x => x.CompletedBy).HasMaxLength(200);
        e.Property(x => x.Outcome).HasMaxLength(100);
        e.HasIndex(x => new { x.InstanceId, x.Status });
        e.HasIndex(x => new { x.AssigneeRole, x.OrgUnitId, x.Status });
        e.HasIndex(x => new { x.Status, x.CreatedAt, x.Id });
        e.HasIndex(x => x.BookmarkId).IsUnique();
    }
}

internal sealed class WorkflowTimerConfiguration : IEntityTypeConfiguration<WorkflowTimer>
{
    public void Configure(EntityTypeBuilder<WorkflowTimer> e)
    {
        e.ToTable("workflow_timers");
        e.HasKey(x => x.Id);
        e.Property(x => x.ActivityId).HasMaxLength(100);
        e.Property(x => x.Purpose).HasMaxLength(50);
        e.Property(x => x.Calendar).HasMaxLength(100);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        e.HasIndex(x => new { x.Status, x.DueAt });
        e.HasIndex(x => new { x.InstanceId, x.Status });
        e.HasIndex(x => x.BookmarkId).IsUnique();
    }
}

internal sealed class JournalEntryConfiguration : IEntityTypeConfiguration<JournalEntry>
{
    public void Configure(EntityTypeBuilder<JournalEntry> e)
    {
        e.ToTable("workflow_journal");
        e.HasKey(x => x.Id);
        e.Property(x => x.ActivityId).HasMaxLength(100);
        e.Property(x => x.ActivityType).HasMaxLength(100);
        e.Property(x => x.Event).HasMaxLength(50);
        e.Property(x => x.Outcome).HasMaxLength(200);
        e.Property(x => x.Actor).HasMaxLength(200);
        // One row per step: a step written twice would break this.
        e.HasIndex(x => new { x.InstanceId, x.Sequence }).IsUnique();
    }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> e)
    {
        e.ToTable("workflow_outbox");
        e.HasKey(x => x.Id);
        e.Property(x => x.ActivityId).HasMaxLength(100);
        e.Property(x => x.Channel).HasMaxLength(50);
        e.Property(x => x.Recipient).HasMaxLength(200);
        e.Property(x => x.Subject).HasMaxLength(500);
        e.HasIndex(x => x.SentAt);
        e.HasIndex(x => x.InstanceId);
    }
}

internal sealed class IncidentConfiguration : IEntityTypeConfiguration<Incident>
{
    public void Configure(EntityTypeBuilder<Incident> e)
    {
        e.ToTable("workflow_incidents");
        e.HasKey(x => x.Id);
        e.Property(x => x.ActivityId).HasMaxLength(100);
        e.Property(x => x.ErrorType).HasMaxLength(200);
        e.HasIndex(x => new { x.InstanceId, x.ResolvedAt });
    }
}

internal sealed class CalendarRecordConfiguration : IEntityTypeConfiguration<CalendarRecord>
{
    public void Configure(EntityTypeBuilder<CalendarRecord> e)
    {
        e.ToTable("workflow_calendars");
        e.HasKey(x => x.Name);
        e.Property(x => x.Name).HasMaxLength(100);
        e.Property(x => x.UpdatedBy).HasMaxLength(200);
    }
}

using Microsoft.EntityFrameworkCore;
using WorkflowHub.Engine.Instances;
using WorkflowHub.Persistence.Configuration;

namespace WorkflowHub.Persistence;

/// <summary>The one DbContext of WorkflowHub. The same model runs on SQLite (default) and PostgreSQL.</summary>
public sealed class WorkflowHubDbContext(DbContextOptions<WorkflowHubDbContext> options) : DbContext(options)
{
    private readonly ModelContributionsExtension? _contributions = options.FindExtension<ModelContributionsExtension>();

    internal string ContributionKey => _contributions?.Key ?? "";

    public DbSet<DefinitionRecord> Definitions => Set<DefinitionRecord>();
    public DbSet<WorkflowInstance> Instances => Set<WorkflowInstance>();
    public DbSet<Bookmark> Bookmarks => Set<Bookmark>();
    public DbSet<TaskItem> Tasks => Set<TaskItem>();
    public DbSet<WorkflowTimer> Timers => Set<WorkflowTimer>();
    public DbSet<JournalEntry> Journal => Set<JournalEntry>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<Incident> Incidents => Set<Incident>();
    public DbSet<CalendarRecord> Calendars => Set<CalendarRecord>();

    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        // Stored as UTC ticks so that due times compare and sort in SQL on every provider.
        builder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        builder.Properties<DateTimeOffset?>().HaveConversion<UtcTicksConverter>();
    }

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.ApplyConfigurationsFromAssembly(typeof(WorkflowHubDbContext).Assembly);
        foreach (var contribution in _contributions?.Contributions ?? []) contribution.Configure(model);
        if (Database.IsNpgsql()) CompareTextByBytes(model);
    }

    /// <summary>
    /// Text compares and sorts by its bytes, as on SQLite, whatever the database's locale: subtree queries take the
    /// range [path, path's end) of materialised paths, which a language collation would order differently.
    /// </summary>
    private static void CompareTextByBytes(ModelBuilder model)
    {
        foreach (var property in model.Model.GetEntityTypes().SelectMany(e => e.GetProperties()))
            if ((property.GetProviderClrType() ?? property.GetValueConverter()?.ProviderClrType ?? property.ClrType) == typeof(string))
                property.SetCollation("C");
    }
}

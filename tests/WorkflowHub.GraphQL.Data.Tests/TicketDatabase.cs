using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace WorkflowHub.GraphQL.Data.Tests;

public enum TicketStatus { Open, InProgress, Closed }

public sealed class Ticket
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string Title { get; set; }
    public string? Note { get; set; }
    public TicketStatus Status { get; set; }
    public int Priority { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? DueAt { get; set; }
}

public sealed class TicketContext(DbContextOptions<TicketContext> options) : DbContext(options)
{
    public DbSet<Ticket> Tickets => Set<Ticket>();

    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        // As the product stores them: UTC ticks, so that SQLite compares and sorts instants.
        builder.Properties<DateTimeOffset>().HaveConversion<TicksConverter>();
        builder.Properties<DateTimeOffset?>().HaveConversion<TicksConverter>();
    }

    protected override void OnModelCreating(ModelBuilder model) =>
        model.Entity<Ticket>().Property(t => t.Status).HasConversion<string>();

    private sealed class TicksConverter() : ValueConverter<DateTimeOffset, long>(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
}

/// <summary>A real SQLite file with tickets, and a record of every SQL statement sent to it.</summary>
public sealed class TicketDatabase : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("graphql-data-").FullName;
    private readonly DbContextOptions<TicketContext> _options;
    public List<string> Statements { get; } = [];

    private TicketDatabase()
    {
        _options = new DbContextOptionsBuilder<TicketContext>()
            .UseSqlite($"Data Source={Path.Combine(_folder, "tickets.db")};Pooling=False")
            .AddInterceptors(new Recorder(Statements))
            .Options;
    }

    public static async Task<TicketDatabase> CreateAsync(IEnumerable<Ticket> tickets)
    {
        var database = new TicketDatabase();
        await using var db = database.Open();
        await db.Database.EnsureCreatedAsync();
        db.Tickets.AddRange(tickets);
        await db.SaveChangesAsync();
        database.Statements.Clear();
        return database;
    }

    public TicketContext Open() => new(_options);

    public ValueTask DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }

    private sealed class Recorder(List<string> statements) : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken ct = default)
        {
            lock (statements) statements.Add(command.CommandText);
            return base.ReaderExecutingAsync(command, eventData, result, ct);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<object> result, CancellationToken ct = default)
        {
            lock (statements) statements.Add(command.CommandText);
            return base.ScalarExecutingAsync(command, eventData, result, ct);
        }
    }
}

public static class Tickets
{
    public static readonly DateTimeOffset Start = new(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);

    /// <summary>n tickets with repeating priorities and some missing due dates, so sort keys tie and hold nulls.</summary>
    public static List<Ticket> Make(int n) => Enumerable.Range(0, n).Select(i => new Ticket
    {
        Title = $"Ticket {i:D3} " + (i % 4 == 0 ? "water leak" : "noise"),
        Note = i % 5 == 0 ? null : $"note {i}",
        Status = (TicketStatus)(i % 3),
        Priority = i % 4,
        CreatedAt = Start.AddMinutes(i),
        DueAt = i % 3 == 0 ? null : Start.AddHours(i % 7),
    }).ToList();
}

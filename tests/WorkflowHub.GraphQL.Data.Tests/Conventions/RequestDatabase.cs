using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace WorkflowHub.GraphQL.Data.Tests.Conventions;

public enum RequestStatus { Open, InProgress, Closed }

public sealed class ServiceRequest
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string Title { get; set; }
    public RequestStatus Status { get; set; }
    public int Priority { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public Guid OwnerId { get; set; }
}

public sealed class Person
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string Name { get; set; }
}

public sealed class Comment
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid RequestId { get; set; }
    public required string Text { get; set; }
}

public sealed class RequestContext(DbContextOptions<RequestContext> options) : DbContext(options)
{
    public DbSet<ServiceRequest> Requests => Set<ServiceRequest>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<Comment> Comments => Set<Comment>();

    protected override void ConfigureConventions(ModelConfigurationBuilder builder) =>
        builder.Properties<DateTimeOffset>().HaveConversion<TicksConverter>();

    protected override void OnModelCreating(ModelBuilder model) =>
        model.Entity<ServiceRequest>().Property(r => r.Status).HasConversion<string>();

    private sealed class TicksConverter() : ValueConverter<DateTimeOffset, long>(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
}

/// <summary>A real SQLite file with 30 requests, 3 owners and 2 comments per request, recording every statement.</summary>
public sealed class RequestDatabase : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Directory.CreateTempSubdirectory("graphql-conventions-").FullName;
    private readonly DbContextOptions<RequestContext> _options;

    public List<string> Statements { get; } = [];

    private RequestDatabase()
    {
        _options = new DbContextOptionsBuilder<RequestContext>()
            .UseSqlite($"Data Source={Path.Combine(_folder, "requests.db")};Pooling=False")
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
            .AddInterceptors(new Recorder(Statements))
            .Options;
    }

    public static async Task<RequestDatabase> CreateAsync()
    {
        var database = new RequestDatabase();
        await using var db = database.Open();
        await db.Database.EnsureCreatedAsync();
        var owners = Enumerable.Range(0, 3).Select(i => new Person { Name = $"Owner {i}" }).ToList();
        db.People.AddRange(owners);
        for (var i = 0; i < 30; i++)
        {
            var request = new ServiceRequest
            {
                Title = $"Request {i:D2} " + (i % 4 == 0 ? "water leak" : "noise"),
                Status = (RequestStatus)(i % 3),
                Priority = i % 4,
                CreatedAt = Start.AddMinutes(i),
                OwnerId = owners[i % 3].Id,
            };
            db.Requests.Add(request);
            db.Comments.AddRange(new Comment { RequestId = request.Id, Text = $"first on {i}" }, new Comment { RequestId = request.Id, Text = $"second on {i}" });
        }

        await db.SaveChangesAsync();
        database.Statements.Clear();
        return database;
    }

    public RequestContext Open() => new(_options);

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

using Microsoft.EntityFrameworkCore;
using WorkflowHub.GraphQL.Data.Loading;

namespace WorkflowHub.GraphQL.Data.Tests.Loading;

public sealed class DataLoaderTests
{
    private sealed class TicketById(BatchScheduler scheduler, TicketContext db) : DataLoader<Guid, Ticket>(scheduler)
    {
        public int Batches;

        protected override async Task<IReadOnlyDictionary<Guid, Ticket>> LoadBatchAsync(IReadOnlyList<Guid> keys, CancellationToken ct)
        {
            Batches++;
            return await db.Tickets.Where(t => keys.Contains(t.Id)).ToDictionaryAsync(t => t.Id, ct);
        }
    }

    private sealed class TicketsByPriority(BatchScheduler scheduler, TicketContext db) : GroupedDataLoader<int, Ticket>(scheduler)
    {
        protected override async Task<ILookup<int, Ticket>> LoadGroupsAsync(IReadOnlyList<int> keys, CancellationToken ct) =>
            (await db.Tickets.Where(t => keys.Contains(t.Priority)).ToListAsync(ct)).ToLookup(t => t.Priority);
    }

    private sealed class Failing(BatchScheduler scheduler) : DataLoader<int, string>(scheduler)
    {
        public int Calls;

        protected override Task<IReadOnlyDictionary<int, string>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken ct) =>
            ++Calls == 1 ? throw new InvalidOperationException("database away") : Task.FromResult<IReadOnlyDictionary<int, string>>(keys.ToDictionary(k => k, k => $"#{k}"));
    }

    [Fact]
    public async Task Should_fetch_fifty_rows_asked_for_separately_with_one_statement()
    {
        var tickets = Tickets.Make(60);
        await using var database = await TicketDatabase.CreateAsync(tickets);
        await using var db = database.Open();
        var scheduler = new BatchScheduler();
        var loader = new TicketById(scheduler, db);

        var loads = tickets.Take(50).Select(t => loader.LoadAsync(t.Id)).ToList();
        Assert.All(loads, l => Assert.False(l.IsCompleted));
        await scheduler.DispatchAsync();
        var loaded = await Task.WhenAll(loads);

        Assert.Equal(tickets.Take(50).Select(t => t.Title), loaded.Select(t => t!.Title));
        Assert.Single(database.Statements);
    }

    [Fact]
    public async Task Should_ask_the_database_once_per_key_per_request_and_give_null_for_a_missing_key()
    {
        var tickets = Tickets.Make(5);
        await using var database = await TicketDatabase.CreateAsync(tickets);
        await using var db = database.Open();
        var scheduler = new BatchScheduler();
        var loader = new TicketById(scheduler, db);

        var first = loader.LoadAsync(tickets[0].Id);
        var again = loader.LoadAsync(tickets[0].Id);
        var missing = loader.LoadAsync(Guid.NewGuid());
        await scheduler.DispatchAsync();
        var later = loader.LoadAsync(tickets[0].Id);

        Assert.Same(await first, await again);
        Assert.Null(await missing);
        Assert.True(later.IsCompletedSuccessfully);
        Assert.Equal(1, loader.Batches);
        Assert.False(scheduler.HasPending);
    }

    [Fact]
    public async Task Should_group_many_values_under_each_key()
    {
        var tickets = Tickets.Make(20);
        await using var database = await TicketDatabase.CreateAsync(tickets);
        await using var db = database.Open();
        var scheduler = new BatchScheduler();
        var loader = new TicketsByPriority(scheduler, db);

        var one = loader.LoadAsync(1);
        var three = loader.LoadAsync(3);
        var none = loader.LoadAsync(9);
        await scheduler.DispatchAsync();

        Assert.Equal(tickets.Count(t => t.Priority == 1), (await one)!.Count);
        Assert.Equal(tickets.Count(t => t.Priority == 3), (await three)!.Count);
        Assert.Empty((await none)!);
        Assert.Single(database.Statements);
    }

    [Fact]
    public async Task Should_fail_every_key_of_a_failed_batch_and_fetch_them_again_when_asked_again()
    {
        var scheduler = new BatchScheduler();
        var loader = new Failing(scheduler);

        var a = loader.LoadAsync(1);
        var b = loader.LoadAsync(2);
        await scheduler.DispatchAsync();
        var retried = loader.LoadAsync(1);
        await scheduler.DispatchAsync();

        Assert.Equal("database away", (await Assert.ThrowsAsync<InvalidOperationException>(() => a)).Message);
        await Assert.ThrowsAsync<InvalidOperationException>(() => b);
        Assert.Equal("#1", await retried);
    }

    [Fact]
    public async Task Should_tell_the_executor_when_work_is_waiting()
    {
        var scheduler = new BatchScheduler();
        var signals = 0;
        scheduler.BatchQueued += () => signals++;
        var loader = new Failing(scheduler);

        _ = loader.LoadAsync(1);
        _ = loader.LoadAsync(2);

        Assert.Equal(1, signals);
        Assert.True(scheduler.HasPending);
    }
}

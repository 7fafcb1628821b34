using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowHub.Engine.Instances;
using WorkflowHub.Engine.Ports;
using WorkflowHub.TestSupport;

namespace WorkflowHub.Persistence.Tests;

/// <summary>Units of work committed together by the write gate: one transaction, yet each unit succeeds or fails alone.</summary>
public sealed class GroupCommitTests
{
    [Fact]
    public async Task Should_roll_back_only_the_conflicting_or_duplicate_unit_of_a_group_and_keep_the_others()
    {
        // The write gate is SQLite's; PostgreSQL has none.
        await using var engine = await EngineFixture.CreateAsync(provider: DatabaseProvider.Sqlite);
        var store = engine.Services.GetRequiredService<IWorkflowStore>();
        var gate = engine.Services.GetRequiredService<SqliteWriteGate>();
        var shared = NewInstance("shared");
        await using (var uow = store.Begin())
        {
            uow.Add(shared);
            await uow.CommitAsync();
        }

        // Two units read the same revision of one instance; a third reuses a start request id; a fourth is unrelated.
        var first = await ChangeAsync(store, shared.Id, "first");
        var second = await ChangeAsync(store, shared.Id, "second");
        var duplicate = store.Begin();
        duplicate.Add(NewInstance("shared"));
        var unrelated = store.Begin();
        var fresh = NewInstance("fresh");
        unrelated.Add(fresh);

        Task[] commits;
        // While the gate is held, every commit queues: the next writer then writes all four in one transaction.
        using (await gate.EnterAsync(default))
            commits = [first.CommitAsync(), second.CommitAsync(), duplicate.CommitAsync(), unrelated.CommitAsync()];
        await commits[0];
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => commits[1]);
        await Assert.ThrowsAsync<DuplicateKeyException>(() => commits[2]);
        await commits[3];
        foreach (var uow in new[] { first, second, duplicate, unrelated }) await uow.DisposeAsync();

        var stored = await engine.QueryAsync(db => db.Instances.AsNoTracking().OrderBy(i => i.StartRequestId).ToListAsync());
        Assert.Equal(["fresh", "shared"], stored.Select(i => i.StartRequestId));
        var kept = stored.Single(i => i.Id == shared.Id);
        Assert.Equal("first", kept.BusinessStatus);
        Assert.Equal(1, kept.Revision);
        Assert.Equal(fresh.Id, stored.Single(i => i.StartRequestId == "fresh").Id);
    }

    [Fact]
    public async Task Should_report_a_conflict_to_a_unit_committed_alone_and_store_nothing_of_it()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var store = engine.Services.GetRequiredService<IWorkflowStore>();
        var instance = NewInstance("alone");
        await using (var uow = store.Begin())
        {
            uow.Add(instance);
            await uow.CommitAsync();
        }

        await using var first = await ChangeAsync(store, instance.Id, "first");
        await using var second = await ChangeAsync(store, instance.Id, "second");
        second.Add(NewInstance("second's own"));
        await first.CommitAsync();
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => second.CommitAsync());

        var stored = await engine.QueryAsync(db => db.Instances.AsNoTracking().ToListAsync());
        Assert.Equal("first", Assert.Single(stored).BusinessStatus);
    }

    private static async Task<IWorkflowUnitOfWork> ChangeAsync(IWorkflowStore store, Guid id, string status)
    {
        var uow = store.Begin();
        var instance = (await uow.FindInstanceAsync(id))!;
        instance.BusinessStatus = status;
        instance.Revision++;
        return uow;
    }

    private static WorkflowInstance NewInstance(string startRequestId) => new()
    {
        Id = Guid.NewGuid(),
        DefinitionId = "group-commit",
        DefinitionVersion = 1,
        StartRequestId = startRequestId,
        CreatedAt = DateTimeOffset.UnixEpoch,
        UpdatedAt = DateTimeOffset.UnixEpoch,
    };
}

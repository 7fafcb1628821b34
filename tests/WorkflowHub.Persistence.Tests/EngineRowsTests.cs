using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowHub.Engine.Instances;
using WorkflowHub.Engine.Ports;
using WorkflowHub.TestSupport;

namespace WorkflowHub.Persistence.Tests;

/// <summary>The engine's rows are written and read without EF Core's pipeline: they must round-trip exactly as EF stores them.</summary>
public sealed class EngineRowsTests
{
    [Fact]
    public async Task Should_read_back_through_the_unit_of_work_what_EF_reads_for_every_column()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var store = engine.Services.GetRequiredService<IWorkflowStore>();
        var at = new DateTimeOffset(2026, 11, 22, 8, 30, 15, 123, TimeSpan.FromHours(8));
        var instance = new WorkflowInstance
        {
            Id = Guid.NewGuid(), DefinitionId = "rows", DefinitionVersion = 3, Status = InstanceStatus.Faulted, BusinessStatus = "open",
            BusinessStatusNote = "note", BusinessKey = "key", StartRequestId = "request", ParentInstanceId = Guid.NewGuid(),
            VariablesJson = "{\"a\":1}", InputJson = "{\"b\":2}", StateJson = "{}", StartedBy = "someone", CreatedAt = at,
            UpdatedAt = at.AddSeconds(1), FinishedAt = at.AddSeconds(2), JournalSequence = 7, Revision = 4,
        };
        var bookmark = new Bookmark
        {
            Id = Guid.NewGuid(), InstanceId = instance.Id, ActivityId = "wait", ExecutionId = Guid.NewGuid(), Kind = BookmarkKind.Signal,
            Tag = "signal", SignalName = "go", CorrelationKey = "c", ChildInstanceId = Guid.NewGuid(), CreatedAt = at,
        };
        var task = new TaskItem
        {
            Id = Guid.NewGuid(), InstanceId = instance.Id, BookmarkId = bookmark.Id, ActivityId = "task", DefinitionId = "rows", Title = "Sign",
            AssigneeRole = "grid-worker", OrgUnitId = "grid-1", Status = TaskItemStatus.Claimed, ClaimedBy = "w", CreatedAt = at, DueAt = at.AddHours(2),
        };
        var timer = new WorkflowTimer
        {
            Id = Guid.NewGuid(), InstanceId = instance.Id, BookmarkId = bookmark.Id, ActivityId = "deadline", Purpose = "deadline",
            DueAt = at.AddHours(2), Calendar = "default", Status = TimerStatus.Pending, CreatedAt = at,
        };
        var incident = new Incident { Id = Guid.NewGuid(), InstanceId = instance.Id, ActivityId = "x", ErrorType = "E", Message = "m", CreatedAt = at, RetryCount = 2 };
        await using (var uow = store.Begin())
        {
            foreach (var row in new object[] { instance, bookmark, task, timer, incident }) uow.Add(row);
            await uow.CommitAsync();
        }

        await using (var uow = store.Begin())
        {
            Assert.Equal(Json(await engine.QueryAsync(db => db.Instances.AsNoTracking().SingleAsync())), Json(await uow.FindInstanceAsync(instance.Id)));
            Assert.Equal(Json(await engine.QueryAsync(db => db.Bookmarks.AsNoTracking().SingleAsync())), Json((await uow.ActiveBookmarksAsync(instance.Id)).Single()));
            Assert.Equal(Json(await engine.QueryAsync(db => db.Tasks.AsNoTracking().SingleAsync())), Json((await uow.ActiveTasksAsync(instance.Id)).Single()));
            Assert.Equal(Json(await engine.QueryAsync(db => db.Timers.AsNoTracking().SingleAsync())), Json((await uow.PendingTimersAsync(instance.Id)).Single()));
            Assert.Equal(Json(await engine.QueryAsync(db => db.Incidents.AsNoTracking().SingleAsync())), Json((await uow.OpenIncidentsAsync(instance.Id)).Single()));
            Assert.Equal(Json(await engine.QueryAsync(db => db.Instances.AsNoTracking().SingleAsync())), Json(await uow.FindInstanceByStartRequestAsync("request")));
        }
    }

    private static string Json(object? value) => JsonSerializer.Serialize(value);
}

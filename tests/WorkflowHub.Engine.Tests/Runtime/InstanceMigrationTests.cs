using WorkflowHub.Engine.Instances;
using WorkflowHub.Engine.Runtime;
using WorkflowHub.TestSupport;

namespace WorkflowHub.Engine.Tests.Runtime;

public sealed class InstanceMigrationTests
{
    private const string Review = """
        { "id": "review", "type": "HumanTask", "properties": { "title": "Review", "assigneeRole": "r", "outcomes": ["Done"], "deadline": "PT2H" } }
        """;

    private static readonly string Version1 = Defs.Flow("leave", Review + """, { "id": "end", "type": "End" }""", """
        [ { "from": "start", "to": "review" }, { "from": "review", "outcome": "Done", "to": "end" }, { "from": "review", "outcome": "Overdue", "to": "end" } ]
        """, variables: """[ { "name": "days", "type": "number", "default": 1 } ]""");

    /// <summary>Version 2 adds an approval after the review, a chase when the review is overdue, and a variable.</summary>
    private static readonly string Version2 = Defs.Flow("leave", Review + """
        , { "id": "approve", "type": "HumanTask", "properties": { "title": "Approve", "assigneeRole": "r", "outcomes": ["Yes"] } }
        , { "id": "chase", "type": "HumanTask", "properties": { "title": "Chase the reviewer", "assigneeRole": "r", "outcomes": ["Done"] } }
        , { "id": "end", "type": "End" }
        """, """
        [ { "from": "start", "to": "review" }, { "from": "review", "outcome": "Done", "to": "approve" }, { "from": "approve", "outcome": "Yes", "to": "end" },
          { "from": "review", "outcome": "Overdue", "to": "chase" }, { "from": "chase", "outcome": "Done", "to": "end" } ]
        """, variables: """[ { "name": "days", "type": "number", "default": 1 }, { "name": "approver", "type": "string", "default": "head" } ]""");

    /// <summary>Version 2 without the review step: an instance waiting there has nowhere to go.</summary>
    private static readonly string WithoutReview = Defs.Flow("leave", """{ "id": "check", "type": "HumanTask", "properties": { "title": "Check", "assigneeRole": "r", "outcomes": ["Done"] } }, { "id": "end", "type": "End" }""",
        """[ { "from": "start", "to": "check" }, { "from": "check", "outcome": "Done", "to": "end" } ]""");

    [Fact]
    public async Task Should_report_every_wait_and_added_variable_in_a_dry_run_and_change_nothing()
    {
        await using var engine = await EngineFixture.CreateAsync();
        await engine.PublishAsync(Version1);
        var id = (await engine.Runtime.StartAsync(new StartWorkflowRequest("leave"))).InstanceId;
        await engine.PublishAsync(Version2);
        var before = await engine.InstanceAsync(id);

        var report = await engine.Runtime.MigrateAsync(id, 2, dryRun: true, actor: "admin");

        Assert.True(report.CanMigrate);
        Assert.False(report.Migrated);
        Assert.Equal((1, 2), (report.FromVersion, report.ToVersion));
        Assert.Equal([(MigrationWaitKind.Task, "review", true), (MigrationWaitKind.Timer, "review", true)],
            report.Waits.Select(w => (w.Kind, w.ActivityId, w.Maps)).OrderBy(w => w.Kind));
        Assert.Contains(report.Waits, w => w.Kind == MigrationWaitKind.Task && w.Detail == "Review");
        Assert.Equal("approver", Assert.Single(report.AddedVariables).Name);
        var after = await engine.InstanceAsync(id);
        Assert.Equal((1, before.Revision, before.JournalSequence), (after.DefinitionVersion, after.Revision, after.JournalSequence));
    }

    [Fact]
    public async Task Should_move_a_waiting_instance_so_that_its_task_and_deadline_carry_on_in_the_new_version()
    {
        await using var engine = await EngineFixture.CreateAsync();
        await engine.PublishAsync(Version1);
        var completed = (await engine.Runtime.StartAsync(new StartWorkflowRequest("leave"))).InstanceId;
        var overdue = (await engine.Runtime.StartAsync(new StartWorkflowRequest("leave"))).InstanceId;
        await engine.PublishAsync(Version2);

        var report = await engine.Runtime.MigrateAsync(completed, 2, dryRun: false, actor: "admin");
        await engine.Runtime.MigrateAsync(overdue, 2, dryRun: false, actor: "admin");

        Assert.True(report.Migrated);
        var moved = await engine.InstanceAsync(completed);
        Assert.Equal(2, moved.DefinitionVersion);
        Assert.Equal("head", (await engine.VariablesAsync(completed))["approver"]!.GetValue<string>());
        var entry = (await engine.JournalAsync(completed)).Last();
        Assert.Equal((JournalEvents.InstanceMigrated, "admin"), (entry.Event, entry.Actor));
        Assert.Contains("\"fromVersion\":1", entry.Data);
        Assert.Contains("\"toVersion\":2", entry.Data);

        // The task opened under version 1 completes into version 2's approval; the deadline set under version 1 fires into its chase.
        await engine.CompleteAsync(completed, "review", "Done");
        Assert.Equal("approve", Assert.Single(await engine.OpenTasksAsync(completed)).ActivityId);
        await engine.AdvanceAsync(TimeSpan.FromHours(3));
        Assert.Equal("chase", Assert.Single(await engine.OpenTasksAsync(overdue)).ActivityId);
    }

    [Fact]
    public async Task Should_block_a_move_when_the_waiting_activity_is_missing_and_write_nothing()
    {
        await using var engine = await EngineFixture.CreateAsync();
        await engine.PublishAsync(Version1);
        var id = (await engine.Runtime.StartAsync(new StartWorkflowRequest("leave"))).InstanceId;
        await engine.PublishAsync(WithoutReview);
        var before = await engine.InstanceAsync(id);

        var dryRun = await engine.Runtime.MigrateAsync(id, 2, dryRun: true);
        var blocked = await Assert.ThrowsAsync<MigrationBlockedException>(() => engine.Runtime.MigrateAsync(id, 2, dryRun: false));

        Assert.False(dryRun.CanMigrate);
        Assert.All(dryRun.Waits, w => Assert.False(w.Maps));
        Assert.Contains(dryRun.Problems, p => p.Path == "$.waits[0]" && p.Message.Contains("no activity 'review'"));
        Assert.Equal(dryRun.Problems, blocked.Report.Problems);
        var after = await engine.InstanceAsync(id);
        Assert.Equal((1, before.Revision, before.JournalSequence), (after.DefinitionVersion, after.Revision, after.JournalSequence));
        Assert.Equal("review", Assert.Single(await engine.OpenTasksAsync(id)).ActivityId);
    }

    [Fact]
    public async Task Should_refuse_a_move_to_a_version_that_is_unknown_older_or_a_draft()
    {
        await using var engine = await EngineFixture.CreateAsync();
        await engine.PublishAsync(Version1);
        await engine.PublishAsync(Version1);
        var id = (await engine.Runtime.StartAsync(new StartWorkflowRequest("leave"))).InstanceId;
        await engine.Definitions.SaveDraftAsync(Version2);

        var unknown = await engine.Runtime.MigrateAsync(id, 9, dryRun: true);
        var older = await engine.Runtime.MigrateAsync(id, 1, dryRun: true);
        var draft = await engine.Runtime.MigrateAsync(id, 3, dryRun: true);

        Assert.Contains(unknown.Problems, p => p.Path == "$.toVersion" && p.Message.Contains("no version 9"));
        Assert.Contains(older.Problems, p => p.Path == "$.toVersion" && p.Message.Contains("newer version"));
        Assert.Contains(draft.Problems, p => p.Path == "$.toVersion" && p.Message.Contains("draft"));
        await Assert.ThrowsAsync<InstanceNotFoundException>(() => engine.Runtime.MigrateAsync(Guid.NewGuid(), 2, dryRun: true));
    }

    [Fact]
    public async Task Should_serialise_a_migration_and_a_completion_that_race_for_the_same_instance()
    {
        await using var engine = await EngineFixture.CreateAsync();
        await engine.PublishAsync(Version1);
        await engine.PublishAsync(Version2);
        for (var round = 0; round < 6; round++)
        {
            var id = (await engine.Runtime.StartAsync(new StartWorkflowRequest("leave", Version: 1))).InstanceId;
            var task = Assert.Single(await engine.OpenTasksAsync(id));

            var migration = Task.Run(async () =>
            {
                try { return await engine.Runtime.MigrateAsync(id, 2, dryRun: false, actor: "admin"); }
                catch (MigrationBlockedException) { return null; }
            });
            await Task.WhenAll(migration, Task.Run(() => engine.Runtime.CompleteTaskAsync(task.Id, "Done", actor: "worker")));

            // Either the move came first and the completion ran on version 2 (its approval opened), or the completion
            // finished the instance on version 1 and the move, re-reading it, was refused without writing anything.
            var instance = await engine.InstanceAsync(id);
            var journal = await engine.JournalAsync(id);
            if (await migration is { Migrated: true })
            {
                Assert.Equal((2, InstanceStatus.Running), (instance.DefinitionVersion, instance.Status));
                Assert.Equal("approve", Assert.Single(await engine.OpenTasksAsync(id)).ActivityId);
            }
            else
            {
                Assert.Equal((1, InstanceStatus.Completed), (instance.DefinitionVersion, instance.Status));
                Assert.DoesNotContain(journal, j => j.Event == JournalEvents.InstanceMigrated);
            }
            Assert.Single(journal, j => j.Event == JournalEvents.Completed && j.ActivityId == "review");
            Assert.Equal(Enumerable.Range(1, journal.Count), journal.Select(j => j.Sequence));
        }
    }
}

using Microsoft.Extensions.DependencyInjection;
using Quartz;
using WorkflowHub.Scheduling.Timers;

namespace WorkflowHub.Server.Tests;

/// <summary>A definition's cron start follows publishing and unpublishing through the server's GraphQL.</summary>
public sealed class CronStartGraphQLTests : IAsyncLifetime
{
    private GraphQLTestServer _server = null!;

    public Task InitializeAsync()
    {
        _server = new GraphQLTestServer();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Should_schedule_a_cron_start_on_publish_and_remove_its_quartz_trigger_on_unpublish()
    {
        var scheduler = await _server.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var job = TimerKeys.StartJob("pledge-reminder");
        await _server.PublishAsync("""
            {
              "definitionId": "pledge-reminder", "name": "Monthly pledge reminder",
              "startCron": "0 9 1 * *", "startCronTimeZone": "Asia/Shanghai",
              "activities": [
                { "id": "start", "type": "Start" },
                { "id": "remind", "type": "Notify", "properties": { "to": "party-members", "message": "Time to review your pledges." } }
              ],
              "connections": [ { "from": "start", "to": "remind" } ]
            }
            """);
        var next = Assert.Single(await scheduler.GetTriggersOfJob(job)).NextFireTimeUtc!.Value.ToOffset(TimeSpan.FromHours(8));

        var unpublished = await _server.DataAsync("""
            mutation { unpublishWorkflow(definitionId: "pledge-reminder") { definitionId retiredVersions versions { version status } } }
            """);

        Assert.Equal((1, 9, 0), (next.Day, next.Hour, next.Minute));
        Assert.Equal(1, unpublished["unpublishWorkflow"]!["retiredVersions"]!.GetValue<int>());
        Assert.Equal(["RETIRED"], unpublished["unpublishWorkflow"]!["versions"]!.AsArray().Select(v => v!["status"]!.GetValue<string>()));
        Assert.Empty(await scheduler.GetTriggersOfJob(job));
        Assert.False(await scheduler.Exists(job));
    }

    [Fact]
    public async Task Should_answer_unpublishing_an_unknown_definition_with_not_found()
    {
        var result = await _server.PostAsync("""mutation { unpublishWorkflow(definitionId: "no-such-workflow") { retiredVersions } }""");

        Assert.Equal("NOT_FOUND", result["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }
}

using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowHub.Engine.Instances;
using WorkflowHub.Governance.Demo;
using WorkflowHub.Governance.Pledges;
using WorkflowHub.Governance.ServiceRequests;
using WorkflowHub.Governance.Tests.Support;
using WorkflowHub.Governance.Whistles;

namespace WorkflowHub.Governance.Tests.Demo;

public sealed class DemoDataTests
{
    /// <summary>The states a request rests in between steps; CONTACTED and REDO pass within one step, and no workflow cancels.</summary>
    private static readonly ServiceRequestStatus[] RestingRequestStates =
    [
        ServiceRequestStatus.Received, ServiceRequestStatus.Dispatched, ServiceRequestStatus.Returned, ServiceRequestStatus.SignedFor,
        ServiceRequestStatus.Handling, ServiceRequestStatus.Resolved, ServiceRequestStatus.Closed,
    ];

    [Fact]
    public async Task Should_seed_requests_pledges_and_whistles_in_every_state_the_workflows_reach_with_metrics_over_them()
    {
        await using var server = new GovernanceServer();
        var reports = new List<DemoProgress>();

        await server.Services.GetRequiredService<DemoSeeder>().SeedAsync(new SyncProgress(reports.Add), DemoSize.Small);

        var requests = await server.QueryAsync(db => db.Set<ServiceRequest>().AsNoTracking().GroupBy(r => r.Status).Select(g => g.Key).ToListAsync());
        var pledges = await server.QueryAsync(db => db.Set<Pledge>().AsNoTracking().GroupBy(p => p.Status).Select(g => g.Key).ToListAsync());
        var whistles = await server.QueryAsync(db => db.Set<Whistle>().AsNoTracking().GroupBy(w => w.Status).Select(g => g.Key).ToListAsync());
        Assert.Equal(RestingRequestStates, requests.Order());
        Assert.Equal(Enum.GetValues<PledgeStatus>(), pledges.Order());
        Assert.Equal([WhistleStatus.Raised, WhistleStatus.ReportedIn, WhistleStatus.Noticed, WhistleStatus.Resolved], whistles.Order());
        Assert.Equal(DemoSize.Small.Requests, await server.QueryAsync(db => db.Set<ServiceRequest>().CountAsync()));
        Assert.Equal(DemoSize.Small.Pledges, await server.QueryAsync(db => db.Set<Pledge>().CountAsync()));
        Assert.Equal(0, await server.QueryAsync(db => db.Instances.CountAsync(i => i.Status == InstanceStatus.Faulted)));
        Assert.Contains(reports, r => r.Stage == "service requests" && r.Done == r.Total);
        Assert.Contains(reports, r => r.Stage == "pledges" && r.Done == r.Total);

        var now = server.Clock.GetUtcNow();
        var metrics = (await server.DataAsync("""
            query($from: DateTime!, $to: DateTime!) { metrics(orgUnitId: "district", from: $from, to: $to) {
              received respondedOnTime { numerator } resolved { numerator } satisfied { numerator } closed { numerator } overdue { numerator }
              whistlesRaised pledgesMade pledgesFulfilled { numerator } pledgeAverageScore { value } } }
            """, new { from = now.AddDays(-1), to = now.AddDays(1) }))["metrics"]!;
        Assert.Equal(DemoSize.Small.Requests, metrics["received"]!.GetValue<int>());
        Assert.Equal(DemoSize.Small.Pledges, metrics["pledgesMade"]!.GetValue<int>());
        foreach (var rate in new[] { "respondedOnTime", "resolved", "satisfied", "closed", "overdue", "pledgesFulfilled" })
            Assert.True(metrics[rate]!["numerator"]!.GetValue<double>() > 0, rate + " is zero: " + metrics.ToJsonString());
        Assert.True(metrics["whistlesRaised"]!.GetValue<int>() > 0);
        Assert.True(metrics["pledgeAverageScore"]!["value"]!.GetValue<double>() > 0);
    }

    private sealed class SyncProgress(Action<DemoProgress> report) : IProgress<DemoProgress>
    {
        public void Report(DemoProgress value)
        {
            lock (this) report(value);
        }
    }
}

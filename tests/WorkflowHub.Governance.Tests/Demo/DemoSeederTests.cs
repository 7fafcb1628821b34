using Microsoft.Extensions.DependencyInjection;
using WorkflowHub.Governance.Demo;
using WorkflowHub.Governance.Tests.Support;

namespace WorkflowHub.Governance.Tests.Demo;

public sealed class DemoSeederTests
{
    [Fact]
    public async Task Should_seed_a_district_with_staff_and_party_members_and_run_the_registered_steps()
    {
        var step = new RecordingStep();
        await using var server = new GovernanceServer(s => s.AddSingleton<IDemoSeedStep>(step));
        var seeder = server.Services.GetRequiredService<DemoSeeder>();
        var reports = new List<DemoProgress>();

        Assert.True(await seeder.IsEmptyAsync());
        var context = await seeder.SeedAsync(new SyncProgress(reports.Add), new DemoSize(Requests: 0, Pledges: 0));

        Assert.False(await seeder.IsEmptyAsync());
        Assert.Equal(DemoSeeder.Streets * DemoSeeder.CommunitiesPerStreet * DemoSeeder.GridsPerCommunity, context.GridIds.Count);
        Assert.Equal(context.GridIds.Count, step.Seen!.GridIds.Count);
        Assert.Contains(reports, r => r.Done == r.Total);
        var data = await server.DataAsync("""
            {
              streets: orgUnits(where: { kind: { eq: STREET } }) { totalCount }
              heads: people(role: "grid-head", orgUnitSubtree: "street-1") { totalCount }
              members: people(where: { partyMember: { eq: true } }) { totalCount }
            }
            """);
        Assert.Equal(DemoSeeder.Streets, (int)data["streets"]!["totalCount"]!);
        Assert.Equal(DemoSeeder.CommunitiesPerStreet * DemoSeeder.GridsPerCommunity, (int)data["heads"]!["totalCount"]!);
        Assert.Equal(context.PartyMemberIds.Count, (int)data["members"]!["totalCount"]!);
    }

    private sealed class RecordingStep : IDemoSeedStep
    {
        public DemoContext? Seen { get; private set; }
        public int Order => 100;
        public string Name => "recording";

        public Task RunAsync(DemoContext context, IProgress<DemoProgress> progress, CancellationToken ct)
        {
            Seen = context;
            return Task.CompletedTask;
        }
    }

    private sealed class SyncProgress(Action<DemoProgress> report) : IProgress<DemoProgress>
    {
        public void Report(DemoProgress value) => report(value);
    }
}

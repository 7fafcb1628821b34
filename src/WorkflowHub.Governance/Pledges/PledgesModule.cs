using Microsoft.Extensions.DependencyInjection;
using WorkflowHub.Engine;
using WorkflowHub.Governance.Pledges.Activities;

namespace WorkflowHub.Governance.Pledges;

public static class PledgesModule
{
    /// <summary>The pledge-review workflow's domain activities.</summary>
    public static IServiceCollection AddPledges(this IServiceCollection services) => services
        .AddActivity<SetPledgeStatus>()
        .AddActivity<RevisePledge>()
        .AddActivity<PublishPledge>()
        .AddActivity<ScorePledge>()
        .AddActivity<FlagLapsedPledge>()
        .AddSingleton<PledgeRules>()
        .AddSingleton<PledgeLauncher>()
        .AddActivity<ExplainPledge>();
}

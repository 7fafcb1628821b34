using Microsoft.Extensions.DependencyInjection;
using WorkflowHub.Engine;
using WorkflowHub.Governance.Whistles.Activities;

namespace WorkflowHub.Governance.Whistles;

public static class WhistlesModule
{
    /// <summary>The escalation workflow's domain activities.</summary>
    public static IServiceCollection AddWhistles(this IServiceCollection services) => services
        .AddActivity<RaiseWhistle>()
        .AddActivity<UpgradeWhistle>()
        .AddActivity<RecordReportIn>()
        .AddActivity<RecordNotice>()
        .AddActivity<ResolveWhistle>();
}

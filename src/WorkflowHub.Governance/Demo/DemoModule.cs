using Microsoft.Extensions.DependencyInjection;

namespace WorkflowHub.Governance.Demo;

public static class DemoModule
{
    /// <summary>The demo seed and its steps: the org tree and people first, then requests, then pledges.</summary>
    public static IServiceCollection AddDemoData(this IServiceCollection services) => services
        .AddSingleton<DemoSeeder>()
        .AddSingleton<DemoWork>()
        .AddSingleton<IDemoSeedStep, ServiceRequestDemoStep>()
        .AddSingleton<IDemoSeedStep, PledgeDemoStep>();
}
